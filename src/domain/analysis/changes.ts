import type { GmCode, Membership } from '../types.ts';
import { crossTabulate } from './crossTab.ts';
import { indexLayer, toIndex } from './layerIndex.ts';
import type { LayerIndex, LayerSource, MunicipalChange, PopulationMap } from './types.ts';

/** A region as named in one round. */
export interface RegionRef {
  regionId: string;
  regionName: string;
}

/** What happened to a region between two rounds. */
export type RegionChange =
  | { kind: 'unchanged'; region: RegionRef }
  /** Same members, other id or name. */
  | { kind: 'renamed'; from: RegionRef; to: RegionRef }
  /** The same region with members gained or lost. */
  | { kind: 'changed'; from: RegionRef; to: RegionRef; gained: GmCode[]; lost: GmCode[] }
  | { kind: 'split'; from: RegionRef; to: RegionRef[] }
  | { kind: 'merged'; from: RegionRef[]; to: RegionRef }
  /** None of its members were placed in the earlier round. */
  | { kind: 'new'; to: RegionRef }
  /** None of its members are placed in the later round. */
  | { kind: 'disappeared'; from: RegionRef };

/** A municipality that changed partners: its region before and after. */
export interface MunicipalityMove {
  code: GmCode;
  from: RegionRef;
  to: RegionRef;
}

/** A municipality of the earlier geometry year that ceased to exist, followed to its successors. */
export interface FollowedMunicipality {
  code: GmCode;
  name: string;
  from: RegionRef;
  successors: { code: GmCode; name: string; areaShare: number; to: RegionRef | null }[];
}

/** Changes between two rounds of a domain (possibly on different geometry years). */
export interface RoundChanges {
  moved: MunicipalityMove[];
  regions: RegionChange[];
  /** Municipalities merged or dissolved between the geometry years, followed to their successors. */
  followed: FollowedMunicipality[];
  /** Municipalities of the earlier round (or their successors) that the later round does not place. */
  missing: GmCode[];
  /** Municipalities of the later round with no predecessor placed by the earlier round. */
  added: GmCode[];
}

/** Options of `roundChanges`. */
export interface RoundChangesOptions {
  /** Population of the later geometry year; best matches use municipality counts without it. */
  population?: PopulationMap;
  /** Rows of data/municipal_changes.csv, used when the two rounds have different geometry years. */
  municipalChanges?: readonly MunicipalChange[];
  beforeYear?: number;
  afterYear?: number;
}

/** A successor of a municipality with the share of the original area it received. */
export interface Successor {
  code: GmCode;
  name: string;
  areaShare: number;
}

/**
 * Follows a municipality of `fromYear` through the municipal changes up to `toYear`: itself when it did
 * not change, else its successors (chains followed, shares multiplied, duplicates summed).
 */
export function successorsOf(
  code: GmCode,
  fromYear: number,
  toYear: number,
  changes: readonly MunicipalChange[],
): Successor[] {
  const byCode = new Map<GmCode, MunicipalChange[]>();
  for (const change of changes) {
    const list = byCode.get(change.fromCode);
    if (list) list.push(change);
    else byCode.set(change.fromCode, [change]);
  }
  return follow(code, fromYear, toYear, byCode, code);
}

function follow(
  code: GmCode,
  fromYear: number,
  toYear: number,
  byCode: ReadonlyMap<GmCode, readonly MunicipalChange[]>,
  name: string,
): Successor[] {
  const result = new Map<GmCode, Successor>();
  const visit = (current: GmCode, currentName: string, year: number, share: number) => {
    // A change row applies when it starts in or after the year reached and ends by the target year.
    const next = (byCode.get(current) ?? []).filter(
      (c) => c.fromYear >= year && c.toYear > c.fromYear && c.toYear <= toYear,
    );
    if (next.length === 0) {
      const found = result.get(current);
      if (found) found.areaShare += share;
      else result.set(current, { code: current, name: currentName, areaShare: share });
      return;
    }
    const firstYear = Math.min(...next.map((c) => c.fromYear));
    for (const c of next) if (c.fromYear === firstYear) visit(c.toCode, c.toName, c.toYear, share * c.areaShare);
  };
  visit(code, name, fromYear, 1);
  return [...result.values()];
}

/**
 * Changes between two rounds of one domain: municipalities that moved (from region -> to region), and
 * regions split, merged, renamed, changed, new or disappeared. When the rounds use different geometry
 * years, municipalities that ceased to exist are followed to their successors (given as
 * `municipalChanges`) instead of being reported missing; the earlier round is compared in the later
 * year's municipalities, each successor taking the region of its largest predecessor.
 */
