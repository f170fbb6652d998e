/** The application shell: header with controls, the map with its side panel, and the table twin. */
import { lazy, Suspense, useMemo, type MouseEvent } from 'react';
import { documents, layers } from '../data/repository.ts';
import { shortCitation, shortCitations } from '../domain/citations.ts';
import type { Lang } from '../i18n/messages.ts';
import { dismissNotices, ensureLayer, setLang, setShowTable } from '../state/actions.ts';
import { useStore } from '../state/store.ts';
import { useUrlSync } from '../state/useUrlSync.ts';
import { useDisplayedLayer } from '../state/useDisplayedLayer.ts';
import { useT } from '../i18n/useT.ts';
import { DivisionPicker } from './DivisionPicker.tsx';
import { LayerInfo } from './LayerInfo.tsx';
import { RegionKeys } from './explore/RegionKeys.tsx';
import { PrintHeader } from './explore/PrintHeader.tsx';
import { SidePanel } from './SidePanel.tsx';
import { ExploreHeader } from './explore/ExploreHeader.tsx';
import { ExploreMap } from './explore/ExploreMap.tsx';
import { ExplorePanel } from './explore/ExplorePanel.tsx';
import { openImport } from '../state/importActions.ts';
import { useLayers } from '../state/useLoad.ts';
import { PanelBoundary } from './PanelBoundary.tsx';
import { AfterMap } from './AfterMap.tsx';
import { RendererStatus } from './map/RendererStatus.tsx';

