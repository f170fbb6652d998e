/**
 * The exploring part of the view state (outlined layers, subregion borders, fill opacity, the round
 * compared with) and its URL parameters, plus the session state that is never put in a link
 * (presenter mode, a camera to jump to, saved views). Only values that differ from the default are
 * written to the URL, so old v=1 links open with the defaults and keep their meaning.
 */
import type { Layer } from '../domain/types.ts';
import type { Camera } from '../map/types.ts';
import { OVERLAY_LINES } from '../map/lineStyles.ts';

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

/** Reads the exploring view from URL parameters; a bad value is a problem, a missing one the default. */
export function exploreFromParams(params: URLSearchParams, layers: readonly Layer[], layerId: string): { explore: ExploreView; problem: string | null } {
  const fail = (problem: string) => ({ explore: DEFAULT_EXPLORE, problem });
  const known = (id: string) => layers.some((l) => l.id === id);
  const overlays = params.get('ov') ? params.get('ov')!.split(',') : [];
  const unknown = overlays.find((id) => !known(id));
  if (unknown !== undefined) return fail(`unknown division "${unknown}"`);
  if (overlays.length > OVERLAY_LINES.length || new Set(overlays).size !== overlays.length) return fail('too many or repeated outlines');
  const sub = params.get('sub');
  if (sub !== null && sub !== '0' && sub !== '1') return fail(`bad subregion switch "${sub}"`);
  const op = params.get('op');
  const percent = op === null ? null : Number(op);
  if (percent !== null && !(Number.isInteger(percent) && percent >= OPACITY_MIN * 100 && percent <= 100)) return fail(`bad opacity "${op}"`);
  const lbl = params.get('lbl');
  if (lbl !== null && lbl !== '0' && lbl !== '1') return fail(`bad label switch "${lbl}"`);
  const cmp = params.get('rnd');
  if (cmp !== null) {
    const a = layers.find((l) => l.id === cmp);
    const b = layers.find((l) => l.id === layerId);
    if (!a || !b || a.domain !== b.domain || a.id === b.id) return fail(`"${cmp}" is not another round of the shown division`);
  }
  return {
    explore: { overlays, subregions: sub !== '0', fillOpacity: percent === null ? DEFAULT_EXPLORE.fillOpacity : percent / 100, compareWith: cmp, labels: lbl !== '0' },
    problem: null,
  };
}
