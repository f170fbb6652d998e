/**
 * What the map shows, in one paragraph for screen readers ("42 regio's; grootste Rijnmond, 1,27 mln
 * inwoners; ..."), and the list of regions the keyboard region mode offers. Pure: from a layer view.
 */
import type { LayerView } from '../layerView.ts';
import type { GmCode, LocalText } from '../types.ts';

/** A region as the keyboard region mode lists it. */
export interface RegionKey {
  regionId: string;
  name: string;
  /** Primary members. */
  municipalities: number;
  /** Null when a member has no population figure. */
  population: number | null;
  /** The member whose selection selects the region (first by name). */
  firstMember: GmCode;
}

/** Every region with primary members, by name (Dutch collation). */
export function regionKeys(view: LayerView): RegionKey[] {
  const keys: RegionKey[] = [];
  for (const region of view.regions.values()) {
    const primary = region.members.filter((m) => m.primary);
    if (primary.length === 0) continue;
    keys.push({ regionId: region.id, name: region.name, municipalities: primary.length, population: region.population, firstMember: primary[0].code });
  }
  return keys.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** A population the way people say it: 1,27 mln / 1.27 million from a million up, else in full (45.123). */
export function spokenPopulation(n: number, lang: 'nl' | 'en'): string {
  if (n >= 1_000_000) {
    const millions = (n / 1_000_000).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return lang === 'nl' ? `${millions} mln` : `${millions} million`;
  }
  return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
}

/**
 * The summary of a layer on the map: number of regions, the largest and smallest by population
 * (with the population year), the number of municipalities placed, and those not placed.
 */
export function mapSummary(view: LayerView): LocalText {
  const keys = regionKeys(view);
  const known = keys.filter((k) => k.population !== null).sort((a, b) => b.population! - a.population! || a.name.localeCompare(b.name, 'nl'));
  const unplaced = view.municipalityName.size - view.regionOf.size;
  const year = view.populationYear;
  const text = (lang: 'nl' | 'en') => {
    const nl = lang === 'nl';
    const parts = [nl ? `${view.layer.label.nl}: ${keys.length} regio's` : `${view.layer.label.en}: ${keys.length} regions`];
    if (known.length > 0) {
      const largest = known[0];
      const smallest = known[known.length - 1];
      const people = nl ? 'inwoners' : 'inhabitants';
      parts.push(`${nl ? 'grootste' : 'largest'} ${largest.name}, ${spokenPopulation(largest.population!, lang)} ${people}`);
      if (smallest !== largest) parts.push(`${nl ? 'kleinste' : 'smallest'} ${smallest.name}, ${spokenPopulation(smallest.population!, lang)} ${people}`);
      if (year !== null) parts.push(nl ? `inwoners op 1 januari ${year} (CBS)` : `population on 1 January ${year} (CBS)`);
    }
    parts.push(nl ? `${view.regionOf.size} van ${view.municipalityName.size} gemeenten ingedeeld` : `${view.regionOf.size} of ${view.municipalityName.size} municipalities placed`);
    if (unplaced > 0) parts.push(nl ? `${unplaced} niet ingedeeld` : `${unplaced} not placed`);
    return `${parts.join('; ')}.`;
  };
  return { nl: text('nl'), en: text('en') };
}
