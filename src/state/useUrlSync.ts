/** Keeps the view state and the URL hash in step: back and forward work, links reopen the view. */
import { useEffect } from 'react';
import { layers } from '../data/repository.ts';
import { applyView, chosenLayerSettled, setNotice } from './actions.ts';
import { isLanguageLoaded, loadLanguage, type Lang } from '../i18n/messages.ts';
import { requestCamera } from './exploreActions.ts';
import { importedRoundsSettled, startImportedRounds } from './workspaceActions.ts';
import { useStore, type ViewState } from './store.ts';
import { translate } from '../i18n/messages.ts';
import { hashToView, isInPageAnchor, linkedPlaces, viewToHash } from './url.ts';
import { quoteValue, type DroppedField } from './urlFields.ts';

/** What a change of the view does to the browser history. */
export type HistoryStep = 'none' | 'push' | 'replace';

/**
 * How a change from `previous` to `next` enters the history: moving the map replaces the entry;
 * a drag of the opacity slider adds one entry for the whole drag (the first step pushes, the steps
 * right after it replace, until another change or a move of the map); any other change adds an entry.
 */
export function historyStep(previous: ViewState, next: ViewState, lastStep: 'opacity' | 'other'): { step: HistoryStep; kind: 'opacity' | 'other' } {
  const hash = viewToHash(next);
  if (hash === viewToHash(previous)) return { step: 'none', kind: lastStep };
  const noCamera = (v: ViewState) => viewToHash({ ...v, camera: null });
  // A move of the map ends a drag of the slider: the next opacity change starts a new entry.
  if (noCamera(next) === noCamera(previous)) return { step: 'replace', kind: 'other' };
  const noOpacity = (v: ViewState) => noCamera({ ...v, explore: { ...v.explore, fillOpacity: 0 } });
  if (noOpacity(next) === noOpacity(previous)) return { step: lastStep === 'opacity' ? 'replace' : 'push', kind: 'opacity' };
  return { step: 'push', kind: 'other' };
}

let applying = false;
let lastKind: 'opacity' | 'other' = 'other';

function readHash(initial: boolean): void {
  // An in-page anchor typed into the address (#panel; the skip link itself no longer writes one) is
  // not a link: keep the view, and put its link back.
  if (!initial && isInPageAnchor(window.location.hash)) {
    history.replaceState(null, '', `#${viewToHash(useStore.getState())}`);
    return;
  }
  const { view, dropped, missingImported } = hashToView(window.location.hash, layers);
  // A link naming an imported round waits for the saved rounds (IndexedDB) before it says one is missing.
  if (missingImported?.length && !importedRoundsSettled()) {
    void startImportedRounds().then(() => readHash(initial));
    return;
  }
  // A link in a language not loaded yet is read once its texts are there (the notice speaks it too).
  if (!isLanguageLoaded(view.lang)) {
    // Loaded: read again. Not loaded: open the view in the current language (applyView says why).
    loadLanguage(view.lang).then(
      () => readHash(initial),
      () => applyLinked(view, dropped, missingImported),
    );
    return;
  }
  applyLinked(view, dropped, missingImported);
}

/** The notice's words: a chunk of their own (most links open whole), loaded once. */
let noticeWords: Promise<typeof import('./urlNotice.ts')> | null = null;
/** Counts the links read: a notice of an older link (back, forward) is not written any more. */
let linkGeneration = 0;
/** Whether this link's notice has been shown (then a notice the banner no longer has was closed by the user). */
let linkNoticeShown = false;

/**
 * Says what a link asked for and did not get, in the language shown (it follows a switch), in place
 * of the link's earlier notice; other notices stay. `sinceDismissed` is what to say when the user has
 * closed the link's notice in the meantime.
 */
