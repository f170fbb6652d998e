/**
 * Dutch for the English prose of ../shared (membership evidence and notes, division provenance
 * notes, round notes). The Dutch texts are data (translations.nl.json, keyed by the English text);
 * a text without a Dutch version stops the import, so that no English note reaches the Dutch UI.
 * An entry may give the English too ({ "nl", "en" }), written for the reader where the source's
 * text points at one of its own files ("see SOURCES.md"): a note that names a file stops the import,
 * since a user of the app cannot open it.
 */
import type { LocalText } from '../../src/domain/types.ts';

/** A translator from the English source text to both languages. */
export type Translator = (en: string, where: string) => LocalText;

/**
 * A file name in a text meant for the reader (SOURCES.md, contradictions.csv,
 * ../seeds/jeugd_2013_membership.csv); the name is its first group.
 */
export const FILE_NAME = /(?:^|[\s(/])([\w.-]+\.(?:md|csv|json|txt|py|topojson))\b/;

/** Builds a translator over a dictionary English -> Dutch (or both as the reader sees them); an empty text stays empty in both. */
export function translator(byEn: Readonly<Record<string, string | LocalText>>): Translator {
  return (en, where) => {
    const text = en.trim();
    if (!text) return { nl: '', en: '' };
    const entry = byEn[text];
    if (entry === undefined) throw new Error(`${where}: no Dutch text for "${text}" in scripts/import/translations.nl.json`);
    const both = typeof entry === 'string' ? { nl: entry, en: text } : entry;
    for (const lang of ['nl', 'en'] as const) {
      if (FILE_NAME.test(both[lang])) throw new Error(`${where}: the ${lang === 'nl' ? 'Dutch' : 'English'} text names a file the reader cannot open ("${both[lang]}"); give both texts as the reader should see them in scripts/import/translations.nl.json`);
    }
    return both;
  };
}
