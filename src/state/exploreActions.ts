/** Actions of the exploring features: outlines, opacity, comparison, presenter mode and saved views. */
import { layers } from '../data/repository.ts';
import { comparable } from '../domain/roundComparison.ts';
import type { Camera } from '../map/types.ts';
import { isValidCamera, roundCamera } from '../map/camera.ts';
import { applyView } from './actions.ts';
import { MAX_OVERLAYS, OPACITY_MIN, type ExploreSession, type ExploreView, type PresenterChartKind, type SavedView } from './explore.ts';
import { mergeSavedViews, parseSavedViews, serialiseSavedViews, type ParsedSavedViews } from './savedViewsFile.ts';
import { useStore, type ViewState } from './store.ts';
import { hashToView, viewToHash } from './url.ts';

function setExplore(change: Partial<ExploreView>): void {
  useStore.setState((s) => ({ explore: { ...s.explore, ...change } }));
}

function setSession(change: Partial<ExploreSession>): void {
  useStore.setState((s) => ({ session: { ...s.session, ...change } }));
}

/** Draws a layer's region borders as an outline, or removes it; at most one outline per line style. */
export function toggleOverlay(layerId: string, on: boolean): void {
  const current = useStore.getState().explore.overlays;
  if (on && !current.includes(layerId) && current.length < MAX_OVERLAYS) setExplore({ overlays: [...current, layerId] });
  if (!on) setExplore({ overlays: current.filter((id) => id !== layerId) });
}

/** Shows or hides the region names on the map. */
export function setLabels(labels: boolean): void {
  setExplore({ labels });
}

/** Records where the user moved the map (part of the link; replaces the history entry). */
export function setViewCamera(camera: Camera | null): void {
  useStore.setState({ camera: camera && isValidCamera(camera) ? roundCamera(camera) : null });
}

/** Shows or hides subregion borders. */
export function setSubregions(subregions: boolean): void {
  setExplore({ subregions });
}

/** Sets the fill opacity (clamped to OPACITY_MIN..1, in steps of 0.05). */
export function setFillOpacity(opacity: number): void {
  const clamped = Math.min(1, Math.max(OPACITY_MIN, Math.round(opacity * 20) / 20));
  setExplore({ fillOpacity: clamped });
}

/** Compares the shown round with another round of its domain (null ends the comparison). */
export function setCompareWith(layerId: string | null): void {
  const shown = layers.find((l) => l.id === useStore.getState().layerId);
  const other = layers.find((l) => l.id === layerId);
  setExplore({ compareWith: other && shown && comparable(shown, other) ? other.id : null });
}

/** Enters or leaves presenter mode. */
export function setPresenter(presenter: boolean): void {
  setSession({ presenter });
}

/** Asks the map to jump to a camera (null: nothing pending). */
export function requestCamera(camera: Camera | null): void {
  setSession({ cameraRequest: camera });
}

const STORAGE_KEY = 'regioscoop.savedViews';

function storeSavedViews(savedViews: SavedView[]): void {
  setSession({ savedViews });
  try {
    localStorage.setItem(STORAGE_KEY, serialiseSavedViews(savedViews));
  } catch {
    // Storage may be full or disabled (private mode): the views still last this session.
  }
}

/** Adds saved views (from a workspace file) after the existing ones; a view already there is not added twice. */
export function addSavedViews(views: readonly SavedView[]): void {
  storeSavedViews(mergeSavedViews(useStore.getState().session.savedViews, views));
}

/** Loads the saved views of earlier sessions (views that no longer validate are dropped). */
export function loadSavedViews(): void {
  let text: string | null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    text = null;
  }
  const parsed = text ? parseSavedViews(text, layers) : null;
  setSession({ savedViews: parsed?.ok ? parsed.views : [] });
}

/** The chart that belongs to a view: the changes when comparing rounds, the incongruence list in that mode, else the chosen region chart. */
export function defaultPresenterChart(state: Pick<ViewState, 'explore' | 'analysis'>): PresenterChartKind {
  if (state.explore.compareWith) return 'changes';
  if (state.analysis.tab === 'incongruence') return 'incongruence';
  if (state.analysis.chart === 'overlap') return 'overlap';
  return 'sizes';
}

/** Saves the current view (layer, round, outlines, selection) with the map's camera and its presenter chart. */
export function saveView(title: string, camera: Camera | null, chart: PresenterChartKind = defaultPresenterChart(useStore.getState())): void {
  const state = useStore.getState();
  const view: SavedView = { id: `${Date.now().toString(36)}-${state.session.savedViews.length}`, title, hash: viewToHash(state), camera, chart };
  storeSavedViews([...state.session.savedViews, view]);
}

/** Changes the presenter chart of a saved view. */
export function setSavedViewChart(id: string, chart: PresenterChartKind): void {
  storeSavedViews(useStore.getState().session.savedViews.map((v) => (v.id === id ? { ...v, chart } : v)));
}

/** The saved views as the text of a saved-views file. */
export function savedViewsFileText(): string {
  return serialiseSavedViews(useStore.getState().session.savedViews);
}

/** Adds the views of a saved-views file to the saved views; a refused file changes nothing. */
export function importSavedViews(text: string): ParsedSavedViews {
  const parsed = parseSavedViews(text, layers);
  if (parsed.ok) storeSavedViews(mergeSavedViews(useStore.getState().session.savedViews, parsed.views));
  return parsed;
}

/** Removes a saved view. */
export function deleteSavedView(id: string): void {
  storeSavedViews(useStore.getState().session.savedViews.filter((v) => v.id !== id));
}

/** Shows a saved view in the current language and jumps to its camera. */
export function showSavedView(index: number): void {
  const { session, lang } = useStore.getState();
  const saved = session.savedViews[index];
  if (!saved) return;
  const { view } = hashToView(saved.hash, layers);
  applyView({ ...view, lang });
  setSession({ savedIndex: index, cameraRequest: saved.camera });
}

/** Steps to the next (+1) or previous (-1) saved view, wrapping around. */
export function stepSavedView(direction: 1 | -1): void {
  const { savedViews, savedIndex } = useStore.getState().session;
  if (savedViews.length === 0) return;
  showSavedView((savedIndex + direction + savedViews.length) % savedViews.length);
}
