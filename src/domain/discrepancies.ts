/**
 * Reported versus computed region populations. The reported figure is what a seed prints; the
 * computed figure is the sum of the region's members' CBS population on 1 January of the reported
 * reference year (the nearest available year when that year is missing). Both are always kept and
 * never reconciled; where they differ, the likely reasons are listed from the data's own evidence:
 * the reference date, the membership rows' confidence and alternatives, and the seeds' known
 * contradictions.
 */
import type { Confidence, GmCode, Layer, LocalText, Membership, PopulationRecord, Source } from './types.ts';
import type { LikelyCause, MunicipalChange, RegionLevel, ReportedRegion, SeedContradiction } from './provenance.ts';
import { nearestPopulationYear, populationInGeometry, populationYears, type PopulationInGeometry } from './populationByYear.ts';

/** Why a reported and a computed population may differ. */
export type DiscrepancyReasonKind =
  | 'no-members'
  | 'seed-contradiction'
  | 'membership-doubt'
  | 'knowledge-membership'
  | 'additional-membership'
  | 'missing-population'
  | 'reference-date'
  | 'estimated-population'
  | 'derived-membership'
  | 'unexplained';

/** The order in which reasons are judged likely: the first that applies is the likely reason. */
export const REASON_PRIORITY: readonly DiscrepancyReasonKind[] = [
  'no-members',
  'seed-contradiction',
  'membership-doubt',
  'knowledge-membership',
  'additional-membership',
  'missing-population',
  'reference-date',
  'estimated-population',
  'derived-membership',
  'unexplained',
];

/**
 * One possible reason, as a code with the values that show it; src/i18n words it in the user's
 * language.
 */
export type DiscrepancyReason =
  | { kind: 'no-members' }
  | { kind: 'seed-contradiction'; explanation: LocalText; cause: LikelyCause; source: Source }
  /** `here`: the municipality is placed in this region and could belong to `other`; otherwise the reverse. */
  | { kind: 'membership-doubt'; code: GmCode; here: boolean; other: string; confidence: Confidence }
  | { kind: 'knowledge-membership'; code: GmCode }
  | { kind: 'additional-membership'; members: { code: GmCode; population: number | null }[] }
  | { kind: 'missing-population'; codes: GmCode[]; year: number | null }
  | { kind: 'reference-date'; printed: boolean; wanted: number; used: number }
  | { kind: 'estimated-population' }
  | { kind: 'derived-membership'; derived: number; total: number }
  | { kind: 'unexplained'; confidences: Confidence[] };

/** How the population year of a comparison was chosen: the year wanted, the year used, and whether a date was printed. */
export interface YearChoice {
  wanted: number | null;
  used: number | null;
  /** The reference date the seed prints, or null when it prints none (then the round's year is wanted). */
  printedDate: string | null;
}

/** A reported region next to the population computed from its members. */
export interface PopulationComparison {
  layerId: string;
  regionId: string;
  regionName: string;
  level: RegionLevel;
  reportedPopulation: number | null;
  /** The figure exactly as printed. */
  populationText: string;
  reportedReferenceDate: string | null;
  /** Sum of the members' CBS population; null when the region has no members in the data. */
  computedPopulation: number | null;
  /** The year (1 January) of the CBS population used; null when none could be used. */
  populationYear: number | null;
  /** How the year was chosen. */
  yearChoice: YearChoice;
  memberCount: number;
  /** Members without a population figure in that year. */
  missingPopulation: GmCode[];
  /** True when some member's figure was divided by area share (a split) rather than summed. */
  estimated: boolean;
  /** reported − computed; null when either is missing. */
  difference: number | null;
  /** (reported − computed) / computed; null when either is missing. */
  relativeDifference: number | null;
  /** Every reason that applies, most likely first; empty when the figures agree within the threshold. */
  reasons: DiscrepancyReason[];
  source: Source;
}

/** Everything the comparison reads. */
export interface ComparisonInput {
  layers: readonly Layer[];
  reported: readonly ReportedRegion[];
  /** Memberships per layer id. */
  memberships: ReadonlyMap<string, readonly Membership[]>;
  /** Cluster ids per layer and municipality (the optional cluster columns), for cluster-level rows. */
  clusters?: ReadonlyMap<string, ReadonlyMap<GmCode, readonly string[]>>;
  population: readonly PopulationRecord[];
  changes: readonly MunicipalChange[];
  contradictions: readonly SeedContradiction[];
}

/** The default threshold of a discrepancy: more than 1 % of the computed figure. */
export const DISCREPANCY_THRESHOLD = 0.01;

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The rows of a layer that place a municipality in the region, subregion or cluster with this id. */
export function membersOf(regionId: string, memberships: readonly Membership[], clusters?: ReadonlyMap<GmCode, readonly string[]>): Membership[] {
  return memberships.filter((m) => m.regionId === regionId || m.subregionId === regionId || clusters?.get(m.code)?.includes(regionId));
}

/** Which population year a reported region is compared with: its printed date's year, else the round's, or the nearest available. */
export function comparisonYear(region: ReportedRegion, layer: Layer | undefined, available: readonly number[]): YearChoice {
  const wanted = region.populationReferenceDate ? yearOf(region.populationReferenceDate) : layer ? yearOf(layer.referenceDate) : null;
  return { wanted, used: wanted === null ? null : nearestPopulationYear(wanted, available), printedDate: region.populationReferenceDate };
}

/** The reason the year choice gives, when it is not the printed date's own year. */
function dateReason(choice: YearChoice): DiscrepancyReason | null {
  if (choice.wanted === null || choice.used === null) return null;
  if (choice.printedDate && choice.used === choice.wanted) return null;
  return { kind: 'reference-date', printed: choice.printedDate !== null, wanted: choice.wanted, used: choice.used };
}

