/** The shown layer's provenance and counts: citation, status, notes, doubts, and what is known of a layer without member lists. */
import { lazy, Suspense } from 'react';
import type { Layer } from '../domain/types.ts';
import type { LayerView } from '../domain/layerView.ts';
import type { ValidationIssue } from '../domain/validate.ts';
import { useT } from '../i18n/useT.ts';
import { dataIssueText } from '../i18n/words.ts';
import { PREVIEW_LAYER_ID } from '../state/importActions.ts';
import { readableDate } from '../domain/presentation/dates.ts';
import { SourceCitation } from './SourceCitation.tsx';
import { LayerDoubts } from './LayerDoubts.tsx';

// What is known of a layer without member lists (with the CJG report's table): a lazy chunk.
const UnknownLayerPanel = lazy(() => import('./UnknownLayerPanel.tsx').then((m) => ({ default: m.UnknownLayerPanel })));

/** Source, reference date, geometry year, status and region count of a layer, and the problems the load-time check found. */
export function LayerInfo({ layer, view, issues = [] }: { layer: Layer; view: LayerView | null; issues?: readonly ValidationIssue[] }) {
  const { t, lang, n } = useT();
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
              <li key={issue.kind}>{dataIssueText(lang, issue, layer.geometryYear)}</li>
            ))}
          </ul>
        </div>
      )}
      <dl>
        {view && layer.membershipStatus === 'complete' && (
          <>
            <dt>{t('regions')}</dt>
            <dd data-testid="region-count">
              {t('regionCount', { n: n(view.regions.size) })}, {t('municipalityCount', { n: n(view.regionOf.size) })}
            </dd>
          </>
        )}
        <dt>{t('referenceDate')}</dt>
        <dd>{readableDate(layer.referenceDate, lang)}</dd>
        <dt>{t('geometryYear')}</dt>
        <dd>{layer.geometryYear}</dd>
        {layer.provenance && (
          <>
            <dt>{t('layerStatus')}</dt>
            <dd data-testid="layer-status">{t(`status.${layer.provenance.status}`)}</dd>
          </>
        )}
        <dt>{t('source')}</dt>
        <dd data-testid="layer-source">
          <SourceCitation source={layer.source} extra={layer.provenance?.basis} />
        </dd>
      </dl>
      {layer.provenance?.note[lang] && <p className="muted small" data-testid="layer-status-note">{layer.provenance.note[lang]}</p>}
      {layer.notes?.[lang] && <p className="muted small">{layer.notes[lang]}</p>}
      {layer.membershipStatus === 'unknown' && (
        <Suspense fallback={null}>
          <UnknownLayerPanel layer={layer} />
        </Suspense>
      )}
      {view && layer.membershipStatus === 'complete' && <LayerDoubts view={view} />}
    </section>
  );
}
