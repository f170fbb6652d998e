/** Data the exploring features load beyond the shown layer: the memberships of every layer of a year. */
import { useSyncExternalStore } from 'react';
import { layers, layersVersion, subscribeLayers } from '../data/layerRegistry.ts';
import { loadMemberships } from '../data/repository.ts';
import type { Layer, Membership } from '../domain/types.ts';
import { useLoaded } from './useLoad.ts';

/** A layer with its memberships (empty when the member list is unknown). */
export interface LoadedMemberships {
  layer: Layer;
  memberships: readonly Membership[];
}

/** All layers of a geometry year with their memberships (each file is cached by the data-access layer). */
export function loadYearMemberships(year: number): Promise<LoadedMemberships[]> {
  const ofYear = layers.filter((l) => l.geometryYear === year);
  return Promise.all(ofYear.map(async (layer) => ({ layer, memberships: await loadMemberships(layer) })));
}

/** The memberships of every layer of a year (imported ones included); null while loading, an Error when loading failed. */
export function useYearMemberships(year: number): LoadedMemberships[] | Error | null {
  const version = useSyncExternalStore(subscribeLayers, layersVersion);
  const loaded = useLoaded(`${year}@${version}`, () => loadYearMemberships(year));
  return loaded.state === 'ready' ? loaded.value : loaded.state === 'error' ? new Error(loaded.message) : null;
}
