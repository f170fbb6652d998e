/**
 * The exploring part of the view state (outlined layers, subregion borders, fill opacity, the round
 * compared with) and its URL parameters, plus the session state that is never put in a link
 * (presenter mode, a camera to jump to, saved views). Only values that differ from the default are
 * written to the URL, so old v=1 links open with the defaults and keep their meaning.
 */
import type { Layer } from '../domain/types.ts';
import { comparable } from '../domain/roundComparison.ts';
import { integerProblem, listItems, strictInteger, strictSwitch, type DropList } from './urlFields.ts';
import type { Camera } from '../map/types.ts';

/** What the map shows besides the fill layer. */
export interface ExploreView {
  /** Layers drawn as outlines on top of the fill, in slot (line style) order. */
  overlays: string[];
  /** Draw borders between subregions (for layers that have them). */
  subregions: boolean;
  /** Opacity of the region fill, 0.1..1. */
  fillOpacity: number;
  /** Another round of the fill layer's domain to compare with; null = no comparison. */
  compareWith: string | null;
  /** Region names on the map. */
  labels: boolean;
}

/** The default: no outlines, subregions shown, nearly opaque fill, no comparison. */
export const DEFAULT_EXPLORE: ExploreView = { overlays: [], subregions: true, fillOpacity: 0.9, compareWith: null, labels: true };

/**
 * The chart a saved view shows in presenter mode: region sizes of the shown layer, the overlap of the
 * shown layer with a second division, the changes since the compared round, or the incongruence list.
 */
export const PRESENTER_CHARTS = ['sizes', 'overlap', 'changes', 'incongruence'] as const;
/** One of PRESENTER_CHARTS. */
export type PresenterChartKind = (typeof PRESENTER_CHARTS)[number];

/** A view the user saved: its URL hash (validated like a link when read), the camera and its chart. */
export interface SavedView {
  id: string;
  title: string;
  hash: string;
  camera: Camera | null;
  chart: PresenterChartKind;
}

/** State of this browser session that links do not carry. */
export interface ExploreSession {
  presenter: boolean;
  /** A camera the map should jump to (set when a saved view is shown). */
  cameraRequest: Camera | null;
  savedViews: SavedView[];
  /** Index into savedViews of the view last shown in presenter mode. */
  savedIndex: number;
}

/** Session defaults: presenter mode off, nothing saved. */
export const DEFAULT_SESSION: ExploreSession = { presenter: false, cameraRequest: null, savedViews: [], savedIndex: -1 };

/**
 * How many further divisions can be outlined at once: one per line style of the map
 * (src/map/lineStyles.ts OVERLAY_LINES has this many; a unit test keeps the two in step).
 */
export const MAX_OVERLAYS = 8;

/** Opacity bounds of the fill slider. */
export const OPACITY_MIN = 0.1;

/** Writes the values that differ from the default into URL parameters. */
export function exploreToParams(view: ExploreView, params: URLSearchParams): void {
  if (view.overlays.length) params.set('ov', view.overlays.join(','));
  if (!view.subregions) params.set('sub', '0');
  if (view.fillOpacity !== DEFAULT_EXPLORE.fillOpacity) params.set('op', String(Math.round(view.fillOpacity * 100)));
  if (view.compareWith) params.set('rnd', view.compareWith);
  if (!view.labels) params.set('lbl', '0');
}

/**
 * Reads the exploring view from URL parameters field by field: a bad value is dropped (into `drops`)
 * and takes its default, the others stay. Only what the controls could have set opens: outlines of
 * divisions whose members are known (one per domain, not the fill layer itself, at most
 * MAX_OVERLAYS), opacity in the slider's 5 % steps, a round the compare panel offers.
 */
export function exploreFromParams(params: URLSearchParams, layers: readonly Layer[], fill: Layer, drops: DropList): ExploreView {
  const byId = new Map(layers.map((l) => [l.id, l]));
  const overlays: string[] = [];
  const ov = params.get('ov');
  for (const id of ov === null ? [] : listItems(ov)) {
    const layer = byId.get(id);
    if (!layer) drops.drop('ov', id, 'unknownLayer');
    else if (layer.membershipStatus !== 'complete') drops.drop('ov', id, 'membersUnknown');
    else if (overlays.includes(id) || id === fill.id || overlays.some((o) => byId.get(o)!.domain === layer.domain)) drops.drop('ov', id, 'repeated');
    else if (overlays.length >= MAX_OVERLAYS) drops.drop('ov', id, 'tooMany');
    else overlays.push(id);
  }
  const switchOf = (key: string, fallback: boolean): boolean => {
    const text = params.get(key);
    if (text === null) return fallback;
    const value = strictSwitch(text);
    if (value === null) drops.drop(key, text, 'notASwitch');
    return value ?? fallback;
  };
  let fillOpacity = DEFAULT_EXPLORE.fillOpacity;
  const op = params.get('op');
  if (op !== null) {
    const percent = strictInteger(op);
    if (percent === null) drops.drop('op', op, integerProblem(op));
    else if (percent < OPACITY_MIN * 100 || percent > 100 || percent % 5 !== 0) drops.drop('op', op, 'outOfRange');
    else fillOpacity = percent / 100;
  }
  let compareWith: string | null = null;
  const rnd = params.get('rnd');
  if (rnd !== null) {
    const other = byId.get(rnd);
    if (!other) drops.drop('rnd', rnd, 'unknownLayer');
    else if (!comparable(fill, other)) drops.drop('rnd', rnd, 'notComparable');
    else compareWith = rnd;
  }
  return { overlays, subregions: switchOf('sub', DEFAULT_EXPLORE.subregions), fillOpacity, compareWith, labels: switchOf('lbl', DEFAULT_EXPLORE.labels) };
}

/** The exploring view kept when the fill layer changes: a comparison only where the new layer allows it. */
export function exploreForLayer(explore: ExploreView, layerId: string, layers: readonly Layer[]): ExploreView {
  const shown = layers.find((l) => l.id === layerId);
  const other = layers.find((l) => l.id === explore.compareWith);
  if (!other || !shown || !comparable(shown, other)) return { ...explore, compareWith: null };
  return explore;
}
