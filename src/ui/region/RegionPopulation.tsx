/** Printed versus computed population of a region, with the likely reason of a difference and the other possible ones. */
import type { LayerView } from '../../domain/layerView.ts';
import type { RegionPage } from '../../domain/viewModels/regionPage.ts';
import type { GmCode } from '../../domain/types.ts';
import { formatPercent } from '../../i18n/messages.ts';
import { reasonText } from '../../i18n/words.ts';
import { useT } from '../../i18n/useT.ts';

/** Both figures side by side, never reconciled. */
export function RegionPopulation({ page, view, loading }: { page: RegionPage; view: LayerView; loading: boolean }) {
  const { t, n, lang } = useT();
  const c = page.comparison;
  const nameOf = (code: GmCode) => view.municipalityName.get(code) ?? code;
  return (
    <div className="region-population" data-testid="region-population-block">
      <h3>{t('reportedVsComputed')}</h3>
      {loading && <p role="status">{t('loading')}</p>}
      {!loading && !c && <p>{t('noReportedFigure')}</p>}
      {c && (
        <>
          <dl>
            <dt>{t('reportedFigure')}</dt>
            <dd data-testid="region-reported">{c.populationText || '—'}</dd>
            <dt>{t('computedFigure', { year: c.populationYear ?? '?' })}</dt>
            <dd data-testid="region-computed">{c.computedPopulation === null ? t('populationUnknown') : n(c.computedPopulation)}</dd>
            {c.difference !== null && c.relativeDifference !== null && (
              <>
                <dt>{t('differenceFigure')}</dt>
                <dd data-testid="region-difference">
                  {n(c.difference)} ({formatPercent(lang, c.relativeDifference)})
                </dd>
              </>
            )}
          </dl>
          {c.reasons.length > 0 && (
            <>
              <p data-testid="region-likely-reason">
                <strong>{t('likelyReason')}:</strong> {reasonText(lang, c.reasons[0], nameOf)}
              </p>
              {c.reasons.length > 1 && (
                <details>
                  <summary>{t('otherReasons')}</summary>
                  <ul>
                    {c.reasons.slice(1).map((r, i) => (
                      <li key={i}>{reasonText(lang, r, nameOf)}</li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
