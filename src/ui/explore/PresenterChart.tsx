/**
 * The chart slot of presenter mode. Until the analysis panels provide a chart for it, it shows the
 * largest regions of the shown layer as bars (with the numbers written out, so no bar needs its colour).
 */
import { useMemo } from 'react';
import type { LayerView } from '../../domain/layerView.ts';
import { useT } from '../../i18n/useT.ts';
import { largestRegions } from './regionSizes.ts';

/** Bars of the six most populous regions of the shown layer. */
export function PresenterChart({ view }: { view: LayerView }) {
  const { t, n } = useT();
  const sizes = useMemo(() => largestRegions(view, 6), [view]);
  const max = sizes[0]?.population ?? 1;
  return (
    <figure className="presenter-chart" data-testid="presenter-chart">
      <figcaption>{t('presenterChartTitle')}</figcaption>
      {sizes.length === 0 ? (
        <p>{t('presenterChartEmpty')}</p>
      ) : (
        <ul className="plain bars">
          {sizes.map((s) => (
            <li key={s.id}>
              <span className="bar-label">{s.name}</span>
              <span className="bar" style={{ width: `${(s.population / max) * 100}%` }} aria-hidden="true" />
              <span className="bar-value">{n(s.population)}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
