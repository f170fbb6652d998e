import type { GmCode } from '../types.ts';
import { populationOf } from './layerIndex.ts';
import type { LayerIndex, PopulationMap } from './types.ts';

/** The municipalities one region of A shares with one region of B. */
export interface CrossCell {
  regionA: string;
  regionB: string;
  members: GmCode[];
  population: number;
}

/** Totals of one region over the municipalities both layers place. */
export interface CrossTotal {
  count: number;
  population: number;
}

/**
 * Contingency table of two layers' primary regions over the municipalities both layers place, with
 * each region's best match on the other side. Built once per pair and shared by the pair's analyses.
 */
export interface CrossTab {
  a: LayerIndex;
  b: LayerIndex;
  common: GmCode[];
  onlyInA: GmCode[];
  onlyInB: GmCode[];
  /** cells.get(regionA).get(regionB); only non-empty cells exist. */
  cells: Map<string, Map<string, CrossCell>>;
  rowTotals: Map<string, CrossTotal>;
  columnTotals: Map<string, CrossTotal>;
  /** The region of B holding most of each region of A (population, then municipalities, then order). */
  bestB: Map<string, string>;
  /** The region of A holding most of each region of B. */
  bestA: Map<string, string>;
  totalPopulation: number;
}

/** Cross-tabulates two indexed layers (internal; public functions wrap it in view models). */
export function crossTabulate(a: LayerIndex, b: LayerIndex, population: PopulationMap): CrossTab {
  const cells = new Map<string, Map<string, CrossCell>>();
  const rowTotals = new Map<string, CrossTotal>();
  const columnTotals = new Map<string, CrossTotal>();
  const common: GmCode[] = [];
  const onlyInA: GmCode[] = [];
  let totalPopulation = 0;
  for (const [code, regionA] of a.regionOf) {
    const regionB = b.regionOf.get(code);
    if (regionB === undefined) {
      onlyInA.push(code);
      continue;
    }
    common.push(code);
    const inhabitants = populationOf(population, code);
    totalPopulation += inhabitants;
    let row = cells.get(regionA);
    if (!row) cells.set(regionA, (row = new Map()));
    let cell = row.get(regionB);
    if (!cell) row.set(regionB, (cell = { regionA, regionB, members: [], population: 0 }));
    cell.members.push(code);
    cell.population += inhabitants;
    addTo(rowTotals, regionA, inhabitants);
    addTo(columnTotals, regionB, inhabitants);
  }
  const onlyInB: GmCode[] = [];
  for (const code of b.regionOf.keys()) if (!a.regionOf.has(code)) onlyInB.push(code);

  const order = (index: LayerIndex) => new Map(index.regionIds.map((id, i) => [id, i]));
  const orderA = order(a);
  const orderB = order(b);
  const bestB = new Map<string, string>();
  const bestA = new Map<string, string>();
  const bestCellA = new Map<string, CrossCell>();
  for (const [regionA, row] of cells) {
    let best: CrossCell | undefined;
    for (const cell of row.values()) {
      if (!best || beats(cell, best, orderB.get(cell.regionB)!, orderB.get(best.regionB)!)) best = cell;
      const current = bestCellA.get(cell.regionB);
      if (!current || beats(cell, current, orderA.get(regionA)!, orderA.get(current.regionA)!)) {
        bestCellA.set(cell.regionB, cell);
      }
    }
    if (best) bestB.set(regionA, best.regionB);
  }
  for (const [regionB, cell] of bestCellA) bestA.set(regionB, cell.regionA);
  return { a, b, common, onlyInA, onlyInB, cells, rowTotals, columnTotals, bestB, bestA, totalPopulation };
}

function addTo(totals: Map<string, CrossTotal>, region: string, inhabitants: number): void {
  const total = totals.get(region);
  if (total) {
    total.count += 1;
    total.population += inhabitants;
  } else totals.set(region, { count: 1, population: inhabitants });
}

/** Larger population wins; then more municipalities; then the region listed first in its layer. */
function beats(cell: CrossCell, other: CrossCell, order: number, otherOrder: number): boolean {
  if (cell.population !== other.population) return cell.population > other.population;
  if (cell.members.length !== other.members.length) return cell.members.length > other.members.length;
  return order < otherOrder;
}

/**
 * Whether region A and region B are the same region seen from two layers: one is the other's best
 * match. A municipality whose two regions do not correspond has really moved; a region that was only
 * split or merged keeps every member in a corresponding region.
 */
export function corresponds(tab: CrossTab, regionA: string, regionB: string): boolean {
  return tab.bestB.get(regionA) === regionB || tab.bestA.get(regionB) === regionA;
}
