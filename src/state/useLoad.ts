/**
 * The one hook through which components get loaded data: it runs a loader for a key, keeps the
 * result for the current key only, and offers a retry on error (the data-access layer never caches
 * a failure, so a retry loads again); `loadMemberships` of the data-access layer serves shipped and
 * imported layers alike.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { layers, layersVersion, subscribeLayers } from '../data/layerRegistry.ts';
import type { Layer } from '../domain/types.ts';

/** A loader's state for the component that shows it; `retry` loads again after an error. */
export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string; retry: () => void };

/** Runs `load` for `key` (null = nothing to load) and keeps the result for the current key only. */
export function useLoaded<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string | null; attempt: number; loaded: Loaded<T> }>({ key: null, attempt: 0, loaded: { state: 'loading' } });
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    load().then(
      (value) => live && setResult({ key, attempt, loaded: { state: 'ready', value } }),
      (error: Error) => live && setResult({ key, attempt, loaded: { state: 'error', message: error.message, retry } }),
    );
    return () => {
      live = false;
    };
    // The key (and the attempt) name what is loaded; the loader closure changes every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  return result.key === key && result.attempt === attempt ? result.loaded : { state: 'loading' };
}

/** Every layer, re-rendering when an imported round is added, replaced or removed. */
export function useLayers(): readonly Layer[] {
  useSyncExternalStore(subscribeLayers, layersVersion);
  return layers;
}
