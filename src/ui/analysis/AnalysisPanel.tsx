/**
 * The analysis panel below the map: four ARIA tabs (charts, incongruence, congruence, data overview),
 * operable with the arrow keys, Home and End. It does not wait for the map: lists and tables appear
 * as soon as their data are loaded. It follows the shown layer and selection a moment after the map
 * does (deferred values): a division switch repaints the map first, then the charts. While the
 * panel is off screen it keeps what it shows and catches up as it comes on screen (useOnScreen): a
 * switch made while looking at the map does not render charts nobody sees.
 */
import { useDeferredValue, useMemo, useRef, type KeyboardEvent } from 'react';
import { useOnScreen } from '../useOnScreen.ts';
import { layers } from '../../data/repository.ts';
import { useT } from '../../i18n/useT.ts';
import { setAnalysis } from '../../state/analysisActions.ts';
import { ANALYSIS_TABS, type AnalysisTab } from '../../state/analysis.ts';
import { useStore } from '../../state/store.ts';
import { ChartsTab } from './ChartsTab.tsx';
import { CongruenceTab } from './CongruenceTab.tsx';
import { IncongruenceTab } from './IncongruenceTab.tsx';
import { OverviewTab } from './OverviewTab.tsx';

/** The value as it was when the panel was last on screen. */
function useHeldAway<T>(onScreen: boolean, value: T): T {
  const held = useRef(value);
  if (onScreen) held.current = value;
  return held.current;
}

/** The tabbed panel. */
export function AnalysisPanel() {
  const { t } = useT();
  const analysis = useStore((s) => s.analysis);
  const section = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(section, true);
  const layerId = useDeferredValue(useHeldAway(onScreen, useStore((s) => s.layerId)));
  const selected = useDeferredValue(useHeldAway(onScreen, useStore((s) => s.selected)));
  const status = useStore((s) => s.layerStatus[s.layerId]);
  const view = useDeferredValue(useHeldAway(onScreen, status?.state === 'ready' ? status.view : null));
  const layer = layers.find((l) => l.id === layerId)!;
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const active = analysis.tab;

  const onKeyDown = (event: KeyboardEvent) => {
    const index = ANALYSIS_TABS.indexOf(active);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: ANALYSIS_TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = (next + ANALYSIS_TABS.length) % ANALYSIS_TABS.length;
    setAnalysis({ tab: ANALYSIS_TABS[target] });
    tabs.current[target]?.focus();
  };
  const reference = layers.find((l) => l.id === (analysis.reference ?? layerId) && l.membershipStatus === 'complete') ?? layers.find((l) => l.id === 'jeugd_2013_10')!;
  const content: Record<AnalysisTab, () => React.ReactNode> = {
    charts: () => <ChartsTab chart={analysis.chart} view={view} selected={selected} overlapWith={analysis.overlapWith} />,
    incongruence: () => <IncongruenceTab compare={analysis.compare} selected={selected} mapYear={layer.geometryYear} />,
    congruence: () => <CongruenceTab reference={reference} />,
    overview: () => <OverviewTab layerId={layerId} />,
  };
  // The same element while the deferred values stand still, so an urgent render of the panel (the
  // switch itself) does not render the charts again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const body = useMemo(() => content[active](), [active, analysis, view, selected, layerId, layer, reference]);
  return (
    <section ref={section} className="analysis" aria-labelledby="analysis-title" data-testid="analysis">
      <h2 id="analysis-title">{t('analysis.title')}</h2>
      <div role="tablist" aria-labelledby="analysis-title" className="tabs" onKeyDown={onKeyDown}>
        {ANALYSIS_TABS.map((tab, i) => (
          <button
            key={tab}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`analysis-tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`analysis-panel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => setAnalysis({ tab })}
          >
            {t(`analysis.tab.${tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`analysis-panel-${active}`} aria-labelledby={`analysis-tab-${active}`} tabIndex={0} className="tabpanel" data-testid={`tabpanel-${active}`}>
        {body}
      </div>
    </section>
  );
}
