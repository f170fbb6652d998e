import type { GmCode } from '../types.ts';
import type { LayerIndex, PopulationMap } from './types.ts';

/**
 * Contingency table of two layers' primary regions over the municipalities both layers place, with
 * each region's best match on the other side. Regions are numbered by their position in each index's
 * `partition`; cell (i, j) is at `i * columns + j`. Built once per pair and shared by its analyses.
 */
export interface CrossTab {
  a: LayerIndex;
  b: LayerIndex;
  rows: number;
  columns: number;
  /** Municipalities and population per cell. */
  cellCount: Int32Array;
  cellPopulation: Float64Array;
  rowCount: Int32Array;
  rowPopulation: Float64Array;
  columnCount: Int32Array;
  columnPopulation: Float64Array;
  /** Municipalities both layers place, in A's order, with the cell each falls in. */
  common: GmCode[];
  commonCell: Int32Array;
  onlyInA: GmCode[];
  onlyInB: GmCode[];
  /** The region (number) of B holding most of each region of A: population, then municipalities, then order; -1 if none. */
  bestB: Int32Array;
  /** The region of A holding most of each region of B. */
  bestA: Int32Array;
  totalPopulation: number;
}

/** Cross-tabulates two indexed layers (internal; public functions wrap it in view models). */
export function crossTabulate(a: LayerIndex, b: LayerIndex, population: PopulationMap): CrossTab {
  const rows = a.partition.length;
  const columns = b.partition.length;
  const cellCount = new Int32Array(rows * columns);
  const cellPopulation = new Float64Array(rows * columns);
  const rowCount = new Int32Array(rows);
  const rowPopulation = new Float64Array(rows);
  const columnCount = new Int32Array(columns);
  const columnPopulation = new Float64Array(columns);
  const common: GmCode[] = [];
  const commonCell = new Int32Array(a.regionNumberOf.size);
  const onlyInA: GmCode[] = [];
  let totalPopulation = 0;
  for (const [code, i] of a.regionNumberOf) {
    const j = b.regionNumberOf.get(code);
    if (j === undefined) {
      onlyInA.push(code);
      continue;
    }
    const inhabitants = population.get(code) ?? 0;
    const cell = i * columns + j;
    commonCell[common.length] = cell;
    common.push(code);
    cellCount[cell] += 1;
    cellPopulation[cell] += inhabitants;
    rowCount[i] += 1;
    rowPopulation[i] += inhabitants;
    columnCount[j] += 1;
    columnPopulation[j] += inhabitants;
    totalPopulation += inhabitants;
  }
  const onlyInB: GmCode[] = [];
  if (common.length < b.regionNumberOf.size) {
    for (const code of b.regionNumberOf.keys()) if (!a.regionNumberOf.has(code)) onlyInB.push(code);
  }

  // Larger population wins; then more municipalities; then the region listed first (lower number).
  const bestB = new Int32Array(rows).fill(-1);
  const bestA = new Int32Array(columns).fill(-1);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const cell = i * columns + j;
      if (cellCount[cell] === 0) continue;
      const b0 = bestB[i];
      if (b0 < 0 || beats(cell, i * columns + b0)) bestB[i] = j;
      const a0 = bestA[j];
      if (a0 < 0 || beats(cell, a0 * columns + j)) bestA[j] = i;
    }
  }
  function beats(cell: number, other: number): boolean {
    if (cellPopulation[cell] !== cellPopulation[other]) return cellPopulation[cell] > cellPopulation[other];
    return cellCount[cell] > cellCount[other];
  }
  return {
    a,
    b,
    rows,
    columns,
    cellCount,
    cellPopulation,
    rowCount,
    rowPopulation,
    columnCount,
    columnPopulation,
    common,
    commonCell: commonCell.subarray(0, common.length),
    onlyInA,
    onlyInB,
    bestB,
    bestA,
    totalPopulation,
  };
}

/**
 * Whether region i of A and region j of B are the same region seen from two layers: one is the
 * other's best match. A municipality whose two regions do not correspond has really moved; a region
 * that was only split or merged keeps every member in a corresponding region.
 */
export function corresponds(tab: CrossTab, i: number, j: number): boolean {
  return tab.bestB[i] === j || tab.bestA[j] === i;
}

/** The members of every non-empty cell, keyed by cell position, in A's order. */
export function cellMembers(tab: CrossTab): Map<number, GmCode[]> {
  const members = new Map<number, GmCode[]>();
  tab.common.forEach((code, k) => {
    const cell = tab.commonCell[k];
    const list = members.get(cell);
    if (list) list.push(code);
    else members.set(cell, [code]);
  });
  return members;
}
