/**
 * Region labels, shared by both renderers and the exports: a label point inside each region (the pole
 * of inaccessibility of its largest part, via polylabel) and a greedy placement that keeps labels from
 * overlapping at the current zoom, larger regions (by population) first.
 */
import polylabel from 'polylabel';
import { merge } from 'topojson-client';
import type { MultiPolygon, Position } from 'geojson';
import type { MunicipalityTopology } from '../data/topology.ts';
import type { LayerView } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';
import { mercator, unmercator } from './camera.ts';

/** A region's label: its text, where it sits (longitude, latitude) and how much it matters. */
export interface RegionLabel {
  regionId: string;
  text: string;
  anchor: [number, number];
  /** Larger goes first when labels collide (the region's population, or its member count). */
  priority: number;
}

/** A label placed on screen: its lines, centre and box in CSS pixels. */
export interface PlacedLabel {
  regionId: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Label points are computed in Mercator pixels at this zoom (about 1,400 px across the country). */
const ANCHOR_ZOOM_SCALE = 256;

const toPlane = (p: Position): [number, number] => {
  const [x, y] = mercator([p[0], p[1]]);
  return [x * ANCHOR_ZOOM_SCALE, y * ANCHOR_ZOOM_SCALE];
};

function ringArea(ring: readonly [number, number][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(sum / 2);
}

/** The label point of a (multi)polygon: the pole of inaccessibility of its largest part. */
export function labelPoint(shape: MultiPolygon): [number, number] | null {
  let best: [number, number][][] | null = null;
  let bestArea = 0;
  for (const polygon of shape.coordinates) {
    const rings = polygon.map((ring) => ring.map(toPlane));
    const area = ringArea(rings[0]) - rings.slice(1).reduce((s, r) => s + ringArea(r), 0);
    if (area > bestArea) {
      best = rings;
      bestArea = area;
    }
  }
  if (!best) return null;
  const [x, y] = polylabel(best, 1);
  return unmercator([x / ANCHOR_ZOOM_SCALE, y / ANCHOR_ZOOM_SCALE]);
}

const anchorCache = new WeakMap<LayerView, Map<string, [number, number]>>();

type Geometries = MunicipalityTopology['objects']['municipalities']['geometries'];

/** The primary members of every region, as topology geometries (the topology's order). */
function regionGeometries(topology: MunicipalityTopology, regionOf: ReadonlyMap<GmCode, string>): Map<string, Geometries> {
  const groups = new Map<string, Geometries>();
  for (const g of topology.objects.municipalities.geometries) {
    const regionId = regionOf.get((g.properties as { code: GmCode }).code);
    if (regionId === undefined) continue;
    const list = groups.get(regionId) ?? [];
    list.push(g);
    groups.set(regionId, list);
  }
  return groups;
}

/**
 * The key of a group of municipalities in a topology's label points (computed ahead by the geo build):
 * its codes, sorted. A region whose members differ has another key, so a stale point is never used.
 */
function memberKey(members: Geometries): string {
  return members
    .map((g) => (g.properties as { code: GmCode }).code)
    .sort()
    .join(',');
}

function anchorOf(topology: MunicipalityTopology, members: Geometries): [number, number] | null {
  return topology.labelPoints?.[memberKey(members)] ?? labelPoint(merge(topology, members as never));
}

/**
 * The label point of every region in `regionOf`, by member key: what the geo build writes into the
 * topology (`labelPoints`) for the shipped layers, so that the app does not compute them at start.
 */
export function labelPointsOf(topology: MunicipalityTopology, regionOf: ReadonlyMap<GmCode, string>): Record<string, [number, number]> {
  const points: Record<string, [number, number]> = {};
  for (const members of regionGeometries(topology, regionOf).values()) {
    const point = labelPoint(merge(topology, members as never));
    if (point) points[memberKey(members)] = point;
  }
  return points;
}

/** The label point of every region of a layer, dissolved from its primary members once per layer. */
export function regionAnchors(topology: MunicipalityTopology, view: LayerView): Map<string, [number, number]> {
  const cached = anchorCache.get(view);
  if (cached) return cached;
  const anchors = new Map<string, [number, number]>();
  for (const [regionId, members] of regionGeometries(topology, view.regionOf)) {
    const point = anchorOf(topology, members);
    if (point) anchors.set(regionId, point);
  }
  anchorCache.set(view, anchors);
  return anchors;
}

/** Layers whose label points are not all in their topology (checked once per layer). */
const notAtHand = new WeakSet<LayerView>();

/**
 * True when the label points of a layer are ready: computed before, or all written into the topology
 * by the geo build (then they are taken at once, and the first map carries its labels).
 */
export function labelsAtHand(topology: MunicipalityTopology, view: LayerView): boolean {
  if (anchorCache.has(view)) return true;
  const known = topology.labelPoints;
  if (!known || notAtHand.has(view)) return false;
  const anchors = new Map<string, [number, number]>();
  for (const [regionId, members] of regionGeometries(topology, view.regionOf)) {
    const point = known[memberKey(members)];
    if (!point) {
      notAtHand.add(view);
      return false;
    }
    anchors.set(regionId, point);
  }
  anchorCache.set(view, anchors);
  return true;
}

/** Work done before giving the browser a turn, in ms: well below the 50 ms of a long task. */
const SLICE_MS = 10;

/**
 * Waits for the next frame to be drawn, then gives other tasks a turn: one slice per frame. (Tasks
 * queued back to back, as with setTimeout(0) or scheduler.yield, may keep the browser from drawing
 * for 100 ms and more.)
 */
function nextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Computes the label points of a layer as regionAnchors does, in slices of a few milliseconds
 * with the browser's turn in between, so that the first map is painted without waiting for its
 * labels and no frame is held up by them. Resolves once regionLabels(topology, view) is ready;
 * rejects with the signal's reason when aborted.
 */
export async function prepareLabels(topology: MunicipalityTopology, view: LayerView, signal?: AbortSignal): Promise<void> {
  if (labelsAtHand(topology, view)) return;
  // The map's colours go on screen first.
  await nextFrame();
  signal?.throwIfAborted();
  const anchors = new Map<string, [number, number]>();
  let sliceStart = performance.now();
  for (const [regionId, members] of regionGeometries(topology, view.regionOf)) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextFrame();
      signal?.throwIfAborted();
      if (anchorCache.has(view)) return;
      sliceStart = performance.now();
    }
    const point = anchorOf(topology, members);
    if (point) anchors.set(regionId, point);
  }
  anchorCache.set(view, anchors);
}

