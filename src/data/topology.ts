/**
 * Turns the app's municipality topology (written by geo/build.ts) into what the map and the domain
 * need: municipalities, their adjacency, features, and region borders drawn with topojson-client's
 * mesh (milliseconds, where a turf union would take seconds).
 */
import { feature, mesh, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GmCode, Municipality } from '../domain/types.ts';
import { displayName, type NameCorrection } from '../domain/names.ts';

/** Properties of a municipality in the app's topology. */
export interface MunicipalityProps {
  code: GmCode;
  name: string;
}

/**
 * The app's topology: one object `municipalities`, and the label points of the shipped layers'
 * regions by member key (written by the geo build; see src/map/labels.ts), [longitude, latitude].
 */
export type MunicipalityTopology = Topology<{ municipalities: GeometryCollection<MunicipalityProps> }> & {
  labelPoints?: Record<string, [number, number]>;
};

/** Whether a value is a [longitude, latitude] pair. */
function isLngLat(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    Math.abs(value[0] as number) <= 180 &&
    Math.abs(value[1] as number) <= 90
  );
}

/** The code and name of a municipality geometry. */
const props = (g: { properties?: unknown }) => g.properties as MunicipalityProps;

/** Checks that a parsed JSON document is the app's municipality topology. */
export function asMunicipalityTopology(json: unknown): MunicipalityTopology {
  const topo = json as MunicipalityTopology;
  const geometries = topo?.objects?.municipalities?.geometries;
  if (topo?.type !== 'Topology' || !Array.isArray(geometries) || geometries.some((g) => typeof props(g)?.code !== 'string')) {
    throw new Error('not a Regioscoop municipality topology (expected object "municipalities" with code/name)');
  }
  const points = topo.labelPoints as unknown;
  if (points !== undefined && (typeof points !== 'object' || points === null || Array.isArray(points) || !Object.values(points).every(isLngLat))) {
    throw new Error('the topology\'s label points are not [longitude, latitude] pairs by member key');
  }
  return topo;
}

/** The topology with official display names where a correction covers a code of this year (in place). */
export function withDisplayNames(topo: MunicipalityTopology, year: number, corrections: readonly NameCorrection[]): MunicipalityTopology {
  for (const g of topo.objects.municipalities.geometries) {
    const p = props(g);
    p.name = displayName(p.code, year, p.name, corrections);
  }
  return topo;
}

/** The municipalities of a topology, in file order. */
export function municipalitiesOf(topo: MunicipalityTopology): Municipality[] {
  return topo.objects.municipalities.geometries.map((g) => ({ code: props(g).code, name: props(g).name }));
}

/** Which municipalities share a border, from the topology's shared arcs. */
export function adjacencyOf(topo: MunicipalityTopology): Map<GmCode, Set<GmCode>> {
  const geometries = topo.objects.municipalities.geometries;
  const lists = neighbors(geometries as never);
  const adjacency = new Map<GmCode, Set<GmCode>>();
  geometries.forEach((g, i) => {
    adjacency.set(props(g).code, new Set(lists[i].map((j) => props(geometries[j]).code)));
  });
  return adjacency;
}

/** Municipality polygons as GeoJSON features with code and name. */
export function municipalityFeatures(topo: MunicipalityTopology): FeatureCollection<Polygon | MultiPolygon, MunicipalityProps> {
  return feature(topo, topo.objects.municipalities) as FeatureCollection<Polygon | MultiPolygon, MunicipalityProps>;
}

/** Lines where two different regions meet, and the outer coastline/border of regioned areas. */
export function regionBorders(topo: MunicipalityTopology, regionOf: ReadonlyMap<GmCode, string>): MultiLineString {
  return mesh(topo, topo.objects.municipalities as never, (a: unknown, b: unknown) => {
    const ra = regionOf.get((a as { properties: MunicipalityProps }).properties.code);
    const rb = regionOf.get((b as { properties: MunicipalityProps }).properties.code);
    return a === b || ra !== rb;
  });
}

/** The outline of a group of municipalities (a region): arcs with the group on one side only. */
export function outlineOf(topo: MunicipalityTopology, codes: ReadonlySet<GmCode>): MultiLineString {
  return mesh(topo, topo.objects.municipalities as never, (a: unknown, b: unknown) => {
    const inA = codes.has((a as { properties: MunicipalityProps }).properties.code);
    const inB = codes.has((b as { properties: MunicipalityProps }).properties.code);
    return a === b ? inA : inA !== inB;
  });
}

/**
 * Municipalities on the edge of the map (the sea, the national border): those owning an arc that no
 * other municipality shares. Enclave and donut checks need it, since adjacency cannot see the edge.
 */
export function exteriorOf(topo: MunicipalityTopology): Set<GmCode> {
  const geometries = topo.objects.municipalities.geometries;
  const owners = new Map<number, Set<number>>();
  const walk = (arcs: unknown, owner: number): void => {
    if (typeof arcs === 'number') {
      const arc = arcs < 0 ? ~arcs : arcs;
      const set = owners.get(arc) ?? new Set<number>();
      set.add(owner);
      owners.set(arc, set);
    } else if (Array.isArray(arcs)) for (const a of arcs) walk(a, owner);
  };
  geometries.forEach((g, i) => walk((g as { arcs?: unknown }).arcs, i));
  const exterior = new Set<GmCode>();
  for (const users of owners.values()) if (users.size === 1) exterior.add(props(geometries[[...users][0]]).code);
  return exterior;
}
