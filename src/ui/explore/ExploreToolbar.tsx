/** Header buttons of the exploring features: presenter mode and the export dialog (PNG or SVG). */
import { lazy, Suspense, useRef, useState } from 'react';
import type { LayerView } from '../../domain/layerView.ts';
import { setPresenter } from '../../state/exploreActions.ts';
import { useT } from '../../i18n/useT.ts';
import { PanelBoundary } from '../PanelBoundary.tsx';

// Opened on request: a lazy chunk (the dialog, its layout and the SVG composer).
const ExportDialog = lazy(() => import('./ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })));

/** Starts presenter mode; opens the export dialog with its preview. */
export function ExploreToolbar({ view }: { view: LayerView }) {
  const { t } = useT();
  const [exporting, setExporting] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="explore-toolbar" role="group" aria-label={t('toolbar')}>
      <button type="button" onClick={() => setPresenter(true)} data-testid="presenter-start">
        {t('presenterStart')}
      </button>
      <button ref={button} type="button" onClick={() => setExporting(true)} aria-haspopup="dialog" data-testid="export-png">
        {t('exportPng')}
      </button>
      {exporting && (
        <PanelBoundary name="export">
          <Suspense fallback={<span role="status">{t('loading')}</span>}>
            <ExportDialog
              view={view}
              onClose={() => {
                setExporting(false);
                button.current?.focus();
              }}
            />
          </Suspense>
        </PanelBoundary>
      )}
    </div>
  );
}
