/** The words of the map's summary for screen readers and the keyboard region mode, in the language shown. */
import type { MapSummary } from '../../domain/presentation/mapSummary.ts';
import { formatNumber, translate, type Lang } from '../../i18n/messages.ts';

/** A population the way people say it: 1,27 mln / 1.27 million from a million up, else in full (45.123). */
export function spokenPopulation(n: number, lang: Lang): string {
  if (n < 1_000_000) return formatNumber(lang, n);
  const millions = (n / 1_000_000).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return translate(lang, 'summary.millions', { n: millions });
}

/** "Vierde inventarisatie ...: 42 regio's; grootste Rijnmond, 1,27 mln inwoners; ...; 408 van 408 gemeenten ingedeeld." */
export function mapSummaryText(summary: MapSummary, layerLabel: string, lang: Lang): string {
  const parts = [translate(lang, 'summary.regions', { layer: layerLabel, n: summary.regions })];
  const region = (key: 'summary.largest' | 'summary.smallest', k: MapSummary['largest']) => k && parts.push(translate(lang, key, { name: k.name, people: spokenPopulation(k.population!, lang) }));
  region('summary.largest', summary.largest);
  region('summary.smallest', summary.smallest);
  if (summary.largest && summary.populationYear !== null) parts.push(translate(lang, 'summary.year', { year: summary.populationYear }));
  parts.push(translate(lang, 'summary.placed', { placed: summary.placed, n: summary.municipalities }));
  const unplaced = summary.municipalities - summary.placed;
  if (unplaced > 0) parts.push(translate(lang, 'summary.unplaced', { n: unplaced }));
  return `${parts.join('; ')}.`;
}
