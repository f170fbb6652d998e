/** Header buttons of the exploring features: presenter mode and PNG export. */
import { useState } from 'react';
import type { LayerView } from '../../domain/layerView.ts';
import { activeRenderer } from '../../map/activeRenderer.ts';
import { setPresenter } from '../../state/exploreActions.ts';
import { useT } from '../../i18n/useT.ts';
import { useLegend } from './useLegend.ts';

/** Starts presenter mode; exports the map as a PNG (the export code is loaded on first use). */
export function ExploreToolbar({ view }: { view: LayerView }) {
  const { t, lang } = useT();
  const legend = useLegend(view);
  const [status, setStatus] = useState<string | null>(null);
  const exportMap = async () => {
    const renderer = activeRenderer();
    if (!renderer) return;
    setStatus(t('exporting'));
    try {
      await renderer.idle();
      const { exportMapPng, EXPORT_PIXEL_RATIO } = await import('./exportPng.ts');
      await exportMapPng(await renderer.snapshot(EXPORT_PIXEL_RATIO), view, legend, lang);
      setStatus(t('exported'));
    } catch (error) {
      setStatus(`${t('exportFailed')}: ${(error as Error).message}`);
    }
  };
  return (
    <div className="explore-toolbar" role="group" aria-label={t('toolbar')}>
      <button type="button" onClick={() => setPresenter(true)} data-testid="presenter-start">
        {t('presenterStart')}
      </button>
      <button type="button" onClick={() => void exportMap()} data-testid="export-png">
        {t('exportPng')}
      </button>
      <span className="visually-hidden" role="status">
        {status ?? ''}
      </span>
    </div>
  );
}
