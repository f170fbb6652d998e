/** The shown layer's provenance and counts, and a notice when its membership is unknown. */
import type { Layer } from '../domain/types.ts';
import type { LayerView } from '../domain/layerView.ts';
import type { ValidationIssue } from '../domain/validate.ts';
import { useT } from '../i18n/useT.ts';
import { PREVIEW_LAYER_ID } from '../state/importActions.ts';

/** Source, reference date, geometry year and region count of a layer. */
export function LayerInfo({ layer, view, issues = [] }: { layer: Layer; view: LayerView | null; issues?: readonly ValidationIssue[] }) {
  const { t, lang } = useT();
  const codes = (list: readonly string[]) => (list.length > 8 ? `${list.slice(0, 8).join(', ')}, …` : list.join(', '));
  return (
    <section className="layer-info" aria-label={layer.label[lang]} data-testid="layer-info">
      <h2>
        {layer.label[lang]}
        {layer.imported && <span className="imported-badge">{t('imported.mark')}</span>}
      </h2>
      {layer.id === PREVIEW_LAYER_ID && (
        <p className="notice" role="note" data-testid="preview-notice">
          {t('import.previewNotice')}
        </p>
      )}
      {layer.membershipStatus === 'unknown' && (
        <p className="notice" role="note" data-testid="membership-unknown">
          {t('membershipUnknown')}
        </p>
      )}
      {issues.length > 0 && (
        <div className="notice" role="note" data-testid="layer-issues">
          <strong>{t('dataIssue.title')}</strong>
          <ul>
            {issues.map((issue) => (
              <li key={issue.kind}>{t(`dataIssue.${issue.kind}`, { n: issue.codes.length, year: layer.geometryYear, codes: codes(issue.codes) })}</li>
            ))}
          </ul>
        </div>
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
        <dd>{layer.referenceDate}</dd>
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
