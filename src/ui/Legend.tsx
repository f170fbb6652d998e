/** The map legend: what fills and lines mean (colour only tells neighbouring regions apart). */
import { useT } from '../i18n/useT.ts';
import { REGION_PALETTE, UNPLACED_COLOUR } from '../map/palette.ts';

/** Legend of the region fill and the two kinds of border. */
export function Legend({ colourCount }: { colourCount: number }) {
  const { t } = useT();
  return (
    <section className="legend" aria-label={t('legend')}>
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
          <span className="line-sample region" aria-hidden="true" />
          {t('regionBorders')}
        </li>
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
