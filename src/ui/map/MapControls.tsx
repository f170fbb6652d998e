/** Zoom in, zoom out, "Heel Nederland" and the region-name switch: buttons on the map, reachable by keyboard. */
import { setLabels, setViewCamera } from '../../state/exploreActions.ts';
import { useStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import type { MapRenderer } from '../../map/types.ts';

/** The map's buttons for one renderer. */
export function MapControls({ renderer }: { renderer: MapRenderer }) {
  const { t } = useT();
  const labels = useStore((s) => s.explore.labels);
  return (
    <div className="map-controls" role="group" aria-label={t('map.controls')}>
      <button type="button" onClick={() => renderer.zoomBy(1)} aria-label={t('map.zoomIn')} title={t('map.zoomIn')} data-testid="zoom-in">
        +
      </button>
      <button type="button" onClick={() => renderer.zoomBy(-1)} aria-label={t('map.zoomOut')} title={t('map.zoomOut')} data-testid="zoom-out">
        −
      </button>
      <button type="button" onClick={() => {
          renderer.fitAll();
          setViewCamera(null);
        }}
        data-testid="zoom-home"
      >
        {t('map.home')}
      </button>
      <button type="button" aria-pressed={labels} onClick={() => setLabels(!labels)} title={t('map.labels')} data-testid="toggle-labels">
        {t('map.labelsShort')}
      </button>
    </div>
  );
}
