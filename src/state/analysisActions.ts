/** Changes of the analysis panel's state, as plain functions next to the store. */
import { useStore } from './store.ts';
import type { AnalysisView } from './analysis.ts';

/** Changes part of the analysis view (tab, compared divisions, reference, chart, overlap partner). */
export function setAnalysis(patch: Partial<AnalysisView>): void {
  useStore.setState((s) => ({ analysis: { ...s.analysis, ...patch } }));
}
