import type { GmCode, Layer, Membership } from './types.ts';

/** One problem found in a layer's data. */
export interface ValidationIssue {
  layerId: string;
  kind: 'unknown-code' | 'missing-municipality' | 'multiple-primary' | 'overlap-not-declared' | 'region-count' | 'missing-population';
  message: string;
  codes: GmCode[];
}

/** A municipality found in more than one region (or with more than one primary row), with those regions in row order. */
export interface CodeInRegions {
  code: GmCode;
  regionIds: string[];
}

/**
 * What a layer's membership rows say about the municipalities of its geometry year: the facts every
 * check of memberships reads (the load-time check, the import of a round, the analysis' sanity
 * checks). Every list is in the order of the rows, white spots in the order of `municipalities`.
 */
export interface MembershipFindings {
  /** Codes in the rows that the geometry year does not have. */
  unknownCodes: GmCode[];
  /** Municipalities of the geometry year in no row at all. */
  whiteSpots: GmCode[];
  /** Municipalities with rows but no primary row. */
  withoutPrimary: GmCode[];
  /** Municipalities with more than one primary row. */
  primaryDuplicates: CodeInRegions[];
  /** Municipalities in more than one region, primary or not: overlap, allowed only when the layer declares it. */
  inSeveralRegions: CodeInRegions[];
  /** The number of distinct regions in the rows. */
  regionCount: number;
}

/** The one reading of a layer's membership rows against the municipalities of its geometry year. */
export function membershipFindings(
  rows: readonly Pick<Membership, 'code' | 'regionId' | 'primary'>[],
  municipalities: ReadonlySet<GmCode>,
): MembershipFindings {
  const regionsOf = new Map<GmCode, string[]>();
  const primaryRegionsOf = new Map<GmCode, string[]>();
  const regions = new Set<string>();
  for (const row of rows) {
    regions.add(row.regionId);
    const ofCode = regionsOf.get(row.code);
    if (!ofCode) regionsOf.set(row.code, [row.regionId]);
    else if (!ofCode.includes(row.regionId)) ofCode.push(row.regionId);
    if (row.primary) primaryRegionsOf.set(row.code, [...(primaryRegionsOf.get(row.code) ?? []), row.regionId]);
  }
  const codes = [...regionsOf.keys()];
  const several = (of: ReadonlyMap<GmCode, string[]>) =>
    [...of].filter(([, regionIds]) => regionIds.length > 1).map(([code, regionIds]) => ({ code, regionIds }));
  return {
    unknownCodes: codes.filter((code) => !municipalities.has(code)),
    whiteSpots: [...municipalities].filter((code) => !regionsOf.has(code)),
    withoutPrimary: codes.filter((code) => !primaryRegionsOf.has(code)),
    primaryDuplicates: several(primaryRegionsOf),
    inSeveralRegions: several(regionsOf),
    regionCount: regions.size,
  };
}

/**
 * Checks a layer's memberships against the municipalities of its geometry year: every code exists,
 * every municipality has exactly one primary region, a municipality is in two regions only when the
 * layer declares overlap, and the region count equals the count the source states.
 */
export function validateLayer(layer: Layer, memberships: readonly Membership[], municipalities: ReadonlySet<GmCode>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const issue = (kind: ValidationIssue['kind'], message: string, codes: GmCode[]) =>
    issues.push({ layerId: layer.id, kind, message: `${layer.id}: ${message}`, codes });
  const found = membershipFindings(memberships, municipalities);

  const unknown = found.unknownCodes;
  if (unknown.length) issue('unknown-code', `${unknown.length} code(s) not in the municipalities of ${layer.geometryYear}`, unknown);
  const noPrimary = new Set([...found.whiteSpots, ...found.withoutPrimary]);
  const missing = [...municipalities].filter((code) => noPrimary.has(code));
  if (missing.length) issue('missing-municipality', `${missing.length} municipality(ies) in no region (white spots)`, missing);
  const multiple = found.primaryDuplicates.map((d) => d.code);
  if (multiple.length) issue('multiple-primary', `${multiple.length} municipality(ies) with more than one primary region`, multiple);
  if (!layer.allowsOverlap) {
    const twice = found.inSeveralRegions.map((d) => d.code);
    if (twice.length) issue('overlap-not-declared', `${twice.length} municipality(ies) in two regions, but the layer declares no overlap`, twice);
  }
  if (layer.expectedRegions !== null && found.regionCount !== layer.expectedRegions) {
    issue('region-count', `${found.regionCount} regions, the source states ${layer.expectedRegions}`, []);
  }
  return issues;
}

/**
 * The checks the app runs on a layer when it loads it (the same as for an imported round): the
 * layer's own checks, and the population of its year for every municipality (a population file cut
 * short must not make regions look smaller). `population` is null when the nearest population year
 * is another year (2011 uses 2012): its codes differ by the mergers, so coverage is not checked.
 * An empty list means the layer can be trusted.
 */
export function checkLoadedLayer(
  layer: Layer,
  memberships: readonly Membership[],
  municipalities: ReadonlySet<GmCode>,
  population: ReadonlyMap<GmCode, number> | null,
): ValidationIssue[] {
  const issues = layer.membershipStatus === 'complete' ? validateLayer(layer, memberships, municipalities) : [];
  const withoutPopulation = population ? [...municipalities].filter((code) => !population.has(code)) : [];
  if (withoutPopulation.length) {
    issues.push({
      layerId: layer.id,
      kind: 'missing-population',
      message: `${layer.id}: ${withoutPopulation.length} municipality(ies) without a CBS population`,
      codes: withoutPopulation,
    });
  }
  return issues;
}
