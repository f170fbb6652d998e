/**
 * Actions of the import of a round: open and close the dialog, preview a draft as the shown layer,
 * save, rename, replace, export and delete imported rounds. Saved rounds are kept by the
 * persistence module (src/data/persistence.ts); a failed save changes nothing.
 */
import { importedRound, layers, registerImportedRound, unregisterImportedRound } from '../data/layerRegistry.ts';
import { loadMunicipalChanges, loadSearchAliases, loadTopology } from '../data/repository.ts';
import { municipalitiesOf } from '../data/topology.ts';
import type { ImportContext } from '../domain/import/analyse.ts';
import type { ImportedRound } from '../domain/import/round.ts';
import { ensureLayer, selectLayer } from './actions.ts';
import { useStore } from './store.ts';
import { DEFAULT_LAYER_ID } from '../data/defaultLayer.ts';
import { geometryYears } from '../data/fileUrls.ts';

/** The id under which a draft is shown on the map before it is saved. */
export const PREVIEW_LAYER_ID = 'import-preview';

let previousLayerId: string | null = null;

/** Opens the import dialog (for a new round, or to replace the round `replaceId` with a corrected file). */
export function openImport(replaceId: string | null = null): void {
  useStore.setState({ importDialog: { replaceId } });
}

/** Closes the dialog; a preview on the map is taken away and the previous layer shown again. */
export function closeImport(): void {
  endPreview();
  useStore.setState({ importDialog: null });
}

/** Forgets a layer's loaded view, so that the next ensureLayer joins it afresh. */
export function invalidateLayer(layerId: string): void {
  useStore.setState((s) => {
    const layerStatus = { ...s.layerStatus };
    delete layerStatus[layerId];
    return { layerStatus };
  });
}

/** Municipalities of every geometry year and the municipal changes: what the analysis reads. */
export async function loadImportContext(): Promise<ImportContext> {
  const [topologies, changes, aliases] = await Promise.all([Promise.all(geometryYears.map((y) => loadTopology(y))), loadMunicipalChanges(), loadSearchAliases()]);
  return { municipalitiesByYear: new Map(geometryYears.map((y, i) => [y, municipalitiesOf(topologies[i])])), changes, aliases };
}

/** Shows a draft round on the map as the displayed layer (not saved, not in any list after closing). */
export function previewRound(round: ImportedRound): void {
  const current = useStore.getState().layerId;
  if (current !== PREVIEW_LAYER_ID) previousLayerId = current;
  registerImportedRound({ ...round, layer: { ...round.layer, id: PREVIEW_LAYER_ID }, memberships: round.memberships.map((m) => ({ ...m, layerId: PREVIEW_LAYER_ID })) });
  invalidateLayer(PREVIEW_LAYER_ID);
  selectLayer(PREVIEW_LAYER_ID);
}

function endPreview(): void {
  if (!importedRound(PREVIEW_LAYER_ID)) return;
  const back = previousLayerId && layers.some((l) => l.id === previousLayerId) ? previousLayerId : DEFAULT_LAYER_ID;
  if (useStore.getState().layerId === PREVIEW_LAYER_ID) selectLayer(back);
  unregisterImportedRound(PREVIEW_LAYER_ID);
  invalidateLayer(PREVIEW_LAYER_ID);
}

/** Where saved rounds are kept: the persistence module implements it; tests give a fake. */
export interface RoundStore {
  put(round: ImportedRound): Promise<void>;
  delete(id: string): Promise<void>;
}

let roundStore: RoundStore | null = null;

/** Sets the store rounds are saved in (called once at start-up). */
export function setRoundStore(store: RoundStore): void {
  roundStore = store;
}

/** Saves a round (new, or replacing one with the same id) and shows it. Throws, changing nothing, when it cannot be kept. */
export async function saveRound(round: ImportedRound): Promise<void> {
  await roundStore?.put(round);
  endPreview();
  registerImportedRound(round);
  invalidateLayer(round.layer.id);
  useStore.setState({ importDialog: null });
  selectLayer(round.layer.id);
}

/** Renames an imported round. */
export async function renameRound(id: string, title: string): Promise<void> {
  const round = importedRound(id);
  if (!round || !title.trim()) return;
  const renamed: ImportedRound = { ...round, layer: { ...round.layer, label: { nl: title.trim(), en: title.trim() } } };
  await roundStore?.put(renamed);
  registerImportedRound(renamed);
  invalidateLayer(id);
  if (useStore.getState().layerId === id) void ensureLayer(id);
}

/** Deletes an imported round; the map falls back to the default layer when it showed it. */
export async function deleteRound(id: string): Promise<void> {
  if (!importedRound(id)) return;
  await roundStore?.delete(id);
  if (useStore.getState().layerId === id) selectLayer(DEFAULT_LAYER_ID);
  useStore.setState((s) => ({
    explore: { ...s.explore, overlays: s.explore.overlays.filter((o) => o !== id), compareWith: s.explore.compareWith === id ? null : s.explore.compareWith },
  }));
  unregisterImportedRound(id);
  invalidateLayer(id);
}
