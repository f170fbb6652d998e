/**
 * How each municipality's region compares across two or more divisions, in words an ambassador uses:
 * the same partners; nested (one region lies wholly inside the other: other scale, same borders);
 * crossing (neither region holds the other: incongruent), either because the municipality itself has
 * other partners or because it stayed while its region gained or lost members across the border; and
 * not placed. Separately, whether a division puts it in two regions at once.
 */
import type { GmCode } from '../types.ts';
import { corresponds, crossTabulate } from './crossTab.ts';
import { toIndex } from './layerIndex.ts';
import type { LayerIndex, LayerSource, PopulationMap } from './types.ts';

const NO_POPULATION: PopulationMap = new Map();

/**
 * The category of a municipality across the compared divisions. `moved` and `regionChanged` are the
 * two kinds of crossing; a municipality is in the first that applies of: unplaced, moved,
 * regionChanged, nested, same.
 */
export type CongruenceCategory = 'same' | 'nested' | 'moved' | 'regionChanged' | 'unplaced';

/** The categories in the order the app lists them (most in need of an explanation first). */
export const CONGRUENCE_CATEGORIES: readonly CongruenceCategory[] = ['moved', 'regionChanged', 'nested', 'same', 'unplaced'];

/** Whether a category is a kind of crossing (incongruent in the policy sense of the seeds). */
export function isCrossing(category: CongruenceCategory): boolean {
  return category === 'moved' || category === 'regionChanged';
}

/** How a municipality's regions in two divisions relate, over the municipalities both place. */
export type PairRelation = 'same' | 'aInsideB' | 'bInsideA' | 'crossing' | 'unplaced';

/** One pair of compared divisions, seen from one municipality. */
export interface PairComparison {
  a: string;
  b: string;
  relation: PairRelation;
  /** Crossing and its regions are not the same region seen twice (neither is the other's largest overlap). */
  moved: boolean;
  /** Primary partners only A gives it, and only B, in the divisions' member order. */
  onlyInA: GmCode[];
  onlyInB: GmCode[];
  /** 1 - shared / all of its partners in A and B (0 when it has none in either). */
  jaccardDistance: number;
}

/** Another region (or subregion of the same region) a division also puts the municipality in. */
export interface ExtraMembership {
  regionId: string;
  regionName: string;
  /** Set when the extra row is another subregion of its primary region (e.g. Delft in Delft-Rijswijk). */
  subregionName?: string;
}

/** A municipality's place in one compared division. */
export interface DivisionPlacement {
  layerId: string;
  /** Null when the division does not place the municipality. */
  regionId: string | null;
  regionName: string | null;
  /** The subregion of its primary row, if the division has subregions there. */
  subregionName: string | null;
  /** The other primary members of its region (the whole region, also those other divisions leave out). */
  partners: number;
  /** Non-primary rows in another region or subregion: the division puts it in two places at once. */
  alsoIn: ExtraMembership[];
}

/** The classification of one municipality. */
export interface MunicipalityClassification {
  code: GmCode;
  category: CongruenceCategory;
  /** True when some division also puts it in a second region or subregion. */
  multiple: boolean;
  placements: DivisionPlacement[];
  /** Every pair of compared divisions, in order (0,1), (0,2), ..., (1,2), ... */
  pairs: PairComparison[];
  /** Largest Jaccard distance over the pairs that both place it. */
  maxJaccardDistance: number;
}

/** A division taking part in a classification. */
export interface ClassifiedDivision {
  id: string;
  memberships: LayerSource;
}

/** Options of `classifyMunicipalities`. */
export interface ClassificationOptions {
  /**
   * Decides which of two regions is the other's largest overlap (for moved versus regionChanged);
   * without it municipality counts decide.
   */
  population?: PopulationMap;
  /** Every municipality to classify (e.g. all of the geometry year); default: those any division places. */
  municipalities?: readonly GmCode[];
}

/**
 * Classifies every municipality for two or more divisions of one geometry year, by primary
 * membership. Per pair, its two regions are compared over the municipalities both divisions place:
 * equal (same), one inside the other (nested) or neither (crossing). Across pairs the worst counts:
 * any crossing makes it crossing, else any nesting makes it nested. A crossing municipality "moved"
 * when, for some crossing pair, its two regions do not correspond (neither is the other's largest
 * overlap): it went to another region. Otherwise it stayed in what is recognisably the same region,
 * which gained or lost members across its border.
 */
