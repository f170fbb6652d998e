/**
 * Population of one year expressed in the municipalities of another geometry year, through the
 * mergers and splits of data/municipal_changes.csv. Mergers translate exactly (the predecessors'
 * populations add up); a split or a reverse step (later population onto earlier municipalities)
 * divides by area share and is flagged as an estimate.
 */
import type { GmCode, PopulationRecord } from './types.ts';
import type { MunicipalChange } from './provenance.ts';

/** Population per municipality of a geometry year, and which figures are estimates. */
export interface PopulationInGeometry {
  /** The population year (1 January) the figures come from. */
  populationYear: number;
  geometryYear: number;
  byCode: Map<GmCode, number>;
  /** Municipalities whose figure was divided by area share, not summed exactly. */
  estimated: Set<GmCode>;
}

/** The years for which population records exist, ascending. */
export function populationYears(records: readonly PopulationRecord[]): number[] {
  return [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
}

/** The available year nearest to `year` (the earlier one on a tie); null when there is none. */
export function nearestPopulationYear(year: number, available: readonly number[]): number | null {
  let best: number | null = null;
  for (const y of available) {
    if (best === null || Math.abs(y - year) < Math.abs(best - year) || (Math.abs(y - year) === Math.abs(best - year) && y < best)) best = y;
  }
  return best;
}

/**
 * One year of municipal changes applied to population: each municipality's count is divided over
 * the targets `sharesOf` gives, in proportion to their shares (no targets: it stays as it is). A
 * count that was divided, or already estimated, is marked estimated; `alwaysEstimate` marks every
 * divided count (going back in time, a merged municipality is always split by area).
 */
function step(
  pop: Map<GmCode, number>,
  estimated: Set<GmCode>,
  sharesOf: (code: GmCode) => Array<[GmCode, number]>,
  alwaysEstimate: boolean,
) {
  const out = new Map<GmCode, number>();
  const outEstimated = new Set<GmCode>();
  const add = (code: GmCode, n: number) => out.set(code, (out.get(code) ?? 0) + n);
  for (const [code, n] of pop) {
    const shares = sharesOf(code);
    if (!shares.length) {
      add(code, n);
      if (estimated.has(code)) outEstimated.add(code);
      continue;
    }
    const total = shares.reduce((s, [, share]) => s + share, 0);
    for (const [target, share] of shares) {
      add(target, (n * share) / total);
      if (alwaysEstimate || shares.length > 1 || estimated.has(code)) outEstimated.add(target);
    }
  }
  return { pop: out, estimated: outEstimated };
}

function forwardStep(pop: Map<GmCode, number>, estimated: Set<GmCode>, changes: readonly MunicipalChange[], year: number) {
  const sharesOf = (code: GmCode): Array<[GmCode, number]> =>
    changes.filter((c) => c.fromYear === year && c.fromCode === code).map((p) => [p.toCode, p.areaShare]);
  return step(pop, estimated, sharesOf, false);
}

function backwardStep(pop: Map<GmCode, number>, estimated: Set<GmCode>, changes: readonly MunicipalChange[], year: number) {
  const sharesOf = (code: GmCode): Array<[GmCode, number]> => {
    const pieces = changes.filter((c) => c.toYear === year && c.toCode === code);
    if (!pieces.length) return [];
    // The part of `code` that no listed predecessor covers is the continuing municipality itself.
    const own = Math.max(0, 1 - pieces.reduce((s, p) => s + p.toAreaShare, 0));
    const shares: Array<[GmCode, number]> = pieces.map((p) => [p.fromCode, p.toAreaShare]);
    if (own >= 0.01) shares.push([code, own]);
    return shares;
  };
  return step(pop, estimated, sharesOf, true);
}

/**
 * The population of 1 January `populationYear` per municipality of `geometryYear`. Walks the
 * municipal changes year by year; figures are rounded to whole inhabitants at the end.
 */
export function populationInGeometry(
  records: readonly PopulationRecord[],
  changes: readonly MunicipalChange[],
  populationYear: number,
  geometryYear: number,
): PopulationInGeometry {
  let pop = new Map<GmCode, number>(records.filter((r) => r.year === populationYear).map((r) => [r.code, r.population]));
  let estimated = new Set<GmCode>();
  for (let y = populationYear; y < geometryYear; y++) ({ pop, estimated } = forwardStep(pop, estimated, changes, y));
  for (let y = populationYear; y > geometryYear; y--) ({ pop, estimated } = backwardStep(pop, estimated, changes, y));
  return { populationYear, geometryYear, byCode: new Map([...pop].map(([c, n]) => [c, Math.round(n)])), estimated };
}

/** The population the app shows for a geometry year: one year, one rule, for the map and every panel. */
export interface PopulationForGeometry {
  /** The CBS year the figures come from (1 January); null when there is no population at all. */
  populationYear: number | null;
  geometryYear: number;
  /** Per municipality of the geometry year (translated through mergers and splits where the years differ). */
  byCode: Map<GmCode, number>;
  /** Municipalities whose figure was divided by area share, not summed exactly. */
  estimated: Set<GmCode>;
}

/**
 * The one population rule of the app: the CBS year nearest to the geometry year (the earlier one on
 * a tie), expressed in that year's municipalities. For 2011 (no CBS figures) this is 1 January 2012
 * carried back to the municipalities of 2011, so Wieringermeer, Wieringen, Niedorp and Anna Paulowna
 * get (estimated) figures instead of none.
 */
export function populationForGeometry(records: readonly PopulationRecord[], changes: readonly MunicipalChange[], geometryYear: number): PopulationForGeometry {
  const populationYear = nearestPopulationYear(geometryYear, populationYears(records));
  if (populationYear === null) return { populationYear, geometryYear, byCode: new Map(), estimated: new Set() };
  const { byCode, estimated } = populationInGeometry(records, changes, populationYear, geometryYear);
  return { populationYear, geometryYear, byCode, estimated };
}
