/** Saved views: save the current view (layer, round, outlines, selection, zoom) and show or delete one. */
import { useEffect, useId, useState } from 'react';
import { layers } from '../../data/repository.ts';
import { activeRenderer } from '../../map/activeRenderer.ts';
import { deleteSavedView, loadSavedViews, saveView, showSavedView } from '../../state/exploreActions.ts';
import { useStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';

/** The save form and the list of saved views. */
export function SavedViews() {
  const { t, lang } = useT();
  const id = useId();
  const savedViews = useStore((s) => s.session.savedViews);
  const layerId = useStore((s) => s.layerId);
  const [title, setTitle] = useState('');
  useEffect(() => loadSavedViews(), []);
  const defaultTitle = layers.find((l) => l.id === layerId)?.label[lang] ?? layerId;
  return (
    <section className="saved-views" aria-labelledby={`${id}-title`} data-testid="saved-views">
      <h2 id={`${id}-title`}>{t('savedViews')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          saveView(title.trim() || defaultTitle, activeRenderer()?.camera() ?? null);
          setTitle('');
        }}
      >
        <label htmlFor={id}>{t('savedViewTitle')}</label>{' '}
        <input id={id} type="text" value={title} placeholder={defaultTitle} onChange={(e) => setTitle(e.target.value)} />{' '}
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
              <button type="button" className="small-button" onClick={() => deleteSavedView(v.id)} aria-label={t('deleteSavedView', { title: v.title })}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
