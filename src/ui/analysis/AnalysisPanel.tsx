/**
 * The analysis panel below the map: four ARIA tabs (charts, incongruence, congruence, data overview),
 * operable with the arrow keys, Home and End. It does not wait for the map: lists and tables appear
 * as soon as their data are loaded. It follows the shown layer and selection a moment after the map
 * does (deferred values): a division switch repaints the map first, then the charts. While the
 * panel is off screen (useOnScreen) it catches up when it comes on screen or when the user pauses:
 * switches made while looking at the map do not render charts nobody sees after every one.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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
// The Dutch texts of the analysis keys come with this chunk.
import '../../i18n/messages.analysisTexts.ts';
import { DEFAULT_LAYER_ID } from '../../data/defaultLayer.ts';

/** How long the panel, off screen, waits after the last change before it catches up. */
const CATCH_UP_MS = 2000;

const sameValues = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The values the panel shows: the current ones while it is on screen; off screen, the ones it last
 * showed until the user has paused for CATCH_UP_MS, so that a run of switches on the map does not
 * render charts nobody sees after every one, and the panel is up to date soon after.
 */
function useHeldAway<T extends readonly unknown[]>(onScreen: boolean, values: T): T {
  const [held, setHeld] = useState(values);
  const stale = !sameValues(held, values);
  useEffect(() => {
    if (!stale) return;
    const timer = setTimeout(() => setHeld(values), onScreen ? 0 : CATCH_UP_MS);
    return () => clearTimeout(timer);
  }, [onScreen, stale, values]);
  return onScreen || !stale ? values : held;
}

/** The tabbed panel. */
export function AnalysisPanel() {
  const { t } = useT();
  const analysis = useStore((s) => s.analysis);
  const section = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(section, true);
  const status = useStore((s) => s.layerStatus[s.layerId]);
  const liveLayerId = useStore((s) => s.layerId);
  const liveSelected = useStore((s) => s.selected);
  const liveView = status?.state === 'ready' ? status.view : null;
  const live = useMemo(() => [liveLayerId, liveSelected, liveView] as const, [liveLayerId, liveSelected, liveView]);
  const [layerId, selected, view] = useDeferredValue(useHeldAway(onScreen, live));
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
  const reference = layers.find((l) => l.id === (analysis.reference ?? layerId) && l.membershipStatus === 'complete') ?? layers.find((l) => l.id === DEFAULT_LAYER_ID)!;
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
