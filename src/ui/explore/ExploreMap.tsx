/** The map with everything the exploring features add: outlines, subregions, opacity, marks, camera jumps, legend. */
import { useCallback } from 'react';
import type { LayerView } from '../../domain/layerView.ts';
import type { GmCode } from '../../domain/types.ts';
import type { MunicipalityTopology } from '../../data/topology.ts';
import { MapView } from '../map/MapView.tsx';
import { requestCamera } from '../../state/exploreActions.ts';
import { useStore } from '../../state/store.ts';
import { Legend } from '../Legend.tsx';
import { useExploreScene } from './useExploreScene.ts';
import { useLegend } from './useLegend.ts';

interface Props {
  view: LayerView;
  topology: MunicipalityTopology;
  selected: GmCode | null;
}

/** The map and its legend for the shown layer. */
export function ExploreMap({ view, topology, selected }: Props) {
  const options = useExploreScene();
  const legend = useLegend(view);
  const cameraRequest = useStore((s) => s.session.cameraRequest);
  const cameraApplied = useCallback(() => requestCamera(null), []);
  return (
    <>
      <MapView
        view={view}
        topology={topology}
        selected={selected}
        options={options}
        cameraRequest={cameraRequest}
        onCamera={cameraApplied}
      />
      <Legend entries={legend} />
    </>
  );
}