function reasonsFor(
  c: Omit<PopulationComparison, 'reasons'>,
  rows: readonly Membership[],
  layerRows: readonly Membership[],
  region: ReportedRegion,
  contradictions: readonly SeedContradiction[],
  pop: ReadonlyMap<GmCode, number>,
): DiscrepancyReason[] {
  const reasons: DiscrepancyReason[] = [];
  if (c.memberCount === 0) reasons.push({ kind: 'no-members' });
  for (const x of contradictions) reasons.push({ kind: 'seed-contradiction', explanation: x.explanation, cause: x.likelyCause, source: x.source });
  const names = new Set([region.regionName, region.canonicalName, ...rows.map((r) => r.regionName)]);
  for (const m of layerRows) {
    const alt = m.alternativeRegion;
    if (!alt) continue;
    if (rows.includes(m)) reasons.push({ kind: 'membership-doubt', code: m.code, here: true, other: alt, confidence: m.confidence });
    else if (names.has(alt)) reasons.push({ kind: 'membership-doubt', code: m.code, here: false, other: m.regionName, confidence: m.confidence });
  }
  const additional = rows.filter((r) => !r.primary);
  if (additional.length) reasons.push({ kind: 'additional-membership', members: additional.map((r) => ({ code: r.code, population: pop.get(r.code) ?? null })) });
  for (const m of rows.filter((r) => r.confidence === 'knowledge')) reasons.push({ kind: 'knowledge-membership', code: m.code });
  if (c.missingPopulation.length) reasons.push({ kind: 'missing-population', codes: c.missingPopulation, year: c.populationYear });
  const date = dateReason(c.yearChoice);
  if (date) reasons.push(date);
  if (c.estimated) reasons.push({ kind: 'estimated-population' });
  const derived = rows.filter((r) => r.confidence === 'derived').length;
  if (derived) reasons.push({ kind: 'derived-membership', derived, total: rows.length });
  if (!reasons.length) reasons.push({ kind: 'unexplained', confidences: [...new Set(rows.map((r) => r.confidence))] });
  return reasons.sort((a, b) => REASON_PRIORITY.indexOf(a.kind) - REASON_PRIORITY.indexOf(b.kind));
}

/**
 * Compares every reported region population with the sum of its members' CBS population. Reasons
 * are listed only where the figures differ by more than `threshold` (or cannot be compared).
 */
export function compareReportedPopulations(input: ComparisonInput, threshold = DISCREPANCY_THRESHOLD): PopulationComparison[] {
  const available = populationYears(input.population);
  const layerById = new Map(input.layers.map((l) => [l.id, l]));
  const cache = new Map<string, PopulationInGeometry>();
  const populationFor = (year: number, geometryYear: number) => {
    const key = `${year}/${geometryYear}`;
    if (!cache.has(key)) cache.set(key, populationInGeometry(input.population, input.changes, year, geometryYear));
    return cache.get(key)!;
  };
  return input.reported.map((region) => {
    const layer = layerById.get(region.layerId);
    const layerRows = input.memberships.get(region.layerId) ?? [];
    const rows = membersOf(region.regionId, layerRows, input.clusters?.get(region.layerId));
    const codes = [...new Set(rows.map((r) => r.code))];
    const yearChoice = comparisonYear(region, layer, available);
    const year = yearChoice.used;
    let computed: number | null = null;
    const missing: GmCode[] = [];
    let estimated = false;
    const pop = year !== null && layer ? populationFor(year, layer.geometryYear) : null;
    if (codes.length && pop) {
      computed = 0;
      for (const code of codes) {
        const n = pop.byCode.get(code);
        if (n === undefined) missing.push(code);
        else computed += n;
        if (pop.estimated.has(code)) estimated = true;
      }
    }
    const reported = region.reportedPopulation;
    const difference = reported !== null && computed !== null ? reported - computed : null;
    const relativeDifference = difference !== null && computed ? difference / computed : null;
    const comparison = {
      layerId: region.layerId,
      regionId: region.regionId,
      regionName: region.canonicalName,
      level: region.level,
      reportedPopulation: reported,
      populationText: region.populationText,
      reportedReferenceDate: region.populationReferenceDate,
      computedPopulation: computed,
      populationYear: computed === null ? null : year,
      yearChoice,
      memberCount: codes.length,
      missingPopulation: missing,
      estimated,
      difference,
      relativeDifference,
      source: region.source,
    };
    const differs = relativeDifference === null || Math.abs(relativeDifference) > threshold;
    // The region's own contradictions first, then the round-wide ones about its population figures.
    const contradictions = [
      ...input.contradictions.filter((x) => x.layerId === region.layerId && x.regionId === region.regionId),
      ...input.contradictions.filter((x) => x.layerId === region.layerId && x.regionId === null && x.kind === 'population'),
    ];
    return { ...comparison, reasons: differs ? reasonsFor(comparison, rows, layerRows, region, contradictions, pop?.byCode ?? new Map()) : [] };
  });
}

/** The comparisons that differ by more than the threshold, or cannot be compared, largest difference first. */
export function populationDiscrepancies(comparisons: readonly PopulationComparison[]): PopulationComparison[] {
  const size = (c: PopulationComparison) => (c.relativeDifference === null ? Infinity : Math.abs(c.relativeDifference));
  return comparisons.filter((c) => c.reasons.length > 0).sort((a, b) => size(b) - size(a) || a.layerId.localeCompare(b.layerId) || a.regionId.localeCompare(b.regionId));
}

/** The likely reason of a discrepancy: the first that applies in REASON_PRIORITY. */
export function likelyReason(comparison: PopulationComparison): DiscrepancyReason | null {
  return comparison.reasons[0] ?? null;
}
