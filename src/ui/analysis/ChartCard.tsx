/** A chart with its title, source line and table alternative; the chart itself is loaded lazily. */
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT.ts';
import { SortableTable } from '../SortableTable.tsx';
import type { ChartSpec } from '../../charts/chartSpecs.ts';
// The Dutch texts of the analysis keys come with this chunk.
import '../../i18n/messages.analysisTexts.ts';

const BarChartView = lazy(() => import('../../charts/BarChartView.tsx'));

interface Props<R> {
  spec: ChartSpec<R>;
  /** The highlighted row key (the selected municipality's region). */
  highlightKey?: string | null;
  /** Selects a row (on the map); absent for charts whose rows are no regions. */
  onSelect?: (row: R) => void;
  /** A chart of its own (lazily loaded) in place of the generic bar chart of the spec. */
  chart?: ReactNode;
}

/** Chart or table of one spec, switched by a button; both carry the title and source. */
export function ChartCard<R>({ spec, highlightKey = null, onSelect, chart }: Props<R>) {
  const { t } = useT();
  const [asTable, setAsTable] = useState(false);
  const byKey = new Map(spec.rows.map((r) => [spec.rowKey(r), r]));
  const scroller = useRef<HTMLDivElement>(null);
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    // Bring a newly highlighted bar into the chart's own scroll area (the page does not move); the
    // chart loads lazily, so this runs after every render until the bar exists.
    const box = scroller.current;
    const bar = highlightKey && highlightKey !== scrolledTo.current ? box?.querySelector(`[data-key="${CSS.escape(highlightKey)}"]`) : null;
    if (!box || !bar) return;
    scrolledTo.current = highlightKey;
    const offset = bar.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTop = Math.max(0, offset - box.clientHeight / 2);
  });
  return (
    <figure className="chart-card" data-testid={`chart-${spec.id}`} aria-labelledby={`chart-title-${spec.id}`}>
      <figcaption>
        <h3 id={`chart-title-${spec.id}`}>{spec.title}</h3>
        <p className="source-line">{t('analysis.source', { source: spec.source })}</p>
        {highlightKey && byKey.has(highlightKey) && (
          <p className="small" data-testid="chart-selected">
            {t('analysis.selectedRegion', { name: spec.chartRows.find((r) => r.key === highlightKey)?.label ?? highlightKey })}
          </p>
        )}
      </figcaption>
      <button type="button" aria-pressed={asTable} data-testid={`toggle-table-${spec.id}`} onClick={() => setAsTable(!asTable)}>
        {t('analysis.showTable')}
      </button>
      {asTable ? (
        <SortableTable
          tableId={spec.id}
          caption={spec.title}
          source={spec.source}
          columns={spec.columns}
          rows={spec.rows}
          rowKey={spec.rowKey}
          selectedKey={highlightKey}
          onSelect={onSelect}
        />
      ) : (
        <div className="chart-scroll" ref={scroller}>
          <Suspense fallback={<p role="status">{t('analysis.chartLoading')}</p>}>
            {chart ?? (
              <BarChartView
                rows={spec.chartRows}
                series={spec.series}
                stacked={spec.stacked}
                format={spec.format}
                label={spec.title}
                highlightKey={highlightKey}
                onSelect={onSelect ? (key) => byKey.has(key) && onSelect(byKey.get(key)!) : undefined}
              />
            )}
          </Suspense>
        </div>
      )}
    </figure>
  );
}
