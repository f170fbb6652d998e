/** The side panel's exploring sections: map layers and compare mode (above the selection). */
import type { LayerView } from '../../domain/layerView.ts';
import { ComparePanel } from './ComparePanel.tsx';
import { LayerPanel } from './LayerPanel.tsx';

/** Layer switches, then the round comparison. */
export function ExplorePanel({ view }: { view: LayerView }) {
  return (
    <>
      <LayerPanel view={view} />
      <ComparePanel view={view} />
    </>
  );
}