/** The labels of a layer's regions, larger regions first. */
export function regionLabels(topology: MunicipalityTopology, view: LayerView): RegionLabel[] {
  const anchors = regionAnchors(topology, view);
  const labels: RegionLabel[] = [];
  for (const region of view.regions.values()) {
    const anchor = anchors.get(region.id);
    if (!anchor) continue;
    labels.push({ regionId: region.id, text: region.name, anchor, priority: region.population ?? region.members.length });
  }
  return labels.sort((a, b) => b.priority - a.priority || a.text.localeCompare(b.text));
}

/** Average glyph width as a share of the font size (bold sans-serif); errs on the wide side. */
const GLYPH_WIDTH = 0.6;
const LINE_HEIGHT = 1.15;
/** Space kept clear around every label, in CSS pixels. */
const GAP = 3;

/** A label's text on one line, or broken into two at the space, hyphen or slash nearest its middle. */
export function labelLayouts(text: string): string[][] {
  const layouts = [[text]];
  let best = -1;
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '-' && c !== '/') continue;
    if (best < 0 || Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2)) best = i;
  }
  if (best > 0) {
    const cut = text[best] === ' ' ? best : best + 1;
    layouts.push([text.slice(0, cut).trim(), text.slice(cut).trim()]);
  }
  return layouts;
}

/** The box size of a label's lines at a font size, estimated without measuring text. */
export function labelBox(lines: readonly string[], fontSize: number): { width: number; height: number } {
  const longest = Math.max(...lines.map((l) => l.length));
  return { width: longest * fontSize * GLYPH_WIDTH, height: lines.length * fontSize * LINE_HEIGHT };
}

/**
 * Places labels greedily in priority order: each goes on one line, else on two, else is left out, so
 * that no two placed labels overlap and none sticks out of the viewport. More fit as the user zooms in.
 */
export function placeLabels(
  labels: readonly RegionLabel[],
  project: (lngLat: [number, number]) => [number, number],
  viewport: { width: number; height: number },
  fontSize: number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const overlaps = (a: PlacedLabel) =>
    placed.some(
      (b) => Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * GAP && Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * GAP,
    );
  for (const label of labels) {
    const [x, y] = project(label.anchor);
    for (const lines of labelLayouts(label.text)) {
      const { width, height } = labelBox(lines, fontSize);
      const candidate = { regionId: label.regionId, lines, x, y, width, height };
      const inside = x - width / 2 >= 0 && x + width / 2 <= viewport.width && y - height / 2 >= 0 && y + height / 2 <= viewport.height;
      if (inside && !overlaps(candidate)) {
        placed.push(candidate);
        break;
      }
    }
  }
  return placed;
}
