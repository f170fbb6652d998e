import type { GmCode } from '../types.ts';
import { crossTabulate } from './crossTab.ts';
import { summarizeRegion, toIndex } from './layerIndex.ts';
import type { LayerSource, PopulationMap, RegionSummary } from './types.ts';

/** One non-empty cell of an overlap matrix. */
export interface OverlapCell {
  regionA: string;
  regionB: string;
  municipalities: GmCode[];
  population: number;
}

/** Overlap of two divisions: their regions (rows A, columns B) and the non-empty cells between them. */
export interface OverlapMatrix {
  rows: RegionSummary[];
  columns: RegionSummary[];
  /** Non-empty cells, ordered by row then column. */
  cells: OverlapCell[];
  /** Population of the municipalities both layers place. */
  totalPopulation: number;
  /** Municipalities with a primary region in only one of the two layers. */
  onlyInA: GmCode[];
  onlyInB: GmCode[];
}

/**
 * Overlap matrix of two divisions on their primary rows: for every pair of regions the municipalities
 * and population they share. Rows and columns are every region with primary members, in layer order.
 */
export function overlapMatrix(a: LayerSource, b: LayerSource, population: PopulationMap): OverlapMatrix {
  const indexA = toIndex(a);
  const indexB = toIndex(b);
  const tab = crossTabulate(indexA, indexB, population);
  const regionsOf = (index: typeof indexA) =>
    index.regionIds.filter((id) => index.membersOf.has(id)).map((id) => summarizeRegion(index, id, population));
  const rows = regionsOf(indexA);
  const columns = regionsOf(indexB);
  const columnOrder = new Map(columns.map((c, i) => [c.regionId, i]));
  const cells: OverlapCell[] = [];
  for (const row of rows) {
    const found = tab.cells.get(row.regionId);
    if (!found) continue;
    const sorted = [...found.values()].sort((x, y) => columnOrder.get(x.regionB)! - columnOrder.get(y.regionB)!);
    for (const cell of sorted) {
      cells.push({
        regionA: cell.regionA,
        regionB: cell.regionB,
        municipalities: [...cell.members],
        population: cell.population,
      });
    }
  }
  return { rows, columns, cells, totalPopulation: tab.totalPopulation, onlyInA: tab.onlyInA, onlyInB: tab.onlyInB };
}

/** The part of a region that lies in one region of the other division. */
export interface RegionPart {
  regionId: string;
  regionName: string;
  municipalities: GmCode[];
  population: number;
  /** Share of the region's population in this part (municipality share when population is unknown). */
  share: number;
}

/** How well one region of A fits the division B. */
export interface RegionCongruence {
  region: RegionSummary;
  /** The region of B holding the largest share; null when B places none of the region's members. */
  bestMatch: RegionPart | null;
  /** Share of the region inside its best match (0 when there is none). */
  congruence: number;
  /** Every region of B the region is spread across, largest share first. */
  parts: RegionPart[];
  /** True when the whole region lies inside one region of B. */
  whole: boolean;
  /** Members B does not place at all. */
  unplaced: GmCode[];
}

/**
 * Congruence of every region of A with division B: the share of its population inside its
 * best-matching region of B and the regions of B it is split across (with shares).
 */
export function regionCongruence(a: LayerSource, b: LayerSource, population: PopulationMap): RegionCongruence[] {
  const indexA = toIndex(a);
  const indexB = toIndex(b);
  const tab = crossTabulate(indexA, indexB, population);
  const orderB = new Map(indexB.regionIds.map((id, i) => [id, i]));
  const result: RegionCongruence[] = [];
  for (const regionId of indexA.regionIds) {
    const members = indexA.membersOf.get(regionId);
    if (!members) continue;
    const region = summarizeRegion(indexA, regionId, population);
    const useCounts = region.population === 0;
    const whole = useCounts ? region.municipalities : region.population;
    const parts: RegionPart[] = [...(tab.cells.get(regionId)?.values() ?? [])].map((cell) => ({
      regionId: cell.regionB,
      regionName: indexB.regionName.get(cell.regionB) ?? cell.regionB,
      municipalities: [...cell.members],
      population: cell.population,
      share: (useCounts ? cell.members.length : cell.population) / whole,
    }));
    parts.sort(
      (x, y) =>
        y.share - x.share ||
        y.municipalities.length - x.municipalities.length ||
        orderB.get(x.regionId)! - orderB.get(y.regionId)!,
    );
    const bestMatch = parts[0] ?? null;
    const unplaced = members.filter((code) => !indexB.regionOf.has(code));
    result.push({
      region,
      bestMatch,
      congruence: bestMatch?.share ?? 0,
      parts,
      whole: parts.length === 1 && unplaced.length === 0,
      unplaced,
    });
  }
  return result;
}
