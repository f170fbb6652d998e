/** State changes, as plain functions next to the store. */
import { useStore, type LayerStatus, type ViewState } from './store.ts';
import { layers, loadMemberships, loadPopulation, loadTopology } from '../data/repository.ts';
import { adjacencyOf, municipalitiesOf } from '../data/topology.ts';
import { buildLayerView, populationForYear } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';
import type { Lang } from '../i18n/messages.ts';
import { exploreForLayer } from './exploreActions.ts';

/** Shows another layer; selection stays when the municipality exists there. */
export function selectLayer(layerId: string): void {
  if (!layers.some((l) => l.id === layerId)) return;
  useStore.setState((s) => ({ layerId, explore: exploreForLayer(s.explore, layerId) }));
  void ensureLayer(layerId);
}

/** Selects a municipality (or clears the selection with null). */
export function selectMunicipality(code: GmCode | null): void {
  useStore.setState({ selected: code });
}

/** Switches the interface language. */
export function setLang(lang: Lang): void {
  useStore.setState({ lang });
  document.documentElement.lang = lang;
}

/**
 * Sets the municipalities the map draws hatched (an empty list clears the marks) and what the hatch
 * means in the legend, in words (null: the generic "marked municipalities").
 */
export function setMarked(codes: readonly GmCode[], label: string | null = null): void {
  useStore.setState({ markedCodes: codes, markedLabel: codes.length ? label : null });
}

/** Shows or hides the table twin of the map. */
export function setShowTable(showTable: boolean): void {
  useStore.setState({ showTable });
}

/** Replaces the whole view (from the URL or a saved view). */
export function applyView(view: ViewState): void {
  useStore.setState(view);
  document.documentElement.lang = view.lang;
  void ensureLayer(view.layerId);
}

/** Shows a notice to the user (null hides it). */
export function setNotice(notice: string | null): void {
  useStore.setState({ notice });
}

/** Loads a layer's geometry, memberships and population and joins them, once per layer. */
export async function ensureLayer(layerId: string): Promise<void> {
  const current = useStore.getState().layerStatus[layerId];
  if (current && current.state !== 'error') return;
  const layer = layers.find((l) => l.id === layerId);
  if (!layer) return;
  const setStatus = (status: LayerStatus) =>
    useStore.setState((s) => ({ layerStatus: { ...s.layerStatus, [layerId]: status } }));
  setStatus({ state: 'loading' });
  try {
    const [topology, memberships, population] = await Promise.all([loadTopology(layer.geometryYear), loadMemberships(layer), loadPopulation()]);
    const { populationYear, population: populationOf } = populationForYear(population, layer.geometryYear);
    const view = buildLayerView(layer, memberships, municipalitiesOf(topology), adjacencyOf(topology), populationOf, populationYear);
    setStatus({ state: 'ready', view, topology });
  } catch (error) {
    setStatus({ state: 'error', message: (error as Error).message });
  }
}
