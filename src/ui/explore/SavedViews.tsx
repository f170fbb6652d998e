/**
 * Saved views: save the current view (layer, round, outlines, selection, zoom) with the chart it shows
 * in presenter mode; show, delete, export to a file and import from one.
 */
import { useId, useState } from 'react';
import { layers } from '../../data/repository.ts';
import { activeRenderer } from '../../map/activeRenderer.ts';
import { PRESENTER_CHARTS, type PresenterChartKind } from '../../state/explore.ts';
import { defaultPresenterChart, deleteSavedView, importSavedViews, saveView, savedViewsFileText, setSavedViewChart, showSavedView } from '../../state/exploreActions.ts';
import { useStore } from '../../state/store.ts';
import { skippedViewText } from '../../state/urlNotice.ts';
import { useT } from '../../i18n/useT.ts';
import { downloadText } from './download.ts';

/** The save form, the list of saved views, and the file buttons. */
export function SavedViews() {
  const { t, lang } = useT();
  const id = useId();
  const savedViews = useStore((s) => s.session.savedViews);
  const layerId = useStore((s) => s.layerId);
  const suggested = useStore(defaultPresenterChart);
  const [title, setTitle] = useState('');
  const [chart, setChart] = useState<PresenterChartKind | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const defaultTitle = layers.find((l) => l.id === layerId)?.label[lang] ?? layerId;

  const importFile = async (file: File) => {
    const result = importSavedViews(await file.text());
    if (!result.ok) {
      const detail = result.skipped ? result.skipped.map((v) => skippedViewText(lang, v)).join('; ') : (result.detail ?? '');
      setMessage({ text: t('savedImportRefused', { file: file.name, reason: t(`savedProblem.${result.problem}`), detail }), error: true });
      return;
    }
    const text = t(result.views.length === 1 ? 'savedImportedOne' : 'savedImported', { n: result.views.length, file: file.name });
    setMessage(result.skipped.length ? { text: `${text} ${t('savedImportSkipped', { list: result.skipped.map((v) => skippedViewText(lang, v)).join('; ') })}`, error: true } : { text, error: false });
  };

  return (
    <section className="saved-views" aria-labelledby={`${id}-title`} data-testid="saved-views">
      <h2 id={`${id}-title`}>{t('savedViews')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          saveView(title.trim() || defaultTitle, activeRenderer()?.camera() ?? null, chart ?? suggested);
          setTitle('');
          setChart(null);
        }}
      >
        <label htmlFor={id}>{t('savedViewTitle')}</label>{' '}
        <input id={id} type="text" value={title} placeholder={defaultTitle} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor={`${id}-chart`}>{t('savedViewChart')}</label>{' '}
        <select id={`${id}-chart`} value={chart ?? suggested} onChange={(e) => setChart(e.target.value as PresenterChartKind)} data-testid="save-view-chart">
          {PRESENTER_CHARTS.map((c) => (
            <option key={c} value={c}>
              {t(`presenterChart.${c}`)}
            </option>
          ))}
        </select>{' '}
        <button type="submit" data-testid="save-view">
          {t('saveView')}
        </button>
      </form>
      {savedViews.length === 0 ? (
        <p className="muted small">{t('noSavedViews')}</p>
      ) : (
        <ol className="saved-list" data-testid="saved-list">
          {savedViews.map((v, i) => (
            <li key={v.id}>
              <button type="button" className="link" onClick={() => showSavedView(i)}>
                {v.title}
              </button>{' '}
              <select className="small-select" aria-label={t('savedViewChartOf', { title: v.title })} value={v.chart} onChange={(e) => setSavedViewChart(v.id, e.target.value as PresenterChartKind)}>
                {PRESENTER_CHARTS.map((c) => (
                  <option key={c} value={c}>
                    {t(`presenterChart.${c}`)}
                  </option>
                ))}
              </select>{' '}
              <button type="button" className="small-button" onClick={() => deleteSavedView(v.id)} aria-label={t('deleteSavedView', { title: v.title })}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="saved-file">
        <button type="button" disabled={savedViews.length === 0} onClick={() => downloadText(savedViewsFileText(), 'regioscoop-weergaven.json', 'application/json')} data-testid="saved-export">
          {t('savedExport')}
        </button>
        <label className="file-button">
          {t('savedImport')}
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            data-testid="saved-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      <p className={message?.error ? 'notice small' : 'small'} role="status" data-testid="saved-message">
        {message?.text ?? ''}
      </p>
    </section>
  );
}
