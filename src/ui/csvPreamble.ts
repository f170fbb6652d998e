/** The header block of every exported CSV: title, the cited sources and the geometry, in the user's language. */
import { documents } from '../data/repository.ts';
import { citationsOf } from '../domain/citations.ts';
import type { Lang, Source } from '../domain/types.ts';
import { translate } from '../i18n/messages.ts';

/** Title, `Bronnen: <citations>`, further lines, and the export date. */
export function csvPreamble(lang: Lang, title: string, sources: readonly Source[], extra: readonly string[] = []): string[] {
  const citations = citationsOf(sources, documents, lang);
  return [
    title,
    ...citations.map((c, i) => (i === 0 ? `${translate(lang, 'csvSources')}: ${c}` : c)),
    ...extra,
    translate(lang, 'csvGenerated', { date: new Date().toISOString().slice(0, 10) }),
  ];
}
