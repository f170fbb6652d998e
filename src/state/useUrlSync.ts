/** Keeps the view state and the URL hash in step: back and forward work, links reopen the view. */
import { useEffect } from 'react';
import { layers } from '../data/repository.ts';
import { applyView, setNotice } from './actions.ts';
import { requestCamera } from './exploreActions.ts';
import { useStore } from './store.ts';
import { hashToView, viewToHash } from './url.ts';
import { translate } from '../i18n/messages.ts';

function readHash(): void {
  const { view, problem } = hashToView(window.location.hash, layers);
  applyView(view);
  if (view.camera) requestCamera(view.camera);
  if (problem) {
    setNotice(translate(view.lang, 'linkNotice', { reason: problem }));
    history.replaceState(null, '', `#${viewToHash(view)}`);
  }
}

/** Reads the hash on start and on back/forward; writes it when the view changes. */
export function useUrlSync(): void {
  useEffect(() => {
    readHash();
    window.addEventListener('popstate', readHash);
    const unsubscribe = useStore.subscribe((state, previous) => {
      const hash = viewToHash(state);
      if (hash === viewToHash(previous) || `#${hash}` === window.location.hash) return;
      // Moving the map updates the link without adding a history entry per movement.
      const onlyCamera = viewToHash({ ...state, camera: null }) === viewToHash({ ...previous, camera: null });
      if (onlyCamera) history.replaceState(null, '', `#${hash}`);
      else history.pushState(null, '', `#${hash}`);
    });
    return () => {
      window.removeEventListener('popstate', readHash);
      unsubscribe();
    };
  }, []);
}
