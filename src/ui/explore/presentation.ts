/** The words and citations presenter mode, the exports and print share (one source line, one date style). */
import type { Layer } from '../../domain/types.ts';
import { sourceLine } from '../../domain/presentation/sourceLine.ts';
import { documents } from '../../data/repository.ts';
import { translate, type Lang } from '../../i18n/messages.ts';

/** The source line of the shown layers (the fill layer first, then outlines or the compared round), cited from data/documents.json. */
export function sourceLineFor(shown: readonly Layer[], lang: Lang): string {
  const year = shown[0]?.geometryYear ?? '';
  const cite = (id: string) => documents.get(id)?.citation[lang];
  return sourceLine(shown, lang, cite, { source: translate(lang, 'source'), boundaries: translate(lang, 'sourceBoundaries', { year }) });
}
