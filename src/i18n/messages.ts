/**
 * Interface texts. Dutch is the default and part of the first load; English is a chunk of its own,
 * loaded by loadLanguage before the interface switches to it. One language at a time.
 */
import type { Lang } from '../domain/types.ts';
import type { Texts } from './texts.ts';
import type { analysisNl } from './messages.analysis.ts';
import { coreNl } from './messages.core.ts';
import { exploreNl } from './messages.explore.ts';
import { importNl } from './messages.import.ts';
import type { importDialogNl } from './messages.importDialog.ts';
import { incongruenceNl } from './messages.incongruence.ts';
import { layoutNl } from './messages.layout.ts';
import type { linkNl } from './messages.link.ts';
import { mapNl } from './messages.map.ts';
import { populationNl } from './messages.population.ts';
import { searchNl } from './messages.search.ts';
import { sourcesNl } from './messages.sources.ts';

export type { Lang };

/**
 * The Dutch texts of the first load; the import dialog's, the analysis panels' and the link notices'
 * come with their chunks (addDutchTexts: messages.importDialog.ts via ui/import/dialogTexts.ts,
 * messages.analysis.ts via messages.analysisTexts.ts, messages.link.ts via messages.linkTexts.ts).
 */
const nl = { ...importNl, ...coreNl, ...exploreNl, ...incongruenceNl, ...layoutNl, ...mapNl, ...populationNl, ...searchNl, ...sourcesNl };

/** A message key. */
export type MessageKey = keyof typeof nl | keyof typeof importDialogNl | keyof typeof analysisNl | keyof typeof linkNl;
/** The texts of one language: every key. */
export type Dictionary = Texts<typeof nl & typeof importDialogNl & typeof analysisNl & typeof linkNl>;

const dictionaries: Partial<Record<Lang, Partial<Dictionary>>> = { nl: { ...nl } };

/** Adds the Dutch texts that come with a lazy chunk (the import dialog's, the analysis panels', the link notices'), once that chunk has loaded. */
export function addDutchTexts(texts: Partial<Dictionary>): void {
  Object.assign(dictionaries.nl!, texts);
}

/** Whether a language's texts are loaded (Dutch always is). */
export function isLanguageLoaded(lang: Lang): boolean {
  return dictionaries[lang] !== undefined;
}

/** Loads a language's texts (once); resolves when translate can use them. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (dictionaries[lang]) return;
  const { en } = await import('./en/index.ts');
  dictionaries.en = en;
}

/** Looks up a message and fills in {placeholders}. */
export function translate(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  // A key whose chunk has not added its texts shows as itself (a bug to see, not a blank).
  const template: string = dictionaries[lang]?.[key] ?? dictionaries.nl![key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Formats a share (0-1) as a percentage the way the language writes it: `55,4 %` / `55.4 %`. */
export function formatPercent(lang: Lang, share: number, digits = 1): string {
  return `${(share * 100).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} %`;
}

const numberFormats = { nl: new Intl.NumberFormat('nl-NL'), en: new Intl.NumberFormat('en-GB') };

/** Formats a whole number the way the language writes it (16.779.575 / 16,779,575); one formatter per language. */
export function formatNumber(lang: Lang, value: number): string {
  return numberFormats[lang].format(value);
}
