/**
 * A region's page: its members with CBS code and population, reported versus computed population
 * with the likely reasons, every source, doubts, how it fits the other divisions of its geometry
 * year (agreement) and how it changed between rounds of its domain. Pure: built from loaded data.
 */
import { regionCongruence, roundChanges, type PopulationMap, type RegionChange } from '../analysis/index.ts';
import type { PopulationComparison } from '../discrepancies.ts';
import { documentIdsOf } from '../citations.ts';
import { doubtsOf, type Doubt } from '../doubts.ts';
import type { LayerView, RegionView } from '../layerView.ts';
import type { GmCode, Layer, Membership, Source } from '../types.ts';

/** A layer with its memberships. */
export interface LayerRows {
  layer: Layer;
  memberships: readonly Membership[];
}

/** How the region fits one other division: the region of that division holding most of its population. */
export interface RegionFit {
  layer: Layer;
  /** `same` members; lies `within` it; `contains` it and more; `partly` in it; `unplaced` by that division. */
  kind: 'same' | 'within' | 'contains' | 'partly' | 'unplaced';
  regionName: string;
  /** Share of the region's population in that region (0-1). */
  share: number;
  /** How many other regions of that division hold the rest. */
  otherParts: number;
}

/** The region in another round of its domain. */
export interface RegionRoundChange {
  layer: Layer;
  kind: 'same' | 'changed' | 'gone';
  /** The matching region's name(s) in the other round. */
  regionNames: string[];
  /** Members of this region not in its main match in the other round (the region holding most of them), and the reverse. */
  onlyHere: GmCode[];
  onlyThere: GmCode[];
}

/** Everything the region page shows. */
export interface RegionPage {
  layer: Layer;
  region: RegionView;
  /** The reported (printed) region and its comparison; null when no source prints a figure for it. */
  comparison: PopulationComparison | null;
  /** Every cited document once: the layer's, each membership's, the printed figure's. */
  sources: Source[];
  doubts: Doubt[];
  fits: RegionFit[];
  changes: RegionRoundChange[];
}

/** One source per cited document (a row may cite several), with the sections it is cited for. */
export function perDocument(sources: readonly Source[]): Source[] {
  const sections = new Map<string, Set<string>>();
  for (const s of sources) {
    for (const id of documentIdsOf(s)) {
      const set = sections.get(id) ?? new Set<string>();
      if (s.section) set.add(s.section);
      sections.set(id, set);
    }
  }
  return [...sections].map(([document, set]) => (set.size ? { document, section: [...set].join('; ') } : { document }));
}

/** The primary memberships of a region, by code. */
const membersOfRegion = (rows: readonly Membership[], regionId: string) => new Set(rows.filter((m) => m.primary && m.regionId === regionId).map((m) => m.code));

function fitOf(layer: Layer, regionId: string, own: readonly Membership[], other: readonly Membership[], population: PopulationMap): RegionFit {
  const congruence = regionCongruence(own.filter((m) => m.primary), other.filter((m) => m.primary), population).find((c) => c.region.regionId === regionId);
  const best = congruence?.bestMatch;
  if (!congruence || !best) return { layer, kind: 'unplaced', regionName: '', share: 0, otherParts: 0 };
  const mine = membersOfRegion(own, regionId);
  const theirs = membersOfRegion(other, best.regionId);
  const contains = [...theirs].every((c) => mine.has(c));
  const kind = congruence.whole ? (contains ? 'same' : 'within') : contains ? 'contains' : 'partly';
  return { layer, kind, regionName: best.regionName, share: congruence.congruence, otherParts: congruence.parts.length - 1 };
}

/** Where this region's side of a round change names it. */
function involves(change: RegionChange, regionId: string, side: 'before' | 'after'): boolean {
  const ref = (r: { regionId: string }) => r.regionId === regionId;
  switch (change.kind) {
    case 'unchanged':
      return ref(change.region);
    case 'new':
      return side === 'after' && ref(change.to);
    case 'disappeared':
      return side === 'before' && ref(change.from);
    case 'merged':
      return side === 'before' ? change.from.some(ref) : ref(change.to);
    case 'split':
      return side === 'before' ? ref(change.from) : change.to.some(ref);
    default:
      return ref(side === 'before' ? change.from : change.to);
  }
}

function changeIn(layer: Layer, thisLayer: Layer, regionId: string, own: readonly Membership[], other: readonly Membership[]): RegionRoundChange {
  const earlier = layer.referenceDate < thisLayer.referenceDate;
  const changes = earlier ? roundChanges(other, own) : roundChanges(own, other);
  const side = earlier ? 'after' : 'before';
  const change = changes.regions.find((c) => involves(c, regionId, side));
  const mine = membersOfRegion(own, regionId);
  const names = new Map(other.map((m) => [m.regionId, m.regionName]));
  // The regions of the other round that hold this region's members, the one with most of them first.
  const count = new Map<string, number>();
  for (const m of other) if (m.primary && mine.has(m.code)) count.set(m.regionId, (count.get(m.regionId) ?? 0) + 1);
  const theirIds = [...count].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  if (!change || change.kind === 'new' || change.kind === 'disappeared' || theirIds.length === 0) {
    return { layer, kind: 'gone', regionNames: [], onlyHere: [...mine], onlyThere: [] };
  }
  const theirs = membersOfRegion(other, theirIds[0]);
  const onlyHere = [...mine].filter((c) => !theirs.has(c));
  const onlyThere = [...theirs].filter((c) => !mine.has(c));
  return { layer, kind: onlyHere.length || onlyThere.length ? 'changed' : 'same', regionNames: theirIds.map((id) => names.get(id) ?? id), onlyHere, onlyThere };
}

/**
 * The page of one region of the shown layer, or null when the layer has no such region. `others`
 * are the layers of the same geometry year (divisions and rounds) with their memberships.
 */
export function regionPage(view: LayerView, regionId: string, comparisons: readonly PopulationComparison[], others: readonly LayerRows[]): RegionPage | null {
  const region = view.regions.get(regionId);
  if (!region) return null;
  const own = [...view.membershipsOf.values()].flat();
  const comparison = comparisons.find((c) => c.layerId === view.layer.id && c.regionId === regionId) ?? null;
  const codes = new Set(region.members.map((m) => m.code));
  const cited = [view.layer.source, ...own.filter((m) => m.regionId === regionId).map((m) => m.source), ...(comparison ? [comparison.source] : [])];
  const doubts = doubtsOf(view.membershipsOf, view.municipalityName).filter((d) => codes.has(d.code) || d.alternative === region.name);
  const comparable = others.filter((o) => o.layer.id !== view.layer.id && o.layer.membershipStatus === 'complete' && o.layer.geometryYear === view.layer.geometryYear);
  const fits = comparable.filter((o) => o.layer.domain !== view.layer.domain || o.layer.kind !== view.layer.kind).map((o) => fitOf(o.layer, regionId, own, o.memberships, view.population));
  const changes = comparable
    .filter((o) => o.layer.domain === view.layer.domain && o.layer.kind === view.layer.kind)
    .sort((a, b) => a.layer.referenceDate.localeCompare(b.layer.referenceDate))
    .map((o) => changeIn(o.layer, view.layer, regionId, own, o.memberships));
  return { layer: view.layer, region, comparison, sources: perDocument(cited), doubts, fits, changes };
}
