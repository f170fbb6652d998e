import type { GmCode } from '../types.ts';
import { cellMembers, crossTabulate } from './crossTab.ts';
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
  const regionsOf = (index: typeof indexA) => index.partition.map((id) => summarizeRegion(index, id, population));
  const rows = regionsOf(indexA);
  const columns = regionsOf(indexB);
  const members = cellMembers(tab);
  const cells: OverlapCell[] = [];
  for (let i = 0; i < tab.rows; i++) {
    for (let j = 0; j < tab.columns; j++) {
      const cell = i * tab.columns + j;
      if (tab.cellCount[cell] === 0) continue;
      cells.push({
        regionA: indexA.partition[i],
        regionB: indexB.partition[j],
        municipalities: members.get(cell)!,
        population: tab.cellPopulation[cell],
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
  const members = cellMembers(tab);
  const result: RegionCongruence[] = [];
  indexA.partition.forEach((regionId, i) => {
    const region = summarizeRegion(indexA, regionId, population);
    const useCounts = region.population === 0;
    const whole = useCounts ? region.municipalities : region.population;
    const parts: (RegionPart & { order: number })[] = [];
    for (let j = 0; j < tab.columns; j++) {
      const cell = i * tab.columns + j;
      if (tab.cellCount[cell] === 0) continue;
      const regionB = indexB.partition[j];
      parts.push({
        regionId: regionB,
        regionName: indexB.regionName.get(regionB) ?? regionB,
        municipalities: members.get(cell)!,
        population: tab.cellPopulation[cell],
        share: (useCounts ? tab.cellCount[cell] : tab.cellPopulation[cell]) / whole,
        order: j,
      });
    }
    parts.sort((x, y) => y.share - x.share || y.municipalities.length - x.municipalities.length || x.order - y.order);
    const sorted: RegionPart[] = parts.map(({ order: _order, ...part }) => part);
    const bestMatch = sorted[0] ?? null;
    const unplaced = indexA.membersOf.get(regionId)!.filter((code) => !indexB.regionOf.has(code));
    result.push({
      region,
      bestMatch,
      congruence: bestMatch?.share ?? 0,
      parts: sorted,
      whole: sorted.length === 1 && unplaced.length === 0,
      unplaced,
    });
  });
  return result;
}
