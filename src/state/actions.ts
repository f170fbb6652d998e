/** State changes, as plain functions next to the store. */
import { useStore, type LayerStatus, type Notice, type NoticeSubject, type ViewState } from './store.ts';
import { layers, loadMemberships, loadMunicipalChanges, loadPopulation, loadTopology } from '../data/repository.ts';
import { adjacencyOf, municipalitiesOf } from '../data/topology.ts';
import { buildLayerView } from '../domain/layerView.ts';
import { populationForGeometry } from '../domain/populationByYear.ts';
import type { GmCode } from '../domain/types.ts';
import { checkLoadedLayer } from '../domain/validate.ts';
import { isLanguageLoaded, loadLanguage, translate, type Lang, type MessageKey } from '../i18n/messages.ts';
import { exploreForLayer } from './explore.ts';

/** Shows another layer; the selection stays (the side panel says so when it is no municipality of the new layer's year). */
export function selectLayer(layerId: string): void {
  if (!layers.some((l) => l.id === layerId)) return;
  useStore.setState((s) => ({ layerId, region: s.layerId === layerId ? s.region : null, explore: exploreForLayer(s.explore, layerId, layers) }));
  void ensureLayer(layerId);
}

/**
 * Opens the page of a region of a layer (shown on the map too); null closes it. The link keeps it
 * (`region=`), so the page can be shared. Search and lists call this.
 */
export function openRegionPage(layerId: string, regionId: string | null): void {
  if (layerId !== useStore.getState().layerId) selectLayer(layerId);
  useStore.setState({ region: regionId });
}

/** Selects a municipality (or clears the selection with null). */
export function selectMunicipality(code: GmCode | null): void {
  useStore.setState({ selected: code });
}

/**
 * Switches the interface language once its texts are loaded (English is a chunk of its own); until
 * then the current language stays, and a failed load is said in it.
 */
export function setLang(lang: Lang): void {
  if (!isLanguageLoaded(lang)) {
    loadLanguage(lang).then(
      () => setLang(lang),
      (error: unknown) => {
        console.warn('[language]', error);
        setNotice('language', (l) => translate(l, 'languageLoadFailed'));
      },
    );
    return;
  }
  useStore.setState({ lang });
  document.documentElement.lang = lang;
}

/** Sets the municipalities the map draws hatched (an empty list clears the marks) and what the legend calls them. */
export function setMarked(codes: readonly GmCode[], legend: MessageKey | null = null): void {
  useStore.setState({ markedCodes: codes, markedLegend: codes.length ? legend : null });
}

/** Sets the municipalities the map draws dotted (an empty list clears them) and what the legend calls them. */
export function setDotted(codes: readonly GmCode[], legend: MessageKey | null = null): void {
  useStore.setState({ dottedCodes: codes, dottedLegend: codes.length ? legend : null });
}

/** Shows or hides the table twin of the map. */
export function setShowTable(showTable: boolean): void {
  useStore.setState({ showTable });
}

/** Replaces the whole view (from the URL or a saved view). */
export function applyView(view: ViewState): void {
  const lang = isLanguageLoaded(view.lang) ? view.lang : useStore.getState().lang;
  useStore.setState({ ...view, lang });
  document.documentElement.lang = lang;
  if (lang !== view.lang) setLang(view.lang);
  void ensureLayer(view.layerId);
}

/**
 * Shows a notice about a subject, in place of an earlier one about it (null takes it away); other
 * notices stay.
 */
export function setNotice(subject: NoticeSubject, text: Notice | null): void {
  useStore.setState((s) => {
    const others = s.notices.filter((n) => n.subject !== subject);
    return { notices: text === null ? others : [...others, { subject, text }] };
  });
}

/** Closes every notice (the banner's button). */
export function dismissNotices(): void {
  useStore.setState({ notices: [] });
}

/** Resolves when the chosen layer has loaded or failed (the first render waits for it a moment). */
export function chosenLayerSettled(): Promise<void> {
  const settled = () => {
    const state = useStore.getState();
    const status = state.layerStatus[state.layerId];
    return status?.state === 'ready' || status?.state === 'error' || !status;
  };
  if (settled()) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = useStore.subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      resolve();
    });
  });
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
    const [topology, memberships, population, changes] = await Promise.all([loadTopology(layer.geometryYear), loadMemberships(layer), loadPopulation(), loadMunicipalChanges()]);
    const { populationYear, byCode, estimated } = populationForGeometry(population, changes, layer.geometryYear);
    const municipalities = municipalitiesOf(topology);
    const view = buildLayerView(layer, memberships, municipalities, adjacencyOf(topology), byCode, populationYear, estimated);
    const issues = checkLoadedLayer(layer, memberships, new Set(municipalities.map((m) => m.code)), populationYear === layer.geometryYear ? byCode : null);
    setStatus({ state: 'ready', view, topology, issues });
  } catch (error) {
    setStatus({ state: 'error', message: (error as Error).message });
  }
}
