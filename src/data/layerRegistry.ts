/**
 * Every layer the app knows: the shipped ones of data/layers.json (checked with LayerSchema at
 * start-up) and the rounds a user imported. Imported rounds are added and removed here, so every
 * list of layers (picker, compare, analysis, links) holds them like any other.
 */
import layersJson from '../../data/layers.json';
import { parseLayers } from './parse.ts';
import type { Layer } from '../domain/types.ts';
import type { ImportedRound } from '../domain/import/round.ts';

/** All layers, shipped first, then imported ones in the order they were added. Mutated in place. */
export const layers: Layer[] = parseLayers(layersJson);

/** The ids of the shipped layers: an import may not take one of them. */
export const shippedLayerIds: ReadonlySet<string> = new Set(layers.map((l) => l.id));

const imported = new Map<string, ImportedRound>();
const listeners = new Set<() => void>();
let version = 0;

function changed() {
  version++;
  for (const listener of listeners) listener();
}

/** Adds an imported round as a layer (replacing one with the same id). */
export function registerImportedRound(round: ImportedRound): void {
  if (shippedLayerIds.has(round.layer.id)) throw new Error(`${round.layer.id} is a shipped layer`);
  const at = layers.findIndex((l) => l.id === round.layer.id);
  if (at >= 0) layers.splice(at, 1, round.layer);
  else layers.push(round.layer);
  imported.set(round.layer.id, round);
  changed();
}

/** Removes an imported round. */
export function unregisterImportedRound(id: string): void {
  if (!imported.delete(id)) return;
  const at = layers.findIndex((l) => l.id === id);
  if (at >= 0) layers.splice(at, 1);
  changed();
}

/** The imported round of a layer id, if it is one. */
export function importedRound(id: string): ImportedRound | undefined {
  return imported.get(id);
}

/** Every imported round, in the order they were added. */
export function importedRounds(): ImportedRound[] {
  return [...imported.values()];
}

/** Calls `listener` whenever layers are added or removed; returns the unsubscribe function. */
export function subscribeLayers(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that changes whenever the list of layers changes (for useSyncExternalStore). */
export function layersVersion(): number {
  return version;
}
