/**
 * The one sortable table of the app, with its CSV export: the map's table twin, every table of the
 * analysis panel and the table alternative of every chart. Each header is a button (`aria-sort` on
 * the `th`); a row can select what it shows; the selected row is marked (▶, not colour alone) and
 * scrolled into view inside the table's own scroll area, which takes keyboard focus.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CsvColumn, CsvValue } from '../domain/export/tableCsv.ts';
import type { Column } from '../charts/tableColumn.ts';
import { useT } from '../i18n/useT.ts';
import { CsvButtons } from './analysis/CsvButtons.tsx';
// The Dutch texts of the analysis keys come with this chunk.
import '../i18n/messages.analysisTexts.ts';

interface Props<R> {
  tableId: string;
  caption: string;
  /** Cited under the caption and in the CSV header block. */
  source?: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** The key of the highlighted row (the selection's region or municipality). */
  selectedKey?: string | null;
  /** When given, the first cell is a button that calls it. */
  onSelect?: (row: R) => void;
  /** Sorted by this column at first; null keeps the given order. */
  initialSort?: { id: string; ascending: boolean } | null;
  /** The CSV's columns when they differ from the shown ones (codes as well as names). */
  csvColumns?: readonly CsvColumn<R>[];
  /** The CSV's header block; by default the caption and the source. */
  preamble?: readonly string[];
  /** The `data-testid` of the table element. */
  testId?: string;
}

function compareValues(a: CsvValue, b: CsvValue): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'nl', { numeric: true });
}

/** The table, its scroll area and its CSV buttons; a numeric column sorts largest first on its first press. */
export function SortableTable<R>({ tableId, caption, source, columns, rows, rowKey, selectedKey = null, onSelect, initialSort = null, csvColumns, preamble, testId }: Props<R>) {
  const { t, n } = useT();
  const [sort, setSort] = useState(initialSort);
  const scroller = useRef<HTMLDivElement>(null);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.id);
    if (!column) return rows;
    const out = [...rows].sort((a, b) => compareValues(column.value(a), column.value(b)));
    return sort.ascending ? out : out.reverse();
  }, [rows, columns, sort]);
  const shownColumns: CsvColumn<R>[] = useMemo(() => columns.map((c) => ({ header: c.label, value: c.value })), [columns]);
  const sourceLine = source === undefined ? null : t('analysis.source', { source });

  useEffect(() => {
    const box = scroller.current;
    const row = selectedKey ? box?.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(selectedKey)}"]`) : null;
    if (!box || !row) return;
    const top = row.offsetTop - box.clientHeight / 2;
    box.scrollTop = Math.max(0, top);
  }, [selectedKey, sorted]);

  const show = (column: Column<R>, row: R): ReactNode => {
    if (column.render) return column.render(row);
    const value = column.value(row);
    return typeof value === 'number' ? n(value) : (value ?? '');
  };
  return (
    <div className="analysis-table" data-testid={`table-${tableId}`}>
      <div className="table-tools">
        <CsvButtons tableId={tableId} title={caption} columns={csvColumns ?? shownColumns} rows={sorted} preamble={preamble ?? (sourceLine ? [caption, sourceLine] : [caption])} />
      </div>
      <div className="table-scroll" ref={scroller} tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table" data-testid={testId}>
          <caption>
            {caption}
            {sourceLine && <span className="source-line">{sourceLine}</span>}
          </caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.id} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={sort?.id === c.id ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" aria-label={t('analysis.sortBy', { column: c.label })} onClick={() => setSort((s) => ({ id: c.id, ascending: s?.id === c.id ? !s.ascending : !c.numeric }))}>
                    {c.label}
                    <span aria-hidden="true">{sort?.id === c.id ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => {
              const key = rowKey(row);
              return (
                <tr key={key} data-key={key} aria-selected={key === selectedKey}>
                  {columns.map((c, i) => (
                    <td key={c.id} className={c.numeric ? 'num' : undefined}>
                      {i === 0 && onSelect ? (
                        <button type="button" className="link" onClick={() => onSelect(row)}>
                          {key === selectedKey && <span aria-hidden="true">▶ </span>}
                          {show(c, row)}
                        </button>
                      ) : (
                        show(c, row)
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
