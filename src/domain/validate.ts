import type { GmCode, Layer, Membership } from './types.ts';

/** One problem found in a layer's data. */
export interface ValidationIssue {
  layerId: string;
  kind: 'unknown-code' | 'missing-municipality' | 'multiple-primary' | 'overlap-not-declared' | 'region-count' | 'missing-population';
  message: string;
  codes: GmCode[];
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

  const unknown = memberships.filter((m) => !municipalities.has(m.code)).map((m) => m.code);
  if (unknown.length) issue('unknown-code', `${unknown.length} code(s) not in the municipalities of ${layer.geometryYear}`, unknown);

  const primaries = new Map<GmCode, number>();
  const regionsOf = new Map<GmCode, Set<string>>();
  for (const m of memberships) {
    if (m.primary) primaries.set(m.code, (primaries.get(m.code) ?? 0) + 1);
    if (!regionsOf.has(m.code)) regionsOf.set(m.code, new Set());
    regionsOf.get(m.code)!.add(m.regionId);
  }
  const missing = [...municipalities].filter((code) => !primaries.has(code));
  if (missing.length) issue('missing-municipality', `${missing.length} municipality(ies) in no region (white spots)`, missing);
  const multiple = [...primaries].filter(([, n]) => n > 1).map(([code]) => code);
  if (multiple.length) issue('multiple-primary', `${multiple.length} municipality(ies) with more than one primary region`, multiple);
  if (!layer.allowsOverlap) {
    const twice = [...regionsOf].filter(([, regions]) => regions.size > 1).map(([code]) => code);
    if (twice.length) issue('overlap-not-declared', `${twice.length} municipality(ies) in two regions, but the layer declares no overlap`, twice);
  }
  const regionCount = new Set(memberships.map((m) => m.regionId)).size;
  if (layer.expectedRegions !== null && regionCount !== layer.expectedRegions) {
    issue('region-count', `${regionCount} regions, the source states ${layer.expectedRegions}`, []);
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
