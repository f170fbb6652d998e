/** The legend of the current view (one model for the screen legend, the exports and print). */
import { useMemo } from 'react';
import type { LayerView } from '../../domain/layerView.ts';
import { legendEntries, type LegendEntry, type LegendMark } from '../../domain/presentation/legend.ts';
import { hasSubregions } from '../../map/borders.ts';
import { REGION_PALETTE, unplacedColourOf } from '../../map/palette.ts';
import { useStore } from '../../state/store.ts';
import { translate, type Lang } from '../../i18n/messages.ts';
import { useT } from '../../i18n/useT.ts';
import { layerById } from './overlayChoice.ts';
import { useCompareModel } from './useExploreScene.ts';
import { domains } from '../../data/repository.ts';

/** The words of the fixed legend rows in one language. */
export function legendWords(lang: Lang) {
  return {
    regions: translate(lang, 'regions'),
    regionBorder: translate(lang, 'regionBorders'),
    subregionBorder: translate(lang, 'subregionBorders'),
    municipalBorder: translate(lang, 'municipalityBorders'),
    unplaced: translate(lang, 'legendUnplaced'),
    membershipUnknown: translate(lang, 'legendMembershipUnknown'),
  };
}

/** How an outlined layer is named in the legend: its domain, then its round or year. */
export function overlayLabel(layerId: string, lang: Lang): string {
  const layer = layerById(layerId)!;
  const domain = domains.find((d) => d.id === layer.domain);
  return `${domain ? domain.label[lang] : layer.domain}: ${layer.label[lang]}`;
}

/** Legend entries of the shown view: fill colours, borders, outlines, marks in words with counts. */
export function useLegend(view: LayerView): LegendEntry[] {
  const { lang } = useT();
  const explore = useStore((s) => s.explore);
  const markedCount = useStore((s) => s.markedCodes.length);
  const markedLegend = useStore((s) => s.markedLegend);
  const dottedCount = useStore((s) => s.dottedCodes.length);
  const dottedLegend = useStore((s) => s.dottedLegend);
  const compare = useCompareModel();
  const region = useStore((s) => s.region);
  return useMemo(() => {
    // A round comparison marks the changed municipalities only (the analysis panel's dots wait until it ends).
    const marks: LegendMark[] = compare
      ? [{ mark: 'hatch', label: translate(lang, 'markedChanged', { before: compare.before.label[lang] }), count: compare.changed.size }]
      : [
          { mark: 'hatch', label: translate(lang, markedLegend ?? 'markedGeneric'), count: markedCount },
          { mark: 'dots', label: translate(lang, dottedLegend ?? 'markedGeneric'), count: dottedCount },
        ];
    return legendEntries({
      regionColours: REGION_PALETTE.slice(0, Math.max(1, Math.min(view.colourCount, REGION_PALETTE.length))),
      regionCount: view.regions.size,
      unplacedCount: view.municipalityName.size - view.regionOf.size,
      unplacedColour: unplacedColourOf(view.layer),
      membersUnknown: view.layer.membershipStatus === 'unknown',
      subregions: explore.subregions && hasSubregions(view),
      overlays: explore.overlays.map((id, slot) => ({ label: overlayLabel(id, lang), slot })),
      marks,
      highlight: region && view.regions.has(region) ? translate(lang, 'legendRegionPage', { region: view.regions.get(region)!.name }) : null,
      words: legendWords(lang),
    });
  }, [explore, markedCount, markedLegend, dottedCount, dottedLegend, compare, lang, view, region]);
}
