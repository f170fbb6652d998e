/** The title and source line that only the printed page shows (Ctrl+P gives map, legend and source). */
import type { LayerView } from '../../domain/layerView.ts';
import { readableDate } from '../../domain/presentation/dates.ts';
import { useT } from '../../i18n/useT.ts';
import { sourceLineFor } from './presentation.ts';
import { useShownLayers } from './useShownLayers.ts';

/** Hidden on screen; on paper above the map (title) and below it (source). */
export function PrintHeader({ view }: { view: LayerView }) {
  const { t, lang } = useT();
  const shown = useShownLayers(view);
  return (
    <>
      <div className="print-only print-title" data-testid="print-title">
        <p className="print-heading">{view.layer.label[lang]}</p>
        <p>
          {t('regionCount', { n: view.regions.size })} · {t('referenceDate')}: {readableDate(view.layer.referenceDate, lang)} · {t('geometryYear')}: {view.layer.geometryYear}
        </p>
      </div>
      <p className="print-only print-source" data-testid="print-source">
        {sourceLineFor(shown, lang)}
      </p>
    </>
  );
}