export function roundChanges(before: LayerSource, after: LayerSource, options: RoundChangesOptions = {}): RoundChanges {
  const population = options.population ?? new Map<GmCode, number>();
  const original = toIndex(before);
  const later = toIndex(after);
  const { translated, followed } = translate(original, options, population);
  const tab = crossTabulate(translated, later, population);
  const bestB = new Map<string, string>();
  const bestA = new Map<string, string>();
  tab.bestB.forEach((j, i) => {
    if (j >= 0) bestB.set(translated.partition[i], later.partition[j]);
  });
  tab.bestA.forEach((i, j) => {
    if (i >= 0) bestA.set(later.partition[j], translated.partition[i]);
  });
  const refA = (id: string): RegionRef => ({ regionId: id, regionName: translated.regionName.get(id) ?? id });
  const refB = (id: string): RegionRef => ({ regionId: id, regionName: later.regionName.get(id) ?? id });

  const moved: MunicipalityMove[] = [];
  for (const code of tab.common) {
    const from = translated.regionOf.get(code)!;
    const to = later.regionOf.get(code)!;
    if (bestB.get(from) !== to && bestA.get(to) !== from) moved.push({ code, from: refA(from), to: refB(to) });
  }

  const regions: RegionChange[] = [];
  const orderB = new Map(later.regionIds.map((id, i) => [id, i]));
  const orderA = new Map(translated.regionIds.map((id, i) => [id, i]));
  const partsOf = new Map<string, Set<string>>();
  const sourcesOf = new Map<string, Set<string>>();
  const addTo = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  };
  for (const [a, b] of bestB) {
    addTo(partsOf, a, b);
    addTo(sourcesOf, b, a);
  }
  for (const [b, a] of bestA) {
    addTo(partsOf, a, b);
    addTo(sourcesOf, b, a);
  }
  const split = new Set<string>();
  const merged = new Set<string>();
  for (const a of translated.regionIds) {
    const parts = partsOf.get(a);
    if (!translated.membersOf.has(a)) continue;
    if (!parts) {
      regions.push({ kind: 'disappeared', from: refA(a) });
    } else if (parts.size >= 2) {
      split.add(a);
      const to = [...parts].sort((x, y) => orderB.get(x)! - orderB.get(y)!).map(refB);
      regions.push({ kind: 'split', from: refA(a), to });
    }
  }
  for (const b of later.regionIds) {
    const sources = sourcesOf.get(b);
    if (!later.membersOf.has(b)) continue;
    if (!sources) {
      regions.push({ kind: 'new', to: refB(b) });
    } else if (sources.size >= 2) {
      merged.add(b);
      const from = [...sources].sort((x, y) => orderA.get(x)! - orderA.get(y)!).map(refA);
      regions.push({ kind: 'merged', from, to: refB(b) });
    }
  }
  for (const a of translated.regionIds) {
    const b = bestB.get(a);
    if (b === undefined || bestA.get(b) !== a || split.has(a) || merged.has(b)) continue;
    const membersA = translated.membersOf.get(a)!;
    const membersB = later.membersOf.get(b)!;
    const setA = new Set(membersA);
    const setB = new Set(membersB);
    const gained = membersB.filter((c) => !setA.has(c));
    const lost = membersA.filter((c) => !setB.has(c));
    const from = refA(a);
    const to = refB(b);
    if (gained.length > 0 || lost.length > 0) regions.push({ kind: 'changed', from, to, gained, lost });
    else if (from.regionId === to.regionId && from.regionName === to.regionName) {
      regions.push({ kind: 'unchanged', region: to });
    } else regions.push({ kind: 'renamed', from, to });
  }

  const missing = tab.onlyInA.filter((code) => !later.regionOf.has(code));
  const added = tab.onlyInB;
  for (const f of followed) {
    for (const s of f.successors) {
      const region = later.regionOf.get(s.code);
      s.to = region === undefined ? null : refB(region);
    }
  }
  return { moved, regions, followed, missing, added };
}

/**
 * Expresses the earlier round in the later year's municipalities. Each successor takes the primary
 * region of the predecessor with the largest weight (area share x population, or area share alone
 * when the predecessor's population is unknown).
 */
function translate(
  original: LayerIndex,
  options: RoundChangesOptions,
  population: PopulationMap,
): { translated: LayerIndex; followed: FollowedMunicipality[] } {
  const changes = options.municipalChanges ?? [];
  const { beforeYear, afterYear } = options;
  if (changes.length === 0 || beforeYear === undefined || afterYear === undefined || beforeYear >= afterYear) {
    return { translated: original, followed: [] };
  }
  const byCode = new Map<GmCode, MunicipalChange[]>();
  const names = new Map<GmCode, string>();
  for (const change of changes) {
    const list = byCode.get(change.fromCode);
    if (list) list.push(change);
    else byCode.set(change.fromCode, [change]);
    names.set(change.fromCode, change.fromName);
  }
  const winner = new Map<GmCode, { row: Membership; weight: number }>();
  const followed: FollowedMunicipality[] = [];
  for (const [code, regionId] of original.regionOf) {
    const row = original.rowsOf.get(code)!.find((r) => r.primary)!;
    const successors = follow(code, beforeYear, afterYear, byCode, names.get(code) ?? code);
    const continues = successors.length === 1 && successors[0].code === code;
    if (!continues) {
      followed.push({
        code,
        name: names.get(code) ?? code,
        from: { regionId, regionName: original.regionName.get(regionId) ?? regionId },
        successors: successors.map((s) => ({ ...s, to: null })),
      });
    }
    for (const s of successors) {
      const weight = s.areaShare * (population.get(code) ?? 1);
      const current = winner.get(s.code);
      if (!current || weight > current.weight) winner.set(s.code, { row: { ...row, code: s.code }, weight });
    }
  }
  return { translated: indexLayer([...winner.values()].map((w) => w.row)), followed };
}
