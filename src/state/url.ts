/**
 * The view state as a URL hash: versioned and validated, so that a shared link still opens after
 * the app changes, and a malformed one opens the default view with a notice instead of failing.
 */
import { DEFAULT_VIEW, type ViewState } from './store.ts';
import { isGmCode } from '../data/parse.ts';
import type { Layer } from '../domain/types.ts';
import { cameraFromParam, cameraToParam } from '../map/camera.ts';
import { analysisFromParams, analysisToParams } from './analysis.ts';
import { exploreFromParams, exploreToParams } from './explore.ts';

/** The current version of the hash format. */
export const URL_VERSION = 1;

/** Serialises a view to a hash (without the leading #). */
export function viewToHash(view: ViewState): string {
  const params = new URLSearchParams({ v: String(URL_VERSION), layer: view.layerId, lang: view.lang });
  if (view.selected) params.set('sel', view.selected);
  if (view.showTable) params.set('table', '1');
  analysisToParams(view.analysis, params);
  exploreToParams(view.explore, params);
  if (view.camera) params.set('cam', cameraToParam(view.camera));
  return params.toString();
}

/** A parsed hash: the view, and what was wrong with the link if anything. */
export interface ParsedHash {
  view: ViewState;
  problem: string | null;
}

/** Reads a view from a hash; unknown or malformed values fall back to the default view. */
export function hashToView(hash: string, layers: readonly Layer[]): ParsedHash {
  const text = hash.replace(/^#/, '');
  if (text === '') return { view: DEFAULT_VIEW, problem: null };
  const params = new URLSearchParams(text);
  const fail = (problem: string): ParsedHash => ({ view: DEFAULT_VIEW, problem });
  if (params.get('v') !== String(URL_VERSION)) return fail(`unknown link version "${params.get('v') ?? ''}"`);
  const layerId = params.get('layer') ?? DEFAULT_VIEW.layerId;
  if (!layers.some((l) => l.id === layerId)) return fail(`unknown division "${layerId}"`);
  const lang = params.get('lang') ?? DEFAULT_VIEW.lang;
  if (lang !== 'nl' && lang !== 'en') return fail(`unknown language "${lang}"`);
  const sel = params.get('sel');
  if (sel !== null && !isGmCode(sel)) return fail(`"${sel}" is not a CBS municipality code`);
  const { analysis, problem } = analysisFromParams(params, layers);
  if (problem) return fail(problem);
  const explored = exploreFromParams(params, layers, layerId);
  if (explored.problem) return fail(explored.problem);
  // A camera out of range (an old or edited link) is left out; the rest of the view still opens.
  const cam = params.get('cam');
  const camera = cam === null ? null : cameraFromParam(cam);
  const view: ViewState = { layerId, lang, selected: sel, showTable: params.get('table') === '1', analysis, explore: explored.explore, camera };
  return { view, problem: cam !== null && !camera ? `camera "${cam.slice(0, 40)}" out of range` : null };
}
