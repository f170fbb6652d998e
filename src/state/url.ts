/**
 * The view state as a URL hash: versioned (urlMigrations.ts) and read field by field
 * (urlFields.ts), so that a shared link still opens after the app changes, and a link with a stale
 * or malformed value opens everything else it asks for, with a notice naming what was left out.
 */
import { DEFAULT_VIEW, type ViewState } from './store.ts';
import { isGmCode } from '../data/parse.ts';
import type { Layer } from '../domain/types.ts';
import type { LayerView } from '../domain/layerView.ts';
import { cameraFromParam, cameraToParam, isCameraParam } from '../map/camera.ts';
import { analysisFromParams, analysisToParams } from './analysis.ts';
import { exploreFromParams, exploreToParams } from './explore.ts';
import { DropList, firstValues, LINK_FIELDS, type DroppedField } from './urlFields.ts';
import { migrateParams, URL_VERSION } from './urlMigrations.ts';

/** What a region id may look like in a link. */
const REGION_ID = /^[\w.-]{1,80}$/;

/** Serialises a view to a hash (without the leading #). */
export function viewToHash(view: ViewState): string {
  const params = new URLSearchParams({ v: String(URL_VERSION), layer: view.layerId, lang: view.lang });
  if (view.selected) params.set('sel', view.selected);
  if (view.region) params.set('region', view.region);
  if (view.showTable) params.set('table', '1');
  analysisToParams(view.analysis, params);
  exploreToParams(view.explore, params);
  if (view.camera) params.set('cam', cameraToParam(view.camera));
  return params.toString();
}

/** The id of a round imported in a browser (src/data/layerRegistry.ts). */
const IMPORTED_ID = /^import-[a-z0-9_-]+$/;

/** A parsed hash: the view, the fields it left out, and an English summary of them (null: none). */
export interface ParsedHash {
  view: ViewState;
  dropped: readonly DroppedField[];
  problem: string | null;
  /** Imported layers the link names that this browser does not have (the rest of the view opens). */
  missingImported?: string[];
}

/**
 * Whether a hash is an in-page anchor (`#panel`, the skip link's target) rather than a link to a
 * view: a view's hash always has `name=value` fields.
 */
export function isInPageAnchor(hash: string): boolean {
  return /^#?[A-Za-z][\w-]*$/.test(hash);
}

function readFields(params: URLSearchParams, layers: readonly Layer[], drops: DropList): ViewState {
  const byId = new Map(layers.map((l) => [l.id, l]));
  let layerId = params.get('layer') ?? DEFAULT_VIEW.layerId;
  if (!byId.has(layerId)) {
    drops.drop('layer', layerId, 'unknownLayer');
    layerId = DEFAULT_VIEW.layerId;
  }
  let lang = DEFAULT_VIEW.lang;
  const langText = params.get('lang');
  if (langText === 'nl' || langText === 'en') lang = langText;
  else if (langText !== null) drops.drop('lang', langText, 'unknownLanguage');
  const sel = params.get('sel');
  if (sel !== null && !isGmCode(sel)) drops.drop('sel', sel, 'notACode');
  // A region id of the data (e.g. j-food-valley, ZK13); whether the layer has it, linkedPlaces checks once it has loaded.
  const regionText = params.get('region');
  const region = regionText !== null && REGION_ID.test(regionText) ? regionText : null;
  if (regionText !== null && region === null) drops.drop('region', regionText, 'notARegionId');
  const table = params.get('table');
  if (table !== null && table !== '0' && table !== '1') drops.drop('table', table, 'notASwitch');
  const analysis = analysisFromParams(params, layers, drops);
  const explore = exploreFromParams(params, layers, byId.get(layerId)!, drops);
  const cam = params.get('cam');
  const camera = cam === null ? null : cameraFromParam(cam);
  if (cam !== null && !camera) drops.drop('cam', cam, isCameraParam(cam) ? 'outOfRange' : 'notACamera');
  for (const key of new Set(params.keys())) if (!LINK_FIELDS.has(key)) drops.drop(key, params.get(key) ?? '', 'unknownField');
  return { layerId, lang, selected: sel !== null && isGmCode(sel) ? sel : null, region, showTable: table === '1', analysis, explore, camera };
}

/**
 * The municipality and the region page a link asks for, checked against its layer once that has
 * loaded: a code the geometry year lacks (GM9999, or a municipality merged away) and a region the
 * layer lacks are dropped from the view and reported, as a control could not have chosen them.
 */
export function linkedPlaces(view: Pick<ViewState, 'selected' | 'region'>, layerView: LayerView): Pick<ViewState, 'selected' | 'region'> & { dropped: DroppedField[] } {
  const drops = new DropList();
  let { selected, region } = view;
  if (selected !== null && !layerView.municipalityName.has(selected)) {
    drops.drop('sel', selected, 'notInYear');
    selected = null;
  }
  if (region !== null && !layerView.regions.has(region)) {
    drops.drop('region', region, 'notInLayer');
    region = null;
  }
  return { selected, region, dropped: drops.items };
}

/** Reads a view from a hash, field by field: what is valid opens, what is not is listed in `dropped`. */
export function hashToView(hash: string, layers: readonly Layer[]): ParsedHash {
  const text = hash.replace(/^#/, '');
  if (text === '' || isInPageAnchor(text)) return { view: DEFAULT_VIEW, dropped: [], problem: null };
  const drops = new DropList();
  // One value per field first (a repeated one is reported), so that what follows sees the value that opens.
  const raw = firstValues(new URLSearchParams(text), drops);
  // An imported layer lives in the browser that imported it: leave it out, open the rest, say which.
  const missingImported = [...new Set([...raw.values()].flatMap((v) => v.split(',')).filter((id) => IMPORTED_ID.test(id) && !layers.some((l) => l.id === id)))];
  for (const [key, value] of [...raw.entries()]) {
    if (!missingImported.length) break;
    const kept = value.split(',').filter((id) => !missingImported.includes(id));
    if (kept.length === 0) raw.delete(key);
    else raw.set(key, kept.join(','));
  }
  const params = migrateParams(raw, drops);
  const view = readFields(params, layers, drops);
  const dropped = drops.items;
  const problem = dropped.length ? dropped.map((d) => `${d.field}: ${d.reason}`).join('; ') : null;
  return { view, dropped, problem, ...(missingImported.length ? { missingImported } : {}) };
}
