/**
 * The one region-size chart (population per region of the shown layer) at a given font size, with
 * title and source line: the charts tab shows it in full, presenter mode its largest regions in large
 * type. It imports Recharts directly; load it with React.lazy to keep Recharts out of the initial JavaScript.
 */
import { useMemo } from 'react';
import type { LayerView } from '../domain/layerView.ts';
import { regionSizeRows, selectedRegion } from '../domain/viewModels/regionCharts.ts';
import { useT } from '../i18n/useT.ts';
import { selectMunicipality } from '../state/actions.ts';
import { useStore } from '../state/store.ts';
import { sizesSpec } from './chartSpecs.ts';
import BarChartView from './BarChartView.tsx';
// The Dutch texts of the analysis keys come with this chunk.
import '../i18n/messages.analysisTexts.ts';

interface Props {
  view: LayerView;
  /** Font size of labels and ticks in CSS pixels (presenter mode uses large type). */
  fontSize?: number;
  /** Show only the largest regions; all when absent. */
  limit?: number;
  /** Leave out title and source (when the surrounding card shows them). */
  bare?: boolean;
  /** Width assumed before the container is measured. */
  width?: number;
}

/** Bars of the regions of the shown layer, largest first; a bar click selects the region. */
function RegionSizeChart({ view, fontSize = 13, limit, bare = false, width }: Props) {
  const tr = useT();
  const selected = useStore((s) => s.selected);
  const rows = useMemo(() => regionSizeRows(view).slice(0, limit), [view, limit]);
  const spec = sizesSpec(view, rows, tr);
  const byKey = new Map(rows.map((r) => [r.regionId, r]));
  const chart = (
    <BarChartView
      rows={spec.chartRows}
      series={spec.series}
      format={spec.format}
      label={spec.title}
      fontSize={fontSize}
      width={width}
      highlightKey={selectedRegion(view, selected)}
      onSelect={(key) => {
        const member = byKey.get(key)?.firstMember;
        if (member) selectMunicipality(member);
      }}
    />
  );
  if (bare) return chart;
  return (
    <figure className="chart-card region-size-chart" data-testid="region-size-chart" style={{ fontSize }}>
      <figcaption>
        <strong>{spec.title}</strong>
        <span className="source-line">{tr.t('analysis.source', { source: spec.source })}</span>
      </figcaption>
      {chart}
    </figure>
  );
}

export default RegionSizeChart;
