/**
 * The source line of a presented or exported map: the documents of the shown layers as people cite
 * them, and the boundaries with their licence. Pure: the citations come in as a lookup.
 */
import type { Layer } from '../types.ts';
import { documentIdsOf } from '../citations.ts';

/** A document's citation in one language, by the `source.document` a layer names; undefined when unknown. */
export type CitationLookup = (document: string) => string | undefined;

/** The words around the citations, in the user's language. */
export interface SourceWords {
  /** e.g. "Bron" / "Source". */
  source: string;
  /** e.g. "Gemeentegrenzen {year}: CBS/Kadaster (CC BY 4.0)" with the year filled in. */
  boundaries: string;
}

/** A seed file name such as `000_a8adfdf92dd4663a.txt`: never shown to people. */
const SEED_FILE = /\d{3}_[0-9a-f]+\.txt/;
/** A CBS table named by its path in ../shared (`CBS (../shared/data/cbs/divisions.csv)`) or by its document id (`cbs-divisions`). */
const CBS_PATH = /^(CBS\b|cbs-)/;

/**
 * "Bron: <citation>; <citation>. Gemeentegrenzen 2013: CBS/Kadaster (CC BY 4.0)." Each document once,
 * in the order of the layers (a layer may name several); a document without a citation is named by
 * its layer's label (never by a file name); an official division as "CBS, <its label>" (never by the
 * path of its table).
 */
export function sourceLine(shown: readonly Layer[], lang: 'nl' | 'en', cite: CitationLookup, words: SourceWords): string {
  const parts: string[] = [];
  for (const layer of shown) {
    for (const doc of documentIdsOf(layer.source)) {
      const text = cite(doc) ?? (SEED_FILE.test(doc) ? layer.label[lang] : CBS_PATH.test(doc) ? `CBS, ${layer.label[lang]}` : doc);
      if (!parts.includes(text)) parts.push(text);
    }
  }
  const cited = parts.map((p) => p.replace(/[.\s]+$/, '')).join('; ');
  return `${words.source}: ${cited}. ${words.boundaries}.`;
}
