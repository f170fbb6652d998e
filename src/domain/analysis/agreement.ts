import { crossTabulate, type CrossTab } from './crossTab.ts';
import { toIndex } from './layerIndex.ts';
import type { LayerSource, PopulationMap } from './types.ts';

/** How well two divisions agree, over the municipalities both place. */
export interface AgreementScore {
  /**
   * Adjusted Rand index over pairs of inhabitants: 1 = identical divisions, about 0 = no more alike
   * than chance, negative = less.
   */
  adjustedRand: number;
  /** Variation of information in bits: H(A|B) + H(B|A). */
  variationOfInformation: number;
  /** Variation of information divided by the joint entropy H(A,B): 0 = identical, 1 = independent. */
  normalizedVariationOfInformation: number;
  /** `population` normally; `municipalities` when no population figure is known for the compared set. */
  weighting: 'population' | 'municipalities';
  municipalities: number;
}

/**
 * Agreement of two divisions: population-weighted adjusted Rand index and (normalised) variation of
 * information on their primary rows. Falls back to counting municipalities when population is unknown.
 */
export function agreementScore(a: LayerSource, b: LayerSource, population: PopulationMap): AgreementScore {
  return scoreOf(crossTabulate(toIndex(a), toIndex(b), population));
}

function scoreOf(tab: CrossTab): AgreementScore {
  const byPopulation = tab.totalPopulation > 0;
  const cells = byPopulation ? tab.cellPopulation : tab.cellCount;
  const rows = byPopulation ? tab.rowPopulation : tab.rowCount;
  const columns = byPopulation ? tab.columnPopulation : tab.columnCount;
  const total = byPopulation ? tab.totalPopulation : tab.common.length;
  return {
    ...adjustedRandAndInformation(cells, rows, columns, total),
    weighting: byPopulation ? 'population' : 'municipalities',
    municipalities: tab.common.length,
  };
}

function adjustedRandAndInformation(
  cells: ArrayLike<number>,
  rows: ArrayLike<number>,
  columns: ArrayLike<number>,
  total: number,
): Pick<AgreementScore, 'adjustedRand' | 'variationOfInformation' | 'normalizedVariationOfInformation'> {
  if (total === 0) return { adjustedRand: 1, variationOfInformation: 0, normalizedVariationOfInformation: 0 };
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const sum = (values: ArrayLike<number>, f: (n: number) => number) => {
    let s = 0;
    for (let k = 0; k < values.length; k++) s += f(values[k]);
    return s;
  };
  const index = sum(cells, pairs);
  const rowPairs = sum(rows, pairs);
  const columnPairs = sum(columns, pairs);
  const expected = (rowPairs * columnPairs) / pairs(total);
  const maximum = (rowPairs + columnPairs) / 2;
  // Both divisions trivial (one region each, or all singletons): they agree exactly.
  const adjustedRand = maximum === expected ? 1 : (index - expected) / (maximum - expected);

  const plogp = (n: number) => (n === 0 ? 0 : (n / total) * Math.log2(n / total));
  const entropyA = -sum(rows, plogp);
  const entropyB = -sum(columns, plogp);
  const joint = -sum(cells, plogp);
  const variationOfInformation = Math.max(0, 2 * joint - entropyA - entropyB);
  return {
    adjustedRand,
    variationOfInformation,
    normalizedVariationOfInformation: joint === 0 ? 0 : variationOfInformation / joint,
  };
}

/** A division ranked by its agreement with a reference division. */
export interface RankedDivision extends AgreementScore {
  id: string;
  rank: number;
}

/**
 * Ranks divisions by their fit to a reference division (e.g. labour-market regions against youth
 * regions): highest adjusted Rand index first, ties broken by the lower normalised variation of information.
 */
export function rankDivisionsByAgreement(
  reference: LayerSource,
  others: readonly { id: string; memberships: LayerSource }[],
  population: PopulationMap,
): RankedDivision[] {
  const referenceIndex = toIndex(reference);
  const scored = others.map((other) => ({
    id: other.id,
    ...agreementScore(referenceIndex, other.memberships, population),
  }));
  scored.sort(
    (x, y) =>
      y.adjustedRand - x.adjustedRand ||
      x.normalizedVariationOfInformation - y.normalizedVariationOfInformation ||
      x.id.localeCompare(y.id),
  );
  return scored.map((s, i) => ({ ...s, rank: i + 1 }));
}
