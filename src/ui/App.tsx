/** The application shell: header with controls, the map with its side panel, and the table twin. */
import { layers } from '../data/repository.ts';
import { createMapLibreRenderer } from '../map/maplibreRenderer.ts';
import { MapView } from '../map/MapView.tsx';
import { setLang, setNotice, setShowTable } from '../state/actions.ts';
import { useStore } from '../state/store.ts';
import { useUrlSync } from '../state/useUrlSync.ts';
import { useT } from '../i18n/useT.ts';
import { DivisionPicker } from './DivisionPicker.tsx';
import { LayerInfo } from './LayerInfo.tsx';
import { Legend } from './Legend.tsx';
import { MunicipalityTable } from './MunicipalityTable.tsx';
import { SidePanel } from './SidePanel.tsx';

/** The whole app. */
export function App() {
  useUrlSync();
  const { t, lang } = useT();
  const layerId = useStore((s) => s.layerId);
  const selected = useStore((s) => s.selected);
  const status = useStore((s) => s.layerStatus[s.layerId]);
  const showTable = useStore((s) => s.showTable);
  const notice = useStore((s) => s.notice);
  const layer = layers.find((l) => l.id === layerId)!;
  const ready = status?.state === 'ready' ? status : null;

  return (
    <div className="app">
      <a className="skip" href="#panel">
        {lang === 'nl' ? 'Naar het zijpaneel' : 'Skip to side panel'}
      </a>
      <header className="topbar">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="subtitle">{t('appSubtitle')}</p>
        </div>
        <DivisionPicker />
        <div className="lang" role="group" aria-label={t('language')}>
          {(['nl', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </header>
      {notice && (
        <div className="notice banner" role="alert">
          {notice}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <main className="main">
        <div className="map-area">
          {ready ? (
            <MapView view={ready.view} topology={ready.topology} selected={selected} createRenderer={createMapLibreRenderer} />
          ) : status?.state === 'error' ? (
            <div className="notice" role="alert" data-testid="load-error">
              <strong>{t('errorTitle')}</strong>: {status.message}
            </div>
          ) : (
            <p className="loading" role="status">
              {t('loadingMap')}
            </p>
          )}
          {ready && <Legend colourCount={ready.view.colourCount} />}
        </div>
        <aside id="panel" className="panel" tabIndex={-1}>
          <LayerInfo layer={layer} view={ready?.view ?? null} />
          {ready && <SidePanel view={ready.view} selected={selected} />}
          <button type="button" aria-expanded={showTable} onClick={() => setShowTable(!showTable)} data-testid="toggle-table">
            {showTable ? t('hideTable') : t('showTable')}
          </button>
        </aside>
      </main>
      {showTable && ready && (
        <section className="table-area">
          <MunicipalityTable view={ready.view} selected={selected} />
        </section>
      )}
      <footer className="credit">{t('credit')}</footer>
    </div>
  );
}
