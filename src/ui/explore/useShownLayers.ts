/** The layers the map shows: the fill layer, then the outlined ones and the compared round. */
import { useMemo } from 'react';
import type { LayerView } from '../../domain/layerView.ts';
import type { Layer } from '../../domain/types.ts';
import { useStore } from '../../state/store.ts';
import { layerById } from './overlayChoice.ts';

/** Every layer drawn or compared on the map, fill layer first, each once. */
export function useShownLayers(view: LayerView): Layer[] {
  const explore = useStore((s) => s.explore);
  return useMemo(() => {
    const ids = [...explore.overlays, ...(explore.compareWith ? [explore.compareWith] : [])];
    const rest = ids.map((id) => layerById(id)).filter((l): l is Layer => Boolean(l) && l!.id !== view.layer.id);
    return [view.layer, ...rest];
  }, [explore, view]);
}