function showLinkNotice(generation: number, dropped: readonly DroppedField[], missingImported: readonly string[] | undefined, sinceDismissed: readonly DroppedField[] = dropped): void {
  if (!dropped.length && !missingImported?.length) return;
  const write = (words: (lang: Lang, items: readonly DroppedField[], missing: readonly string[] | undefined) => string) => {
    if (generation !== linkGeneration) return;
    const dismissed = linkNoticeShown && !useStore.getState().notices.some((n) => n.subject === 'link');
    const [items, missing] = dismissed ? [sinceDismissed, undefined] : [dropped, missingImported];
    if (!items.length && !missing?.length) return;
    linkNoticeShown = true;
    setNotice('link', (lang) => words(lang, items, missing));
  };
  noticeWords ??= import('./urlNotice.ts');
  noticeWords.then(
    ({ linkNoticeWithImports }) => write((lang, items, missing) => linkNoticeWithImports(lang, items, missing) ?? ''),
    // Without the chunk (a redeploy, the network gone), a short notice of the first load names the fields.
    () => {
      noticeWords = null;
      write((lang, items, missing) => translate(lang, 'linkPartlyOpened', { fields: [...new Set([...items.map((d) => d.field), ...(missing ?? [])].map(quoteValue))].slice(0, 5).join(', ') }));
    },
  );
}

/** Changes the view as a link asks, without a history entry, and puts the link as it now stands in place of the one typed. */
function applyWithoutHistory(apply: () => void): void {
  applying = true;
  try {
    apply();
  } finally {
    applying = false;
  }
  const hash = `#${viewToHash(useStore.getState())}`;
  if (hash !== window.location.hash) history.replaceState(null, '', hash);
}

function applyLinked(view: ViewState, dropped: readonly DroppedField[], missingImported: readonly string[] | undefined): void {
  const generation = ++linkGeneration;
  // A link read anew (back, forward) says only what it lacks itself.
  linkNoticeShown = false;
  setNotice('link', null);
  applyWithoutHistory(() => applyView(view));
  lastKind = 'other';
  if (view.camera) requestCamera(view.camera);
  showLinkNotice(generation, dropped, missingImported);
  if (view.selected !== null || view.region !== null) void checkLinkedPlaces(generation, view, dropped, missingImported);
}

/**
 * Once the linked layer has loaded, drops a municipality or region page it does not have (and says
 * so); a view the user has changed meanwhile is left alone.
 */
async function checkLinkedPlaces(generation: number, view: ViewState, dropped: readonly DroppedField[], missingImported: readonly string[] | undefined): Promise<void> {
  await chosenLayerSettled();
  if (generation !== linkGeneration) return;
  const state = useStore.getState();
  const status = state.layerStatus[view.layerId];
  if (status?.state !== 'ready' || state.layerId !== view.layerId || state.selected !== view.selected || state.region !== view.region) return;
  const { selected, region, dropped: absent } = linkedPlaces(view, status.view);
  if (!absent.length) return;
  applyWithoutHistory(() => useStore.setState({ selected, region }));
  showLinkNotice(generation, [...dropped, ...absent], missingImported, absent);
}

/**
 * Applies the linked view before the first render, so its layer's data is already being fetched while
 * React renders the page (the full reading, with notices and history, follows in useUrlSync).
 */
export function startFromLink(): Lang {
  const { view } = hashToView(window.location.hash, layers);
  applyView(view);
  return view.lang;
}

/** Reads the hash on start and on back/forward; writes it when the view changes. */
export function useUrlSync(): void {
  useEffect(() => {
    const onPopState = () => readHash(false);
    readHash(true);
    window.addEventListener('popstate', onPopState);
    const unsubscribe = useStore.subscribe((state, previous) => {
      if (applying) return;
      const { step, kind } = historyStep(previous, state, lastKind);
      lastKind = kind;
      if (step === 'none') return;
      const hash = `#${viewToHash(state)}`;
      if (hash === window.location.hash) return;
      if (step === 'replace') history.replaceState(null, '', hash);
      else history.pushState(null, '', hash);
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, []);
}