export function classifyMunicipalities(divisions: readonly ClassifiedDivision[], options: ClassificationOptions = {}): MunicipalityClassification[] {
  if (divisions.length < 2) throw new Error('classifyMunicipalities needs at least two divisions');
  const population = options.population ?? NO_POPULATION;
  const indexes = divisions.map((d) => toIndex(d.memberships));
  const codes = options.municipalities ?? [...new Set(indexes.flatMap((index) => [...index.regionOf.keys()]))];

  const pairs = new Map<GmCode, PairComparison[]>(codes.map((code) => [code, []]));
  for (let p = 0; p < divisions.length; p++) {
    for (let q = p + 1; q < divisions.length; q++) {
      comparePair(divisions[p].id, divisions[q].id, indexes[p], indexes[q], population, pairs);
    }
  }

  return codes.map((code) => {
    const placements = divisions.map((d, i) => placementIn(d.id, indexes[i], code));
    const compared = pairs.get(code)!;
    return {
      code,
      category: categoryOf(placements, compared),
      multiple: placements.some((p) => p.alsoIn.length > 0),
      placements,
      pairs: compared,
      maxJaccardDistance: compared.reduce((max, pair) => (pair.relation === 'unplaced' ? max : Math.max(max, pair.jaccardDistance)), 0),
    };
  });
}

/** Counts per category, every category present (0 when empty), plus the crossing total and multiples. */
export function countCategories(classified: readonly MunicipalityClassification[]): Record<CongruenceCategory | 'crossing' | 'multiple', number> {
  const counts = { same: 0, nested: 0, moved: 0, regionChanged: 0, unplaced: 0, crossing: 0, multiple: 0 };
  for (const m of classified) {
    counts[m.category] += 1;
    if (isCrossing(m.category)) counts.crossing += 1;
    if (m.multiple) counts.multiple += 1;
  }
  return counts;
}

function categoryOf(placements: readonly DivisionPlacement[], pairs: readonly PairComparison[]): CongruenceCategory {
  if (placements.some((p) => p.regionId === null)) return 'unplaced';
  if (pairs.some((p) => p.relation === 'crossing')) return pairs.some((p) => p.relation === 'crossing' && p.moved) ? 'moved' : 'regionChanged';
  if (pairs.some((p) => p.relation === 'aInsideB' || p.relation === 'bInsideA')) return 'nested';
  return 'same';
}

/** Fills in the comparison of divisions a and b for every municipality in `out`. */
function comparePair(a: string, b: string, indexA: LayerIndex, indexB: LayerIndex, population: PopulationMap, out: Map<GmCode, PairComparison[]>): void {
  const tab = crossTabulate(indexA, indexB, population);
  const cellOf = new Map<GmCode, number>();
  tab.common.forEach((code, k) => cellOf.set(code, tab.commonCell[k]));
  for (const [code, list] of out) {
    const cell = cellOf.get(code);
    if (cell === undefined) {
      list.push({ a, b, relation: 'unplaced', moved: false, onlyInA: [], onlyInB: [], jaccardDistance: 0 });
      continue;
    }
    const i = (cell / tab.columns) | 0;
    const j = cell - i * tab.columns;
    // Over the municipalities both place: |A ∩ B| is the cell, |A| the row, |B| the column.
    const shared = tab.cellCount[cell];
    const inA = tab.rowCount[i];
    const inB = tab.columnCount[j];
    const relation: PairRelation = shared === inA && shared === inB ? 'same' : shared === inA ? 'aInsideB' : shared === inB ? 'bInsideA' : 'crossing';
    const partnersA = indexA.membersOf.get(indexA.partition[i])!.filter((c) => c !== code);
    const partnersB = indexB.membersOf.get(indexB.partition[j])!.filter((c) => c !== code);
    const setA = new Set(partnersA);
    const setB = new Set(partnersB);
    const onlyInA = partnersA.filter((c) => !setB.has(c));
    const onlyInB = partnersB.filter((c) => !setA.has(c));
    const both = partnersA.length - onlyInA.length;
    const union = both + onlyInA.length + onlyInB.length;
    list.push({
      a,
      b,
      relation,
      moved: relation === 'crossing' && !corresponds(tab, i, j),
      onlyInA,
      onlyInB,
      jaccardDistance: union === 0 ? 0 : 1 - both / union,
    });
  }
}

function placementIn(layerId: string, index: LayerIndex, code: GmCode): DivisionPlacement {
  const regionId = index.regionOf.get(code) ?? null;
  const rows = index.rowsOf.get(code) ?? [];
  const primary = rows.find((r) => r.primary);
  const alsoIn: ExtraMembership[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.primary) continue;
    const sameRegion = r.regionId === regionId;
    // A second row in the same region and subregion adds nothing; in another subregion it does (Delft).
    if (sameRegion && (r.subregionId ?? '') === (primary?.subregionId ?? '')) continue;
    const key = `${r.regionId}|${sameRegion ? (r.subregionId ?? '') : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    alsoIn.push(sameRegion && r.subregionName ? { regionId: r.regionId, regionName: r.regionName, subregionName: r.subregionName } : { regionId: r.regionId, regionName: r.regionName });
  }
  return {
    layerId,
    regionId,
    regionName: regionId === null ? null : (index.regionName.get(regionId) ?? regionId),
    subregionName: primary?.subregionName ?? null,
    partners: regionId === null ? 0 : index.membersOf.get(regionId)!.length - 1,
    alsoIn,
  };
}
