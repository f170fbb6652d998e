import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import './ui/app.css';
import { initialRendererChoice } from './state/rendererState.ts';
import { startImportedRounds } from './state/workspaceActions.ts';
import { startFromLink } from './state/useUrlSync.ts';

// Chosen once, before the first render: probe for a hardware WebGL context, setting, address.
initialRendererChoice();
// The linked layer's data is fetched from here on, not only after the first render.
startFromLink();

// Imported rounds come from IndexedDB before the first render, so a link naming one opens it.
void startImportedRounds().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
