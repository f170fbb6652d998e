/**
 * What the map shows, as the facts of the paragraph for screen readers (the UI words them: "42
 * regio's; grootste Rijnmond, 1,27 mln inwoners; ..."), and the list of regions the keyboard region
 * mode offers. Pure: from a layer view.
 */
import type { LayerView } from '../layerView.ts';
import type { GmCode } from '../types.ts';

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

/** What the summary of a layer on the map says, as facts; the UI words them (src/ui/explore/mapSummaryText.ts). */
export interface MapSummary {
  regions: number;
  /** The largest and smallest region by population; null when no region has a known population. */
  largest: RegionKey | null;
  smallest: RegionKey | null;
  populationYear: number | null;
  placed: number;
  municipalities: number;
}

/**
 * The summary of a layer on the map: number of regions, the largest and smallest by population
 * (with the population year), the number of municipalities placed, and those not placed.
 */
export function mapSummary(view: LayerView): MapSummary {
  const keys = regionKeys(view);
  const known = keys.filter((k) => k.population !== null).sort((a, b) => b.population! - a.population! || a.name.localeCompare(b.name, 'nl'));
  return {
    regions: keys.length,
    largest: known[0] ?? null,
    smallest: known.length > 1 ? known[known.length - 1] : null,
    populationYear: view.populationYear,
    placed: view.regionOf.size,
    municipalities: view.municipalityName.size,
  };
}
