/**
 * The view state as a URL hash: versioned and validated, so that a shared link still opens after
 * the app changes, and a malformed one opens the default view with a notice instead of failing.
 */
import { DEFAULT_VIEW, type ViewState } from './store.ts';
import { isGmCode } from '../data/parse.ts';
import type { Layer } from '../domain/types.ts';
import { analysisFromParams, analysisToParams } from './analysis.ts';
import { exploreFromParams, exploreToParams } from './explore.ts';

/** What a region id may look like in a link. */
const REGION_ID = /^[\w.-]{1,80}$/;

/** The current version of the hash format. */
export const URL_VERSION = 1;

/** Serialises a view to a hash (without the leading #). */
export function viewToHash(view: ViewState): string {
  const params = new URLSearchParams({ v: String(URL_VERSION), layer: view.layerId, lang: view.lang });
  if (view.selected) params.set('sel', view.selected);
  if (view.region) params.set('region', view.region);
  if (view.showTable) params.set('table', '1');
  analysisToParams(view.analysis, params);
  exploreToParams(view.explore, params);
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
  const region = params.get('region');
  // A region id of the data (e.g. j-food-valley, ZK13); whether the layer has it is shown on the region page.
  if (region !== null && !REGION_ID.test(region)) return fail(`"${region.slice(0, 40)}" is not a region id`);
  const { analysis, problem } = analysisFromParams(params, layers);
  if (problem) return fail(problem);
  const explored = exploreFromParams(params, layers, layerId);
  if (explored.problem) return fail(explored.problem);
  return { view: { layerId, lang, selected: sel, region, showTable: params.get('table') === '1', analysis, explore: explored.explore }, problem: null };
}
