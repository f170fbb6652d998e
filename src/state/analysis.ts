/**
 * The analysis panel's part of the view state (active tab, the divisions compared, the chart shown)
 * and its URL parameters. Only values that differ from the default are written, so that a link of
 * the map alone is unchanged and old v=1 links open with the default analysis.
 */
import type { Layer } from '../domain/types.ts';

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

/** Reads the analysis from URL parameters; a problem names the first malformed value. */
export function analysisFromParams(params: URLSearchParams, layers: readonly Layer[]): { analysis: AnalysisView; problem: string | null } {
  const known = new Map(analysableLayers(layers).map((l) => [l.id, l]));
  const fail = (problem: string) => ({ analysis: DEFAULT_ANALYSIS, problem });
  const tab = params.get('tab') ?? DEFAULT_ANALYSIS.tab;
  if (!(ANALYSIS_TABS as readonly string[]).includes(tab)) return fail(`unknown analysis tab "${tab}"`);
  const chart = params.get('chart') ?? DEFAULT_ANALYSIS.chart;
  if (!(CHART_IDS as readonly string[]).includes(chart)) return fail(`unknown chart "${chart}"`);
  const cmp = params.get('cmp');
  const compare = cmp === null ? DEFAULT_ANALYSIS.compare : cmp.split(',');
  const unknown = compare.find((id) => !known.has(id));
  if (unknown !== undefined) return fail(`unknown division "${unknown}" to compare`);
  if (new Set(compare).size !== compare.length || compare.length < 2) return fail('compare needs two or more different divisions');
  if (new Set(compare.map((id) => known.get(id)!.geometryYear)).size > 1) return fail('compared divisions must share a geometry year');
  for (const key of ['ref', 'ovl'] as const) {
    const id = params.get(key);
    if (id !== null && !known.has(id)) return fail(`unknown division "${id}"`);
  }
  return {
    analysis: { tab: tab as AnalysisTab, compare, reference: params.get('ref'), chart: chart as ChartId, overlapWith: params.get('ovl') },
    problem: null,
  };
}
