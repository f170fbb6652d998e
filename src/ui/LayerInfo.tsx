/** The shown layer's provenance and counts, and a notice when its membership is unknown. */
import type { Layer } from '../domain/types.ts';
import type { LayerView } from '../domain/layerView.ts';
import { useT } from '../i18n/useT.ts';
import { readableDate } from '../domain/presentation/dates.ts';

/** Source, reference date, geometry year and region count of a layer. */
export function LayerInfo({ layer, view }: { layer: Layer; view: LayerView | null }) {
  const { t, lang } = useT();
  return (
    <section className="layer-info" aria-label={layer.label[lang]} data-testid="layer-info">
      <h2>{layer.label[lang]}</h2>
      {layer.membershipStatus === 'unknown' && (
        <p className="notice" role="note" data-testid="membership-unknown">
          {t('membershipUnknown')}
        </p>
      )}
      <dl>
        {view && (
          <>
            <dt>{t('regions')}</dt>
            <dd data-testid="region-count">
              {t('regionCount', { n: view.regions.size })}, {t('municipalityCount', { n: view.regionOf.size })}
            </dd>
          </>
        )}
        <dt>{t('referenceDate')}</dt>
        <dd>{readableDate(layer.referenceDate, lang)}</dd>
        <dt>{t('geometryYear')}</dt>
        <dd>{layer.geometryYear}</dd>
        <dt>{t('source')}</dt>
        <dd>
          {layer.source.document}
          {layer.source.section ? `, ${layer.source.section}` : ''}
        </dd>
      </dl>
      {layer.notes && <p className="muted small">{layer.notes[lang]}</p>}
    </section>
  );
}