// Shown on request only (a selection, presenter mode): lazy chunks.
const MunicipalityProfile = lazy(() => import('./explore/MunicipalityProfile.tsx').then((m) => ({ default: m.MunicipalityProfile })));
const PresenterMode = lazy(() => import('./explore/PresenterMode.tsx').then((m) => ({ default: m.PresenterMode })));
// Region pages, the region list and the wide export are opened on request: lazy chunks.
const RegionList = lazy(() => import('./region/RegionList.tsx').then((m) => ({ default: m.RegionList })));
const RegionPage = lazy(() => import('./region/RegionPage.tsx').then((m) => ({ default: m.RegionPage })));
const AllDivisionsExport = lazy(() => import('./region/AllDivisionsExport.tsx').then((m) => ({ default: m.AllDivisionsExport })));
// The saved views and imported rounds sit at the foot of the side panel: lazy chunks too.
// The table twin is opened on request ("Tabel tonen"): a lazy chunk.
const TableTwin = lazy(() => import('./TableTwin.tsx').then((m) => ({ default: m.TableTwin })));
const SavedViews = lazy(() => import('./explore/SavedViews.tsx').then((m) => ({ default: m.SavedViews })));
const ImportedRounds = lazy(() => import('./import/ImportedRounds.tsx').then((m) => ({ default: m.ImportedRounds })));
// Below the map and mounted after it: its code is not part of the initial load either.
// The "Ronde importeren" dialog (parsers, xlsx reading, the pipeline) loads when it is opened.
const ImportDialog = lazy(() => import('./import/ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })));
const AnalysisPanel = lazy(() => import('./analysis/AnalysisPanel.tsx').then((m) => ({ default: m.AnalysisPanel })));

/**
 * The skip link moves the focus to the side panel without touching the address: the hash holds the
 * view's link, and `#panel` there would be one more (identical) history entry.
 */
function skipToPanel(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('panel')?.focus();
}

/** The footer's credit, from data/documents.json: the boundaries' makers, and every other document cited short. */
function creditOf(lang: Lang): { geometry: string; sources: string } {
  const geometry = documents.get('cbs-geometry');
  return {
    geometry: geometry ? shortCitation(geometry, lang) : 'CBS/Kadaster',
    sources: shortCitations(documents, lang, (d) => d.id !== 'cbs-geometry').join(' · '),
  };
}

/** The whole app. */
export function App() {
  useUrlSync();
  const { t, lang } = useT();
  const layerId = useStore((s) => s.layerId);
  const selected = useStore((s) => s.selected);
  const region = useStore((s) => s.region);
  const { status, ready, stale } = useDisplayedLayer();
  const showTable = useStore((s) => s.showTable);
  const notices = useStore((s) => s.notices);
  const presenter = useStore((s) => s.session.presenter);
  const importDialog = useStore((s) => s.importDialog);
  const credit = useMemo(() => creditOf(lang), [lang]);
  useLayers();
  const layer = layers.find((l) => l.id === layerId) ?? layers[0];

  return (
    <div className={presenter ? 'app presenter' : 'app'}>
      <a className="skip" href="#panel" onClick={skipToPanel}>
        {t('skipToPanel')}
      </a>
      <header className="topbar">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="subtitle">{t('appSubtitle')}</p>
        </div>
        <DivisionPicker />
        {ready && <ExploreHeader view={ready.view} />}
        <button type="button" onClick={() => openImport()} data-testid="open-import">
          {t('import.open')}
        </button>
        <div className="lang" role="group" aria-label={t('language')}>
          {(['nl', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </header>
      {notices.length > 0 && (
        <div className="notice banner" role="alert">
          {notices.map((n) => (
            <span key={n.subject} data-subject={n.subject}>
              {n.text(lang)}{' '}
            </span>
          ))}
          <button type="button" onClick={dismissNotices}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <main className="main">
        <div className="map-area">
          {stale && (
            <p className="loading-overlay" role="status">
              {t('loadingMap')}
            </p>
          )}
          {ready ? (
            <PanelBoundary name="map" key={`${ready.view.layer.geometryYear}`}>
              <ExploreMap view={ready.view} topology={ready.topology} selected={selected} />
            </PanelBoundary>
          ) : null}
          {ready ? (
            <>
              <RegionKeys view={ready.view} />
              <PrintHeader view={ready.view} />
            </>
          ) : status?.state === 'error' ? (
            <div className="notice" role="alert" data-testid="load-error">
              <strong>{t('errorTitle')}</strong>: {status.message}{' '}
              <button type="button" onClick={() => void ensureLayer(layerId)} data-testid="load-retry">
                {t('retry')}
              </button>
            </div>
          ) : (
            <p className="loading" role="status">
              {t('loadingMap')}
            </p>
          )}
        </div>
        <aside id="panel" className="panel" tabIndex={-1}>
          <PanelBoundary name="side">
            <Suspense fallback={null}>
              {ready && !stale && region && <RegionPage view={ready.view} regionId={region} />}
            </Suspense>
            <LayerInfo layer={layer} view={stale ? null : (ready?.view ?? null)} issues={stale ? [] : (ready?.issues ?? [])} />
            {ready && <SidePanel view={ready.view} selected={selected} />}
            <Suspense fallback={null}>{ready && selected && <MunicipalityProfile view={ready.view} code={selected} />}</Suspense>
            <AfterMap idleAfterMs={0} placeholder={false}>
              <Suspense fallback={null}>{ready && !stale && <RegionList view={ready.view} />}</Suspense>
            </AfterMap>
            {ready && <ExplorePanel view={ready.view} />}
            {/* The foot of the side panel, below the fold: mounted at the first idle moment after the map. */}
            <AfterMap idleAfterMs={0} placeholder={false}>
              <Suspense fallback={null}>{ready && <AllDivisionsExport year={layer.geometryYear} />}</Suspense>
              <Suspense fallback={null}>
                <SavedViews />
                <ImportedRounds />
              </Suspense>
            </AfterMap>
          </PanelBoundary>
          <button type="button" aria-expanded={showTable} onClick={() => setShowTable(!showTable)} data-testid="toggle-table">
            {showTable ? t('hideTable') : t('showTable')}
          </button>
        </aside>
        <Suspense fallback={null}>{presenter && ready && <PresenterMode view={ready.view} />}</Suspense>
      </main>
      {showTable && ready && (
        <PanelBoundary name="table">
          <Suspense fallback={<p className="loading" role="status">{t('loading')}</p>}>
            <TableTwin view={ready.view} selected={selected} />
          </Suspense>
        </PanelBoundary>
      )}
      <RendererStatus />
      <AfterMap>
        <PanelBoundary name="analysis">
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <AnalysisPanel />
          </Suspense>
        </PanelBoundary>
      </AfterMap>
      <Suspense fallback={null}>{importDialog && <ImportDialog replaceId={importDialog.replaceId} />}</Suspense>
      <footer className="credit">{t('credit', credit)}</footer>
    </div>
  );
}
