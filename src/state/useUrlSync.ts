/** Keeps the view state and the URL hash in step: back and forward work, links reopen the view. */
import { useEffect } from 'react';
import { layers } from '../data/repository.ts';
import { applyView, setNotice } from './actions.ts';
import { useStore } from './store.ts';
import { hashToView, viewToHash } from './url.ts';
import { translate } from '../i18n/messages.ts';

/** The quoted value of a link problem (at most 40 characters), or `?` when it quotes none. */
export function linkProblemValue(problem: string): string {
  const quoted = /"([^"]*)"/.exec(problem)?.[1];
  return quoted === undefined ? '?' : `“${quoted.length > 40 ? `${quoted.slice(0, 40)}…` : quoted}”`;
}

function readHash(): void {
  const { view, problem } = hashToView(window.location.hash, layers);
  applyView(view);
  if (problem) {
    // The parser's reason is technical English; the notice quotes only the offending value, in the user's language.
    setNotice(translate(view.lang, 'linkNotice', { reason: linkProblemValue(problem) }));
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
      history.pushState(null, '', `#${hash}`);
    });
    return () => {
      window.removeEventListener('popstate', readHash);
      unsubscribe();
    };
  }, []);
}
