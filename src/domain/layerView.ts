import { balancedColouring, regionAdjacency } from './colouring.ts';
import type { GmCode, Layer, Membership, Municipality } from './types.ts';

/** How many palette colours the map spreads regions over (the palette has more for overflow). */
export const MAP_COLOURS = 7;

/** A member municipality as shown in a region's list. */
export interface MemberView {
  code: GmCode;
  name: string;
  /** CBS population on 1 January of the population year; null when CBS has no figure. */
  population: number | null;
  primary: boolean;
  subregionName?: string;
  confidence: Membership['confidence'];
}

/** A region of a layer with its members (primary and additional) and computed population. */
export interface RegionView {
  id: string;
  name: string;
  members: MemberView[];
  /** Sum of the members' population (primary members only); null when a member has no figure. */
  population: number | null;
  /** Index into the palette; neighbouring regions differ. */
  colourIndex: number;
}

/** Everything the map and the panels show for one layer in its geometry year. */
export interface LayerView {
  layer: Layer;
  populationYear: number | null;
  /** Primary region of every placed municipality. */
  regionOf: Map<GmCode, string>;
  regions: Map<string, RegionView>;
  /** All memberships per municipality (primary first). */
  membershipsOf: Map<GmCode, Membership[]>;
  municipalityName: Map<GmCode, string>;
  /** Population per municipality in `populationYear` (see populationForGeometry: one rule for the whole app). */
  population: ReadonlyMap<GmCode, number>;
  /** Municipalities whose figure was estimated by area share (the population year is not the geometry year). */
  populationEstimated: ReadonlySet<GmCode>;
  colourCount: number;
}

/**
 * Joins a layer's memberships to the municipalities of its geometry year and their population, and
 * colours its regions so that neighbours differ. Built once per layer; the render path only reads it.
 */
export function buildLayerView(
  layer: Layer,
  memberships: readonly Membership[],
  municipalities: readonly Municipality[],
  adjacency: ReadonlyMap<GmCode, ReadonlySet<GmCode>>,
  population: ReadonlyMap<GmCode, number>,
  populationYear: number | null,
  populationEstimated: ReadonlySet<GmCode> = new Set(),
): LayerView {
  const municipalityName = new Map(municipalities.map((m) => [m.code, m.name]));
  const regionOf = new Map<GmCode, string>();
  const membershipsOf = new Map<GmCode, Membership[]>();
  const regions = new Map<string, RegionView>();
  for (const m of memberships) {
    if (m.primary) regionOf.set(m.code, m.regionId);
    const list = membershipsOf.get(m.code) ?? [];
    if (m.primary) list.unshift(m);
    else list.push(m);
    membershipsOf.set(m.code, list);
    let region = regions.get(m.regionId);
    if (!region) {
      region = { id: m.regionId, name: m.regionName, members: [], population: 0, colourIndex: 0 };
      regions.set(m.regionId, region);
    }
    region.members.push({
      code: m.code,
      name: municipalityName.get(m.code) ?? m.code,
      population: population.get(m.code) ?? null,
      primary: m.primary,
      subregionName: m.subregionName,
      confidence: m.confidence,
    });
  }
  for (const region of regions.values()) {
    region.members.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    let sum: number | null = 0;
    for (const member of region.members) {
      if (!member.primary) continue;
      sum = member.population === null || sum === null ? null : sum + member.population;
    }
    region.population = sum;
  }
  const colours = balancedColouring(regionAdjacency(regionOf, adjacency), MAP_COLOURS);
  for (const [id, index] of colours) regions.get(id)!.colourIndex = index;
  const colourCount = colours.size ? Math.max(...colours.values()) + 1 : 0;
  return { layer, populationYear, regionOf, regions, membershipsOf, municipalityName, population, populationEstimated, colourCount };
}

/** One row of the table twin of the map. */
export interface MunicipalityRow {
  code: GmCode;
  name: string;
  /** Primary region name, then any additional regions; empty when unplaced. */
  regionNames: string[];
  population: number | null;
  /** Confidence of the primary membership; null when unplaced. */
  confidence: Membership['confidence'] | null;
}

/** Every municipality of the layer's geometry year with its region(s), in name order. */
export function municipalityRows(view: LayerView): MunicipalityRow[] {
  const rows: MunicipalityRow[] = [];
  for (const [code, name] of view.municipalityName) {
    const names = (view.membershipsOf.get(code) ?? []).map((m) => (m.subregionName ? `${m.regionName} (${m.subregionName})` : m.regionName));
    const primary = view.membershipsOf.get(code)?.[0];
    rows.push({ code, name, regionNames: [...new Set(names)], population: view.population.get(code) ?? null, confidence: primary?.confidence ?? null });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
