/**
 * CSV export of any table the app shows, in two variants: comma-separated with a decimal point, and
 * semicolon-separated with a decimal comma (what Dutch Excel opens without an import dialog). Both
 * are UTF-8 with a byte-order mark so that Excel reads the accents of names like "Súdwest-Fryslân".
 */
import { toCsv } from './csvText.ts';
import { neutraliseCell } from './csvSafety.ts';

/** `comma`: separator `,`, decimal point; `semicolon`: separator `;`, decimal comma. */
export type CsvVariant = 'comma' | 'semicolon';

/** A cell value before formatting; null and undefined become empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/** One column of an exported table: its header and how a row gives its value. */
export interface CsvColumn<R> {
  header: string;
  value: (row: R) => CsvValue;
}

/** The byte-order mark that starts every exported file. */
export const BOM = '\uFEFF';

/** A number as the variant writes it: no thousands separators; decimal comma for `semicolon`. */
export function formatCsvNumber(value: number, variant: CsvVariant): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return variant === 'semicolon' ? text.replace('.', ',') : text;
}

/**
 * Serialises rows through their columns to a CSV file text (BOM, CRLF line ends, RFC 4180 quoting).
 * A `preamble` (title, cited sources) comes first, one line per row, then an empty line and the
 * table. Every text cell is neutralised against formula injection (numbers are written as numbers).
 */
export function tableToCsv<R>(columns: readonly CsvColumn<R>[], rows: readonly R[], variant: CsvVariant, preamble: readonly string[] = []): string {
  const separator = variant === 'semicolon' ? ';' : ',';
  const headers = columns.map((c) => neutraliseCell(c.header));
  const keys = columns.map((_, i) => `c${i}`);
  const records = rows.map((row) => {
    const record: Record<string, string> = {};
    columns.forEach((column, i) => {
      const value = column.value(row);
      record[keys[i]] = value === null || value === undefined ? '' : typeof value === 'number' ? formatCsvNumber(value, variant) : neutraliseCell(String(value));
    });
    return record;
  });
  const body = toCsv(keys, records, separator);
  // toCsv writes the keys as the header line; replace it with the real headers, quoted the same way.
  const headerLine = toCsv(headers, [], separator);
  const block = preamble.length ? preamble.map((line) => toCsv([neutraliseCell(line)], [], separator)).join('') + '\r\n' : '';
  return BOM + block + headerLine + body.slice(body.indexOf('\r\n') + 2);
}

/** A file name for an exported table: the table's id, the variant and `.csv`. */
export function csvFileName(tableId: string, variant: CsvVariant): string {
  return `regioscoop-${tableId}${variant === 'semicolon' ? '-nl' : ''}.csv`;
}
