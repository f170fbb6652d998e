/** The map legend: what fills and lines mean (colour only tells neighbouring regions apart). */
import { useT } from '../i18n/useT.ts';
import { REGION_PALETTE, UNPLACED_COLOUR } from '../map/palette.ts';
import { MARKED_LINE, OVERLAY_LINES, REGION_LINE, SUBREGION_LINE } from '../map/lineStyles.ts';
import { LineSample } from './explore/LineSample.tsx';

/** What the legend lists besides the fill: outlined layers, subregion borders, marked municipalities. */
export interface LegendExtras {
  overlays: { label: string; slot: number }[];
  subregions: boolean;
  /** The meaning of the hatched municipalities and how many there are; null when none are marked. */
  marked: { label: string; count: number } | null;
  /** The meaning of the dotted municipalities and how many there are; absent or null when none. */
  dotted?: { label: string; count: number } | null;
}

/** Legend of the region fill, the borders, the outlines of further layers and the marks. */
export function Legend({ colourCount, extras }: { colourCount: number; extras?: LegendExtras }) {
  const { t } = useT();
  return (
    <section className="legend" aria-label={t('legend')} data-testid="legend">
      <h2 className="small">{t('legend')}</h2>
      <ul>
        <li>
          <span className="swatches" aria-hidden="true">
            {REGION_PALETTE.slice(0, Math.max(colourCount, 1)).map((c) => (
              <span key={c} className="swatch" style={{ background: c }} />
            ))}
          </span>
          {t('regions')}
        </li>
        <li>
          <LineSample style={REGION_LINE} />
          {t('regionBorders')}
        </li>
        {extras?.subregions && (
          <li>
            <LineSample style={SUBREGION_LINE} />
            {t('subregionBorders')}
          </li>
        )}
        {extras?.overlays.map((o) => (
          <li key={o.slot} data-testid="legend-overlay">
            <LineSample style={OVERLAY_LINES[o.slot]} />
            {o.label}
          </li>
        ))}
        {extras?.marked && (
          <li data-testid="legend-marked">
            <span className="swatch hatch" style={{ borderColor: MARKED_LINE.colour }} aria-hidden="true" />
            {extras.marked.label} ({extras.marked.count})
          </li>
        )}
        {extras?.dotted && (
          <li data-testid="legend-dotted">
            <span className="swatch dots" style={{ borderColor: MARKED_LINE.colour }} aria-hidden="true" />
            {extras.dotted.label} ({extras.dotted.count})
          </li>
        )}
        <li>
          <span className="line-sample municipality" aria-hidden="true" />
          {t('municipalityBorders')}
        </li>
        <li>
          <span className="swatch" style={{ background: UNPLACED_COLOUR, outline: '1px solid #555' }} aria-hidden="true" />
          {t('notPlaced')}
        </li>
      </ul>
    </section>
  );
}
