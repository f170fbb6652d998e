/**
 * Geometry of the SVG map: every municipality's path data, computed once per geometry year in a fixed
 * Mercator plane (world pixels at zoom BASE_ZOOM, origin near the Netherlands). Zoom and pan are a
 * transform on the group that holds them, so a division switch never recomputes a path.
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, MultiLineString } from 'geojson';
import type { GmCode } from '../../domain/types.ts';
import { mercator, type ScreenTransform } from '../camera.ts';
import type { MapScene } from '../types.ts';

/** Path coordinates are world pixels at this zoom, rounded to 0.1 px (well inside the data's generalisation). */
export const BASE_ZOOM = 9;
const SCALE = 2 ** BASE_ZOOM;
/** The plane's origin: the Netherlands' north-west corner, so coordinates stay short. */
const ORIGIN = ((): [number, number] => {
  const [x, y] = mercator([3, 54]);
  return [x * SCALE, y * SCALE];
})();

/** A longitude/latitude in the plane of the path data. */
export function toPlane(lngLat: readonly [number, number]): [number, number] {
  const [x, y] = mercator(lngLat);
  return [x * SCALE - ORIGIN[0], y * SCALE - ORIGIN[1]];
}

const planar = geoTransform({
  point(lng: number, lat: number) {
    const [x, y] = toPlane([lng, lat]);
    this.stream.point(x, y);
  },
});
const pathOf = geoPath(planar).digits(1);

/** The path data of a GeoJSON geometry or feature in the plane ('' when it draws nothing). */
export function planePath(shape: Feature | MultiLineString | null): string {
  return shape ? (pathOf(shape) ?? '') : '';
}

/** The SVG group transform that puts the plane on screen for a camera transform (zoom 0 world units). */
export function groupTransform(t: ScreenTransform): string {
  const s = t.k / SCALE;
  return `translate(${(t.x + ORIGIN[0] * s).toFixed(2)},${(t.y + ORIGIN[1] * s).toFixed(2)}) scale(${s.toPrecision(6)})`;
}

/** The screen position of a point of the plane under a camera transform. */
export function planeToScreen(t: ScreenTransform, [x, y]: readonly [number, number]): [number, number] {
  const s = t.k / SCALE;
  return [(x + ORIGIN[0]) * s + t.x, (y + ORIGIN[1]) * s + t.y];
}

/** Plane units per screen pixel at zoom 0 (patterns are scaled by this over the camera's k). */
export const PLANE_SCALE = SCALE;

/** A screen position of a longitude/latitude under a camera transform. */
export function toScreen(t: ScreenTransform, lngLat: readonly [number, number]): [number, number] {
  const [x, y] = mercator(lngLat);
  return [x * t.k + t.x, y * t.k + t.y];
}

/** Path data and bounding boxes of the municipalities of one geometry year. */
export interface MunicipalityGeometry {
  /** Codes in drawing order (file order). */
  codes: GmCode[];
  path: Map<GmCode, string>;
  /** West, south, east, north in degrees. */
  bounds: Map<GmCode, [number, number, number, number]>;
}

const geometryCache = new WeakMap<MapScene['municipalities'], MunicipalityGeometry>();

/** The bounding box (west, south, east, north) of a municipality's outer rings. */
export function featureBounds(feature: MapScene['municipalities']['features'][number]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const polygon of polygons)
    for (const [lng, lat] of polygon[0]) {
      w = Math.min(w, lng);
      e = Math.max(e, lng);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
  return [w, s, e, n];
}

/** The geometry of a year's municipalities, computed once per feature collection. */
export function municipalityGeometry(municipalities: MapScene['municipalities']): MunicipalityGeometry {
  const cached = geometryCache.get(municipalities);
  if (cached) return cached;
  const geometry: MunicipalityGeometry = { codes: [], path: new Map(), bounds: new Map() };
  for (const f of municipalities.features) {
    const code = f.properties.code;
    geometry.codes.push(code);
    geometry.path.set(code, planePath(f));
    geometry.bounds.set(code, featureBounds(f));
  }
  geometryCache.set(municipalities, geometry);
  return geometry;
}

const linesCache = new WeakMap<MultiLineString, string>();

/** The path data of a border mesh, once per mesh object. */
export function linesPath(lines: MultiLineString | null): string {
  if (!lines) return '';
  let d = linesCache.get(lines);
  if (d === undefined) {
    d = planePath(lines);
    linesCache.set(lines, d);
  }
  return d;
}
