/**
 * Camera arithmetic shared by both renderers: Web Mercator with 512-pixel tiles, as MapLibre uses, so
 * that a centre and zoom mean the same view whichever renderer draws it (and in a shared link).
 */
import type { Camera } from './types.ts';

/** The Netherlands' bounding box (west, south, east, north) for the initial view. */
export const NL_BOUNDS: readonly [number, number, number, number] = [3.31, 50.75, 7.23, 53.56];

/** The zoom range both renderers allow (about the whole country to a few streets). */
export const ZOOM_RANGE = { min: 5, max: 14 } as const;

/** The centre range a camera may have: the Netherlands with a margin. */
export const CENTRE_RANGE = { lng: [2, 8.5], lat: [50, 54.5] } as const;

/** World size in pixels at zoom 0 (MapLibre's tile size). */
const TILE = 512;

/** Mercator position of a longitude/latitude in world pixels at zoom 0 (0..512 on both axes). */
export function mercator([lng, lat]: readonly [number, number]): [number, number] {
  const x = (TILE * (lng + 180)) / 360;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = (TILE * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)));
  return [x, y];
}

/** The longitude/latitude of a Mercator position in world pixels at zoom 0. */
export function unmercator([x, y]: readonly [number, number]): [number, number] {
  const lng = (x / TILE) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / TILE;
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n));
  return [lng, lat];
}

/** Whether a camera lies in the ranges above (a link or saved view may carry anything). */
export function isValidCamera(camera: unknown): camera is Camera {
  const c = camera as Camera | null;
  if (!c || !Array.isArray(c.center) || c.center.length !== 2) return false;
  const [lng, lat] = c.center;
  const finite = [lng, lat, c.zoom].every((v) => typeof v === 'number' && Number.isFinite(v));
  return (
    finite &&
    lng >= CENTRE_RANGE.lng[0] &&
    lng <= CENTRE_RANGE.lng[1] &&
    lat >= CENTRE_RANGE.lat[0] &&
    lat <= CENTRE_RANGE.lat[1] &&
    c.zoom >= ZOOM_RANGE.min &&
    c.zoom <= ZOOM_RANGE.max
  );
}

/** A camera rounded for a link: about a metre in position, a hundredth of a zoom level. */
export function roundCamera(camera: Camera): Camera {
  const r = (v: number, digits: number) => Number(v.toFixed(digits));
  return { center: [r(camera.center[0], 5), r(camera.center[1], 5)], zoom: r(camera.zoom, 2) };
}

/** Reads `lng,lat,zoom` as written by cameraToParam; null when malformed or out of range. */
export function cameraFromParam(text: string): Camera | null {
  if (!isCameraParam(text)) return null;
  const [lng, lat, zoom] = text.split(',').map(Number);
  const camera: Camera = { center: [lng, lat], zoom };
  return isValidCamera(camera) ? camera : null;
}

/** Whether a link's camera is written as three plain decimals `lng,lat,zoom` (in range or not). */
export function isCameraParam(text: string): boolean {
  const parts = text.split(',');
  return parts.length === 3 && parts.every((p) => /^-?\d{1,3}(\.\d{1,8})?$/.test(p));
}

/** Writes a camera as `lng,lat,zoom` for a link. */
export function cameraToParam(camera: Camera): string {
  const c = roundCamera(camera);
  return `${c.center[0]},${c.center[1]},${c.zoom}`;
}

/** Clamps a zoom level to the allowed range. */
export function clampZoom(zoom: number): number {
  return Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, zoom));
}

/** The space around a fitted box, in CSS pixels. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Padding given as one number for every side, or per side. */
export type PaddingOption = number | Padding;

function sides(padding: PaddingOption): Padding {
  return typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
}

/**
 * The camera that shows a longitude/latitude box in a viewport of `width` x `height` CSS pixels with
 * `padding` around it, no closer than `maxZoom` (the same result as MapLibre's fitBounds).
 */
export function fitBounds(
  [west, south, east, north]: readonly [number, number, number, number],
  width: number,
  height: number,
  padding: PaddingOption = 12,
  maxZoom: number = ZOOM_RANGE.max,
): Camera {
  const p = sides(padding);
  const [x0, y0] = mercator([west, north]);
  const [x1, y1] = mercator([east, south]);
  const innerW = Math.max(1, width - p.left - p.right);
  const innerH = Math.max(1, height - p.top - p.bottom);
  const scale = Math.min(innerW / Math.max(x1 - x0, 1e-9), innerH / Math.max(y1 - y0, 1e-9));
  const zoom = clampZoom(Math.min(maxZoom, Math.log2(scale)));
  const k = 2 ** zoom;
  // The box's centre sits at the centre of the padded area, which is off the viewport's centre
  // when the padding is uneven.
  const cx = (x0 + x1) / 2 - (p.left - p.right) / 2 / k;
  const cy = (y0 + y1) / 2 - (p.top - p.bottom) / 2 / k;
  return { center: unmercator([cx, cy]), zoom };
}

/** A camera as a screen transform: screen = world(zoom 0) * k + [x, y]. */
export interface ScreenTransform {
  k: number;
  x: number;
  y: number;
}

/** The screen transform of a camera in a viewport. */
export function cameraTransform(camera: Camera, width: number, height: number): ScreenTransform {
  const k = 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.center);
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}

/** The camera of a screen transform in a viewport. */
export function transformCamera(t: ScreenTransform, width: number, height: number): Camera {
  const cx = (width / 2 - t.x) / t.k;
  const cy = (height / 2 - t.y) / t.k;
  return { center: unmercator([cx, cy]), zoom: Math.log2(t.k) };
}
