/**
 * The data overview: one row per layer with what is known about it (regions, coverage, membership
 * status, source, confidence mix, population discrepancies). The view model of the sortable
 * data-overview table and its CSV export; pure, computed once from the loaded data.
 */
import type { GmCode, Layer, LayerStatus, LocalText, Membership, MembershipStatus, Municipality, PopulationRecord, Source } from './types.ts';
import { confidenceMix, type ConfidenceMix, type MunicipalChange, type ReportedRegion, type SeedContradiction } from './provenance.ts';
import { compareReportedPopulations, populationDiscrepancies, type PopulationComparison } from './discrepancies.ts';
import { checkLoadedLayer, type ValidationIssue } from './validate.ts';

/** One row of the data overview. */
export interface DataOverviewRow {
  id: string;
  domain: string;
  label: LocalText;
  kind: Layer['kind'];
  referenceDate: string;
  geometryYear: number;
  /** Distinct regions in the membership rows; null when the membership is unknown. */
  regionsComputed: number | null;
  /** The number of regions the source states; null when it states none. */
  regionsStated: number | null;
  /** Municipalities of the geometry year with at least one membership row. */
  municipalitiesPlaced: number;
  /** Municipalities of the geometry year (0 when that year's municipalities are not loaded). */
  municipalitiesOfYear: number;
  /** placed / of the year, 0-1; null when the membership is unknown or the year is not loaded. */
  coverage: number | null;
  membershipStatus: MembershipStatus;
  /** The layer's source (cited through data/documents.json by the UI). */
  source: Source;
  /** For CBS division-years: official, carried over or a nearest-year fill; null for inventory rounds. */
  status: LayerStatus | null;
  /** Membership rows per confidence (worded by src/i18n, e.g. `in de tekst 87, afgeleid 321`). */
  confidenceMix: ConfidenceMix;
  /** Regions with a population printed in the seeds. */
  reportedRegions: number;
  /** Reported regions whose figure differs by more than 1 % from the computed one, or cannot be computed. */
  discrepancies: number;
  /** What the load-time check finds in the layer's files (the same check as when the map shows it). */
  problems: ValidationIssue[];
  /** Why the layer's member list could not be read; null when it was read. */
  loadError: string | null;
}

/** The reported regions, contradictions and municipal changes the discrepancy count needs. */
export interface OverviewEvidence {
  reported: readonly ReportedRegion[];
  changes: readonly MunicipalChange[];
  contradictions: readonly SeedContradiction[];
  clusters?: ReadonlyMap<string, ReadonlyMap<GmCode, readonly string[]>>;
  /** Layers whose member list could not be read, with the reason. */
  loadErrors?: ReadonlyMap<string, string>;
}

const NO_EVIDENCE: OverviewEvidence = { reported: [], changes: [], contradictions: [] };

/** Municipalities of a year, given as a list or as a set of codes. */
type MunicipalitiesOfYear = readonly Municipality[] | ReadonlySet<GmCode>;

const codesOf = (m: MunicipalitiesOfYear | undefined): ReadonlySet<GmCode> =>
  m === undefined ? new Set() : 'has' in m ? m : new Set(m.map((x) => x.code));

/**
 * One overview row per layer, in the layers' order. Without `evidence` the discrepancy columns are
 * 0; with it they come from compareReportedPopulations.
 */
export function dataOverview(
  layers: readonly Layer[],
  memberships: ReadonlyMap<string, readonly Membership[]>,
  population: readonly PopulationRecord[],
  municipalitiesByYear: ReadonlyMap<number, MunicipalitiesOfYear>,
  evidence: OverviewEvidence = NO_EVIDENCE,
): DataOverviewRow[] {
  const comparisons: PopulationComparison[] = evidence.reported.length
    ? compareReportedPopulations({ layers, memberships, population, ...evidence })
    : [];
  const discrepant = populationDiscrepancies(comparisons);
  // The population of each year, indexed once (the load-time check of a layer needs its year's).
  const populationByYear = new Map<number, Map<GmCode, number>>();
  for (const p of population) {
    if (!populationByYear.has(p.year)) populationByYear.set(p.year, new Map());
    populationByYear.get(p.year)!.set(p.code, p.population);
  }
  return layers.map((layer) => {
    const rows = memberships.get(layer.id) ?? [];
    const known = layer.membershipStatus === 'complete';
    const ofYear = codesOf(municipalitiesByYear.get(layer.geometryYear));
    const placed = new Set(rows.map((m) => m.code).filter((c) => ofYear.has(c))).size;
    const mix = confidenceMix(rows);
    const loadError = evidence.loadErrors?.get(layer.id) ?? null;
    const problems = loadError || ofYear.size === 0 ? [] : checkLoadedLayer(layer, rows, ofYear, populationByYear.get(layer.geometryYear) ?? null);
    return {
      id: layer.id,
      domain: layer.domain,
      label: layer.label,
      kind: layer.kind,
      referenceDate: layer.referenceDate,
      geometryYear: layer.geometryYear,
      regionsComputed: known ? new Set(rows.map((m) => m.regionId)).size : null,
      regionsStated: layer.expectedRegions,
      municipalitiesPlaced: placed,
      municipalitiesOfYear: ofYear.size,
      coverage: known && ofYear.size ? placed / ofYear.size : null,
      membershipStatus: layer.membershipStatus,
      source: layer.source,
      status: layer.provenance?.status ?? null,
      confidenceMix: mix,
      reportedRegions: comparisons.filter((c) => c.layerId === layer.id).length,
      discrepancies: discrepant.filter((c) => c.layerId === layer.id).length,
      problems,
      loadError,
    };
  });
}
