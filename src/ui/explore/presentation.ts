/** The words and citations presenter mode, the exports and print share (one source line, one date style). */
import type { Layer } from '../../domain/types.ts';
import { sourceLine, type CitationLookup } from '../../domain/presentation/sourceLine.ts';
import { translate, type Lang } from '../../i18n/messages.ts';

/** Citations by document; none are in the app's data yet, so layers are named by their labels. */
const noCitation: CitationLookup = () => undefined;

/** The source line of the shown layers (the fill layer first, then outlines or the compared round). */
export function sourceLineFor(shown: readonly Layer[], lang: Lang, cite: CitationLookup = noCitation): string {
  const year = shown[0]?.geometryYear ?? '';
  return sourceLine(shown, lang, cite, { source: translate(lang, 'source'), boundaries: translate(lang, 'sourceBoundaries', { year }) });
}
