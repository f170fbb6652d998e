/** Hands an exported CSV text to the browser as a file download. */
import { csvFileName, tableToCsv, type CsvColumn, type CsvVariant } from '../../domain/export/tableCsv.ts';

/** Builds the CSV of a table and starts its download. */
export function downloadCsv<R>(tableId: string, columns: readonly CsvColumn<R>[], rows: readonly R[], variant: CsvVariant, preamble: readonly string[] = []): void {
  const blob = new Blob([tableToCsv(columns, rows, variant, preamble)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = csvFileName(tableId, variant);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
