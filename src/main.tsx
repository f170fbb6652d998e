import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import './ui/app.css';
import './ui/layout.css';
import { initialRendererChoice } from './state/rendererState.ts';
import { startImportedRounds } from './state/workspaceActions.ts';
import { loadSavedViews } from './state/exploreActions.ts';
import { startFromLink } from './state/useUrlSync.ts';
import { isLanguageLoaded, loadLanguage } from './i18n/messages.ts';

// Chosen once, before the first render: probe for a hardware WebGL context, setting, address.
initialRendererChoice();
// The linked layer's data is fetched from here on, not only after the first render.
const linkedLang = startFromLink();

function render(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The first render waits for the imported rounds from IndexedDB (so a link naming one opens it) and,
// for a link in English, for the English texts (one small chunk): never first in Dutch.
// The saved views are read once the imported rounds are known (a view may show one).
const rounds = startImportedRounds().finally(loadSavedViews);
void Promise.allSettled([rounds, isLanguageLoaded(linkedLang) ? null : loadLanguage(linkedLang)]).then(render);
