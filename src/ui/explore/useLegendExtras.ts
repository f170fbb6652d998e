/** The legend entries of outlines, subregion borders and marks for the current view. */
import { useMemo } from 'react';
import type { LegendExtras } from '../Legend.tsx';
import type { LayerView } from '../../domain/layerView.ts';
import { hasSubregions } from '../../map/borders.ts';
import { useStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import { layerById } from './overlayChoice.ts';
import { useCompareModel } from './useExploreScene.ts';
import { domains } from '../../data/repository.ts';

/** Outlined layers (domain and round), subregions when shown and present, and what the hatch and the dots mean. */
export function useLegendExtras(view: LayerView): LegendExtras {
  const { t, lang } = useT();
  const explore = useStore((s) => s.explore);
  const markedCount = useStore((s) => s.markedCodes.length);
  const markedLegend = useStore((s) => s.markedLegend);
  const dottedCount = useStore((s) => s.dottedCodes.length);
  const dottedLegend = useStore((s) => s.dottedLegend);
  const compare = useCompareModel();
  return useMemo(() => {
    const overlays = explore.overlays.map((id, slot) => {
      const layer = layerById(id)!;
      const domain = domains.find((d) => d.id === layer.domain);
      return { label: `${domain ? domain.label[lang] : layer.domain}: ${layer.label[lang]}`, slot };
    });
    const marked = compare
      ? { label: t('markedChanged', { before: compare.before.label[lang] }), count: compare.changed.size }
      : markedCount > 0
        ? { label: t(markedLegend ?? 'markedGeneric'), count: markedCount }
        : null;
    const dotted = !compare && dottedCount > 0 ? { label: t(dottedLegend ?? 'markedGeneric'), count: dottedCount } : null;
    return { overlays, subregions: explore.subregions && hasSubregions(view), marked, dotted };
    // t is derived from lang.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [explore, markedCount, markedLegend, dottedCount, dottedLegend, compare, lang, view]);
}
