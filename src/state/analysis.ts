/**
 * The analysis panel's part of the view state (active tab, the divisions compared, the chart shown)
 * and its URL parameters. Only values that differ from the default are written, so that a link of
 * the map alone is unchanged and old v=1 links open with the default analysis.
 */
import type { Layer } from '../domain/types.ts';
import { listItems, type DropList } from './urlFields.ts';

/** The tabs of the analysis panel; `incongruence` is the incongruence mode (it marks the map). */
export const ANALYSIS_TABS = ['charts', 'incongruence', 'congruence', 'overview'] as const;
/** A tab of the analysis panel. */
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

/** The charts of the charts tab. */
export const CHART_IDS = ['sizes', 'reported', 'overlap', 'tasks', 'intentions', 'groups', 'cjg', 'care'] as const;
/** A chart of the charts tab. */
export type ChartId = (typeof CHART_IDS)[number];

/** What the analysis panel shows. */
export interface AnalysisView {
  tab: AnalysisTab;
  /** Layers compared in incongruence mode: two or more of one geometry year. */
  compare: string[];
  /** Reference division of the congruence overview; null = the layer shown on the map. */
  reference: string | null;
  chart: ChartId;
  /** Second division of the overlap chart; null = the default partner of the shown layer. */
  overlapWith: string | null;
}

/** The default analysis: region sizes; youth (Oct 2013) against Wmo (May 2013) for incongruence. */
export const DEFAULT_ANALYSIS: AnalysisView = {
  tab: 'charts',
  compare: ['jeugd_2013_10', 'wmo_2013_05'],
  reference: null,
  chart: 'sizes',
  overlapWith: null,
};

/** Layers that can be analysed: those whose member lists are known. */
export function analysableLayers(layers: readonly Layer[]): Layer[] {
  return layers.filter((l) => l.membershipStatus === 'complete');
}

/** Writes the non-default analysis values into URL parameters. */
export function analysisToParams(analysis: AnalysisView, params: URLSearchParams): void {
  if (analysis.tab !== DEFAULT_ANALYSIS.tab) params.set('tab', analysis.tab);
  if (analysis.compare.join(',') !== DEFAULT_ANALYSIS.compare.join(',')) params.set('cmp', analysis.compare.join(','));
  if (analysis.reference) params.set('ref', analysis.reference);
  if (analysis.chart !== DEFAULT_ANALYSIS.chart) params.set('chart', analysis.chart);
  if (analysis.overlapWith) params.set('ovl', analysis.overlapWith);
}

/**
 * Reads the analysis from URL parameters field by field: a bad field is dropped (into `drops`) and
 * takes its default, the others stay. The compared divisions are those the incongruence tab offers:
 * known members, one geometry year (that of the first valid one), each once, two or more.
 */
export function analysisFromParams(params: URLSearchParams, layers: readonly Layer[], drops: DropList): AnalysisView {
  const known = new Map(analysableLayers(layers).map((l) => [l.id, l]));
  const ofList = <T extends string>(key: string, list: readonly T[], fallback: T): T => {
    const value = params.get(key);
    if (value === null) return fallback;
    if ((list as readonly string[]).includes(value)) return value as T;
    drops.drop(key, value, 'notAChoice');
    return fallback;
  };
  const tab = ofList('tab', ANALYSIS_TABS, DEFAULT_ANALYSIS.tab);
  const chart = ofList('chart', CHART_IDS, DEFAULT_ANALYSIS.chart);
  let compare = DEFAULT_ANALYSIS.compare;
  const cmp = params.get('cmp');
  if (cmp !== null) {
    const kept: string[] = [];
    for (const id of listItems(cmp)) {
      const layer = known.get(id);
      if (!layer) drops.drop('cmp', id, layers.some((l) => l.id === id) ? 'membersUnknown' : 'unknownLayer');
      else if (kept.includes(id)) drops.drop('cmp', id, 'repeated');
      else if (kept.length && known.get(kept[0])!.geometryYear !== layer.geometryYear) drops.drop('cmp', id, 'otherGeometryYear');
      else kept.push(id);
    }
    if (kept.length >= 2) compare = kept;
    else if (kept.length === 1) drops.drop('cmp', kept[0], 'needsTwo');
  }
  const division = (key: string): string | null => {
    const id = params.get(key);
    if (id === null) return null;
    if (known.has(id)) return id;
    drops.drop(key, id, layers.some((l) => l.id === id) ? 'membersUnknown' : 'unknownLayer');
    return null;
  };
  return { tab, compare, reference: division('ref'), chart, overlapWith: division('ovl') };
}
