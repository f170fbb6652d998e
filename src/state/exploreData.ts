/** Data the exploring features load beyond the shown layer: the memberships of every layer of a year. */
import { useEffect, useState } from 'react';
import { layers, loadMemberships } from '../data/repository.ts';
import type { Layer, Membership } from '../domain/types.ts';

/** A layer with its memberships (empty when the member list is unknown). */
export interface LoadedMemberships {
  layer: Layer;
  memberships: readonly Membership[];
}

const byYear = new Map<number, Promise<LoadedMemberships[]>>();

/** All layers of a geometry year with their memberships, loaded once (each CSV is ~20 KB). */
export function loadYearMemberships(year: number): Promise<LoadedMemberships[]> {
  let promise = byYear.get(year);
  if (!promise) {
    const ofYear = layers.filter((l) => l.geometryYear === year);
    promise = Promise.all(ofYear.map(async (layer) => ({ layer, memberships: await loadMemberships(layer) })));
    promise.catch(() => byYear.delete(year));
    byYear.set(year, promise);
  }
  return promise;
}

/** The memberships of every layer of a year; null while loading, an Error when loading failed. */
export function useYearMemberships(year: number): LoadedMemberships[] | Error | null {
  const [result, setResult] = useState<{ year: number; value: LoadedMemberships[] | Error } | null>(null);
  useEffect(() => {
    let live = true;
    loadYearMemberships(year).then(
      (value) => live && setResult({ year, value }),
      (error: Error) => live && setResult({ year, value: error }),
    );
    return () => {
      live = false;
    };
  }, [year]);
  return result?.year === year ? result.value : null;
}
