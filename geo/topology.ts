import type { Topology, GeometryCollection } from 'topojson-specification';

/** Municipalities per CBS geometry year (1 January), as published by CBS. */
export const EXPECTED_MUNICIPALITIES: Record<number, number> = {
  2011: 418,
  2012: 415,
  2013: 408,
  2014: 403,
  2015: 393,
};

/** The geometry years, oldest first: the geo build writes one topology per year; the app offers the years it finds built. */
export const GEOMETRY_YEARS: readonly number[] = Object.keys(EXPECTED_MUNICIPALITIES).map(Number).sort((a, b) => a - b);

/** The name of the single object in the app's topology. */
const MUNICIPALITY_OBJECT = 'municipalities';

/** A problem with a CBS source file, reported to the user with the file's path. */
export class GeoSourceError extends Error {}

/** Properties the app keeps per municipality. */
export interface MunicipalityProperties {
  code: string;
  name: string;
}

/**
 * Turns a CBS gemeente topology into the app's: one object `municipalities`, properties reduced to
 * code and name, the municipality count checked against CBS's count for the year.
 */
export function prepareTopology(raw: unknown, year: number): Topology<{ municipalities: GeometryCollection<MunicipalityProperties> }> {
  const topo = raw as Partial<Topology>;
  if (!topo || topo.type !== 'Topology' || !Array.isArray(topo.arcs) || typeof topo.objects !== 'object') {
    throw new GeoSourceError('not a TopoJSON topology (expected type "Topology" with arcs and objects)');
  }
  const objects = Object.values(topo.objects as Record<string, unknown>);
  if (objects.length !== 1) throw new GeoSourceError(`expected one object, found ${objects.length}`);
  const collection = objects[0] as GeometryCollection<{ statcode?: unknown; statnaam?: unknown }>;
  if (collection.type !== 'GeometryCollection' || !Array.isArray(collection.geometries)) {
    throw new GeoSourceError('the object is not a GeometryCollection');
  }
  const seen = new Set<string>();
  const geometries = collection.geometries.map((geometry, index) => {
    const properties = geometry.properties as { statcode?: unknown; statnaam?: unknown } | undefined;
    const code = properties?.statcode;
    const name = properties?.statnaam;
    if (typeof code !== 'string' || !/^GM\d{4}$/.test(code) || typeof name !== 'string') {
      throw new GeoSourceError(`geometry ${index} has no valid statcode/statnaam`);
    }
    if (seen.has(code)) throw new GeoSourceError(`${code} occurs twice`);
    seen.add(code);
    const { type, arcs } = geometry as { type: string; arcs: unknown };
    return { type, arcs, properties: { code, name } };
  });
  const expected = EXPECTED_MUNICIPALITIES[year];
  if (expected !== undefined && geometries.length !== expected) {
    throw new GeoSourceError(`${geometries.length} municipalities, CBS counts ${expected} for ${year}`);
  }
  return {
    type: 'Topology',
    transform: topo.transform,
    arcs: topo.arcs,
    objects: { [MUNICIPALITY_OBJECT]: { type: 'GeometryCollection', geometries } },
  } as Topology<{ municipalities: GeometryCollection<MunicipalityProperties> }>;
}
