/** The comparison of two rounds of one domain as the map and the change list show it (pure). */
import { roundChanges, type MunicipalChange, type RoundChanges } from '../../domain/analysis/index.ts';
import type { LayerView } from '../../domain/layerView.ts';
import type { GmCode, Layer, Membership } from '../../domain/types.ts';

/** Two rounds in time order, what changed between them, and the municipalities to mark. */
export interface CompareModel {
  before: Layer;
  after: Layer;
  changes: RoundChanges;
  /** Municipalities whose partners changed: moved, or members of a region that split, merged or is new. */
  changed: ReadonlySet<GmCode>;
  /** Members (primary, in the later round) of each later region, for the lists of splits and mergers. */
  membersOf: ReadonlyMap<string, GmCode[]>;
}

function rowsOf(view: LayerView): Membership[] {
  return [...view.membershipsOf.values()].flat();
}

/** Whether comparing the shown layer with `b` needs the municipal changes between their years. */
export function needsMunicipalChanges(a: Layer, b: Layer): boolean {
  return a.geometryYear !== b.geometryYear;
}

/**
 * Compares two rounds of a domain (given in any order; the earlier geometry year, then the earlier
 * reference date, comes first). Rounds on different geometry years need the municipal changes.
 */
export function compareRounds(x: LayerView, y: LayerView, municipalChanges: readonly MunicipalChange[] = []): CompareModel {
  const earlier = x.layer.geometryYear - y.layer.geometryYear || x.layer.referenceDate.localeCompare(y.layer.referenceDate);
  const [before, after] = earlier <= 0 ? [x, y] : [y, x];
  const changes = roundChanges(rowsOf(before), rowsOf(after), {
    population: after.population,
    municipalChanges,
    beforeYear: before.layer.geometryYear,
    afterYear: after.layer.geometryYear,
  });
  const membersOf = new Map<string, GmCode[]>();
  for (const [code, regionId] of after.regionOf) {
    const list = membersOf.get(regionId) ?? [];
    list.push(code);
    membersOf.set(regionId, list);
  }
  const changed = new Set<GmCode>(changes.moved.map((m) => m.code));
  for (const change of changes.regions) {
    const targets = change.kind === 'split' ? change.to : change.kind === 'merged' || change.kind === 'new' ? [change.to] : [];
    for (const region of targets) for (const code of membersOf.get(region.regionId) ?? []) changed.add(code);
  }
  return { before: before.layer, after: after.layer, changes, changed, membersOf };
}
