/**
 * Start-up of the imported rounds (from IndexedDB, or memory with a notice) and the workspace file:
 * export every imported round and saved view, import one (twice adds nothing).
 */
import { importedRounds, registerImportedRound, shippedLayerIds } from '../data/layerRegistry.ts';
import type { RoundPersistence } from '../data/persistence.ts';
import { translate } from '../i18n/messages.ts';
import { setNotice } from './actions.ts';
import { addSavedViews } from './exploreActions.ts';
import { PREVIEW_LAYER_ID, setRoundStore } from './importActions.ts';
import { useStore } from './store.ts';
import type { SavedView } from './explore.ts';

let persistence: RoundPersistence | null = null;
let roundsReady: Promise<void> | null = null;
let roundsSettled = false;

/**
 * Opens the store and registers the saved rounds, once (called at start-up; the page renders
 * meanwhile). Resolves when they are registered, also when the store could not be opened.
 */
export function startImportedRounds(): Promise<void> {
  roundsReady ??= registerSavedRounds().finally(() => {
    roundsSettled = true;
  });
  return roundsReady;
}

/** Whether the saved rounds are registered (or could not be read). */
export function importedRoundsSettled(): boolean {
  return roundsSettled;
}

async function registerSavedRounds(): Promise<void> {
  // IndexedDB and its wrapper are a chunk of their own, fetched while the layer's data loads.
  const { openRoundPersistence } = await import('../data/persistence.ts');
  persistence = await openRoundPersistence((problem) => setNotice('storage', (l) => translate(l, problem === 'quota' ? 'storage.quota' : 'storage.unavailable')));
  setRoundStore(persistence);
  for (const round of await persistence.all()) registerImportedRound(round);
}

/** The workspace file's text: every imported round and saved view. */
export async function exportWorkspace(): Promise<string> {
  const { workspaceJson } = await import('../domain/import/workspace.ts');
  return workspaceJson(
    importedRounds().filter((r) => r.layer.id !== PREVIEW_LAYER_ID),
    useStore.getState().session.savedViews,
    new Date().toISOString(),
  );
}

/** Merges a workspace file; a file that is not one changes nothing and says why. */
export async function importWorkspace(text: string): Promise<void> {
  const { mergeWorkspace, parseWorkspace } = await import('../domain/import/workspace.ts');
  const parsed = parseWorkspace(text);
  if (!parsed.ok) return setNotice('workspace', (l) => translate(l, 'workspace.invalid', { problem: translate(l, `workspace.${parsed.problem}`), reason: parsed.reason }));
  const merge = mergeWorkspace(parsed.workspace, { rounds: importedRounds(), savedViews: useStore.getState().session.savedViews, shippedIds: shippedLayerIds });
  for (const round of merge.rounds) {
    await persistence?.put(round);
    registerImportedRound(round);
  }
  addSavedViews(merge.savedViews as SavedView[]);
  setNotice('workspace', (l) => translate(l, 'workspace.imported', { rounds: merge.rounds.length, views: merge.savedViews.length, same: merge.same }));
}
