/**
 * Reported versus computed region populations. The reported figure is what a seed prints; the
 * computed figure is the sum of the region's members' CBS population on 1 January of the reported
 * reference year (the nearest available year when that year is missing). Both are always kept and
 * never reconciled; where they differ, the likely reasons are listed from the data's own evidence:
 * the reference date, the membership rows' confidence and alternatives, and the seeds' known
 * contradictions.
 */
import type { Confidence, GmCode, Layer, Membership, PopulationRecord, Source } from './types.ts';
import type { MunicipalChange, RegionLevel, ReportedRegion, SeedContradiction } from './provenance.ts';
import { nearestPopulationYear, populationInGeometry, populationYears, type PopulationInGeometry } from './populationByYear.ts';

/** Why a reported and a computed population may differ. */
export type DiscrepancyReasonKind =
  | 'no-members'
  | 'seed-contradiction'
  | 'membership-doubt'
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
  'additional-membership',
  'missing-population',
  'reference-date',
  'estimated-population',
  'derived-membership',
  'unexplained',
];

/** One possible reason, with a sentence saying what the data show. */
export interface DiscrepancyReason {
  kind: DiscrepancyReasonKind;
  text: string;
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
  /** How the year was chosen, in one sentence. */
  populationYearNote: string;
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

/** The alternative region a membership note names (`alternatief: X; ...`), or null. */
export function alternativeRegion(note: string | undefined): string | null {
  const match = /alternatief:\s*([^;]+)/.exec(note ?? '');
  return match ? match[1].trim() : null;
}

/** The rows of a layer that place a municipality in the region, subregion or cluster with this id. */
export function membersOf(regionId: string, memberships: readonly Membership[], clusters?: ReadonlyMap<GmCode, readonly string[]>): Membership[] {
  return memberships.filter((m) => m.regionId === regionId || m.subregionId === regionId || clusters?.get(m.code)?.includes(regionId));
}

/** Which population year a reported region is compared with, and why. */
export function comparisonYear(region: ReportedRegion, layer: Layer | undefined, available: readonly number[]): { year: number | null; note: string; dateReason?: string } {
  const wanted = region.populationReferenceDate ? yearOf(region.populationReferenceDate) : layer ? yearOf(layer.referenceDate) : null;
  if (wanted === null) return { year: null, note: 'no reference date and no layer' };
  const year = nearestPopulationYear(wanted, available);
  if (year === null) return { year: null, note: 'no population data' };
  const printed = region.populationReferenceDate
    ? `reference date ${region.populationReferenceDate} as printed`
    : `no reference date printed; the round's year ${wanted} used`;
  if (year === wanted) {
    return region.populationReferenceDate
      ? { year, note: `1 January ${year} (${printed})` }
      : { year, note: `1 January ${year} (${printed})`, dateReason: `the seed prints no reference date; compared with 1 January ${year}` };
  }
  return { year, note: `1 January ${year}, nearest available to ${wanted} (${printed})`, dateReason: `no CBS population for ${wanted}; the nearest year ${year} was used` };
}

function reasonsFor(
  c: Omit<PopulationComparison, 'reasons'>,
  rows: readonly Membership[],
  layerRows: readonly Membership[],
  region: ReportedRegion,
  dateReason: string | undefined,
  contradictions: readonly SeedContradiction[],
  pop: ReadonlyMap<GmCode, number>,
): DiscrepancyReason[] {
  const reasons: DiscrepancyReason[] = [];
  if (c.memberCount === 0) reasons.push({ kind: 'no-members', text: 'the seeds give no member list for this region, so nothing can be computed' });
  for (const x of contradictions) reasons.push({ kind: 'seed-contradiction', text: x.note });
  const names = new Set([region.regionName, region.canonicalName, ...rows.map((r) => r.regionName)]);
  for (const m of layerRows) {
    const alt = alternativeRegion(m.note);
    if (!alt) continue;
    const inRegion = rows.includes(m);
    if (inRegion) reasons.push({ kind: 'membership-doubt', text: `${m.code} is placed here, alternative: ${alt} (${m.confidence})` });
    else if (names.has(alt)) reasons.push({ kind: 'membership-doubt', text: `${m.code} is placed in ${m.regionName}, but could belong here (${m.confidence})` });
  }
  const additional = rows.filter((r) => !r.primary);
  if (additional.length) {
    const list = additional.map((r) => `${r.code}${pop.has(r.code) ? ` (${pop.get(r.code)})` : ''}`).join(', ');
    reasons.push({ kind: 'additional-membership', text: `the computed figure includes additional (non-primary) memberships the source declares: ${list}` });
  }
  const doubtful: Confidence[] = ['knowledge'];
  for (const m of rows.filter((r) => doubtful.includes(r.confidence))) reasons.push({ kind: 'membership-doubt', text: `${m.code} is placed from general knowledge only` });
  if (c.missingPopulation.length) reasons.push({ kind: 'missing-population', text: `no CBS population for ${c.missingPopulation.join(', ')} in ${c.populationYear}` });
  if (dateReason) reasons.push({ kind: 'reference-date', text: dateReason });
  if (c.estimated) reasons.push({ kind: 'estimated-population', text: 'a member was split between geometry years; its figure was divided by area share' });
  const derived = rows.filter((r) => r.confidence === 'derived').length;
  if (derived) reasons.push({ kind: 'derived-membership', text: `${derived} of ${rows.length} membership rows are derived, not named in the text (see their evidence)` });
  if (!reasons.length) {
    const kinds = [...new Set(rows.map((r) => r.confidence))].join('/');
    reasons.push({ kind: 'unexplained', text: `no reason in the data: membership rows ${kinds}, reference date printed, no known contradiction` });
  }
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
    const { year, note, dateReason } = comparisonYear(region, layer, available);
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
      populationYearNote: note,
      memberCount: codes.length,
      missingPopulation: missing,
      estimated,
      difference,
      relativeDifference,
      source: region.source,
    };
    const differs = relativeDifference === null || Math.abs(relativeDifference) > threshold;
    const contradictions = input.contradictions.filter((x) => x.layerId === region.layerId && x.regionId === region.regionId);
    return { ...comparison, reasons: differs ? reasonsFor(comparison, rows, layerRows, region, dateReason, contradictions, pop?.byCode ?? new Map()) : [] };
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
