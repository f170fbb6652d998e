/**
 * Dutch for the English prose of ../shared (membership evidence and notes, division provenance
 * notes, round notes). The Dutch texts are data (translations.nl.json, keyed by the English text);
 * a text without a Dutch version stops the import, so that no English note reaches the Dutch UI.
 */
import type { LocalText } from '../../src/domain/types.ts';

/** A translator from the English source text to both languages. */
export type Translator = (en: string, where: string) => LocalText;

/** Builds a translator over a dictionary English -> Dutch; an empty text stays empty in both. */
export function translator(nlByEn: Readonly<Record<string, string>>): Translator {
  return (en, where) => {
    const text = en.trim();
    if (!text) return { nl: '', en: '' };
    const nl = nlByEn[text];
    if (nl === undefined) throw new Error(`${where}: no Dutch text for "${text}" in scripts/import/translations.nl.json`);
    return { nl, en: text };
  };
}
