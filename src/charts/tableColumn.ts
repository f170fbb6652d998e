/** A column of a sortable table (and of every chart's table alternative and CSV export). */
import type { ReactNode } from 'react';
import type { CsvValue } from '../domain/export/tableCsv.ts';

/** A column: label, the value it sorts and exports by, and optionally how a cell shows it. */
export interface Column<R> {
  id: string;
  label: string;
  numeric?: boolean;
  value: (row: R) => CsvValue;
  render?: (row: R) => ReactNode;
}
