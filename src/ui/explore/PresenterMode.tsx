/**
 * Presenter mode: the map, its title and one chart in large type, readable from the back of a room.
 * Full screen when the browser allows it (else the page fills the window); arrow keys step through the
 * saved views; Escape (or leaving full screen) returns to the normal view.
 */
import { useEffect, useRef } from 'react';
import type { LayerView } from '../../domain/layerView.ts';
import { defaultPresenterChart, setPresenter, stepSavedView } from '../../state/exploreActions.ts';
import { useStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import { PresenterChart } from './PresenterChart.tsx';
import { useShownLayers } from './useShownLayers.ts';
import { sourceLineFor } from './presentation.ts';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** Leaves presenter mode, and full screen if the app entered it. */
export function leavePresenter(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  setPresenter(false);
}

/** Requests full screen; the returned promise tells whether the browser granted it. */
async function enterFullscreen(): Promise<boolean> {
  try {
    await document.documentElement.requestFullscreen?.({ navigationUI: 'hide' });
    return Boolean(document.fullscreenElement);
  } catch {
    return false;
  }
}

/** The presenter's side: title of the view, position among saved views, the chart slot and the key hints. */
export function PresenterMode({ view }: { view: LayerView }) {
  const { t, lang } = useT();
  const session = useStore((s) => s.session);
  const selected = useStore((s) => s.selected);
  const leave = useRef<HTMLButtonElement>(null);
  const fullscreen = useRef(false);

  useEffect(() => {
    leave.current?.focus();
    void enterFullscreen().then((granted) => {
      fullscreen.current = granted;
      document.documentElement.dataset.fullscreen = granted ? 'yes' : 'refused';
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') leavePresenter();
      else if (NEXT.has(e.key)) stepSavedView(1);
      else if (PREVIOUS.has(e.key)) stepSavedView(-1);
      else return;
      // Captured on window: the map's own arrow-key panning must not move the view as well.
      e.preventDefault();
      e.stopPropagation();
    };
    const onFullscreenChange = () => {
      if (fullscreen.current && !document.fullscreenElement) setPresenter(false);
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      delete document.documentElement.dataset.fullscreen;
    };
  }, []);

  const saved = session.savedViews[session.savedIndex];
  const suggested = useStore(defaultPresenterChart);
  const shown = useShownLayers(view);
  const name = selected ? view.municipalityName.get(selected) : undefined;
  return (
    <aside className="presenter-side" aria-labelledby="presenter-title" data-testid="presenter">
      <h1 id="presenter-title" data-testid="presenter-title">
        {saved?.title ?? view.layer.label[lang]}
      </h1>
      {saved && saved.title !== view.layer.label[lang] && <p className="presenter-layer">{view.layer.label[lang]}</p>}
      {name && <p className="presenter-selection">{name}</p>}
      {saved && (
        <p className="presenter-step" data-testid="presenter-step">
          {t('presenterStep', { i: session.savedIndex + 1, n: session.savedViews.length, title: saved.title })}
        </p>
      )}
      <PresenterChart view={view} kind={saved?.chart ?? suggested} />
      <p className="presenter-source" data-testid="presenter-source">
        {sourceLineFor(shown, lang)}
      </p>
      <p className="presenter-hint">{session.savedViews.length > 0 ? t('presenterKeys') : t('presenterNoViews')}</p>
      <button ref={leave} type="button" onClick={leavePresenter} data-testid="presenter-leave">
        {t('presenterLeave')}
      </button>
    </aside>
  );
}
