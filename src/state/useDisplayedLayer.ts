/** The layer the map and panels show: the chosen one when ready, else the last ready one while it loads. */
import { useRef } from 'react';
import { useStore, type LayerStatus } from './store.ts';

type Ready = Extract<LayerStatus, { state: 'ready' }>;

/**
 * The status of the chosen layer, and the ready layer to draw meanwhile: keeping the last one on
 * screen while the next loads means the map is never torn down and rebuilt on a switch.
 */
export function useDisplayedLayer(): { status: LayerStatus | undefined; ready: Ready | null; stale: boolean } {
  const status = useStore((s) => s.layerStatus[s.layerId]);
  const last = useRef<Ready | null>(null);
  if (status?.state === 'ready') last.current = status;
  const ready = status?.state === 'ready' ? status : status?.state === 'loading' || status === undefined ? last.current : null;
  return { status, ready, stale: ready !== null && ready !== status };
}
