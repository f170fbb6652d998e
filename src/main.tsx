import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import './ui/app.css';
import './ui/layout.css';
import { initialRendererChoice } from './state/rendererState.ts';
import { startImportedRounds } from './state/workspaceActions.ts';
import { loadSavedViews } from './state/exploreActions.ts';
import { startFromLink } from './state/useUrlSync.ts';
import { isLanguageLoaded, loadLanguage } from './i18n/messages.ts';
import { chosenLayerSettled } from './state/actions.ts';

/**
 * The first render waits this long at most for the linked layer's data (requested by src/boot.ts):
 * a page rendered without its data is rendered again a moment later, which on a slow machine costs
 * more than the wait. index.html shows a loading state meanwhile.
 */
const FIRST_RENDER_WAIT_MS = 500;

// The linked layer's data is fetched from here on, not only after the first render.
const linkedLang = startFromLink();
// Chosen once, before the first render (while the data is on its way): the WebGL probe's result
// (src/boot.ts probed while this code loaded), the setting, the address.
initialRendererChoice();

/**
 * Renders the app in the task in which its data is ready: a render scheduled for later would let
 * the browser draw the loading state once more in between (20-70 ms here).
 */
function render(): void {
  const root = createRoot(document.getElementById('root')!);
  flushSync(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

// The saved rounds come from IndexedDB while the page renders (a link naming one waits for them in
// useUrlSync); the saved views are read once they are known, as a view may show one.
void startImportedRounds().finally(loadSavedViews);

// A link in English renders once the English texts are there (one small chunk), never first in Dutch.
const texts = isLanguageLoaded(linkedLang) ? Promise.resolve() : loadLanguage(linkedLang).catch(() => {});
const data = Promise.race([chosenLayerSettled(), new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]);
void Promise.all([texts, data]).then(render);
