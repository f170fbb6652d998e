/**
 * Reading an imported file into a grid of text cells (header plus rows, each with its row number
 * in the file), for CSV (comma, semicolon or tab; any BOM; CRLF, LF or CR; quoted fields) and
 * .xlsx. Pure: bytes in, grid or a rejection naming a row out. Limits keep the page responsive:
 * over 5 MB or 100,000 rows is refused before any parsing of cells.
 */
import { readCsvRecords, CsvError } from '../csv.ts';

/** The cells of an imported file. */
export interface ImportGrid {
  header: string[];
  rows: string[][];
  /** `rowNumbers[i]` is the file row of `rows[i]` (header = row 1). */
  rowNumbers: number[];
  /** `csv` with its separator, or `xlsx` with the sheet read. */
  format: { kind: 'csv'; separator: string; encoding: string } | { kind: 'xlsx'; sheet: string };
}

/** A file that cannot be read at all, with the row where reading stopped. */
export interface GridRejection {
  /** `file.*` message key: what went wrong, worded by the UI. */
  reason: 'empty' | 'too-large' | 'too-many-rows' | 'binary' | 'malformed' | 'no-data-rows' | 'duplicate-header' | 'xlsx';
  row: number;
  detail: string;
}

/** The result of reading a file. */
export type GridResult = { ok: true; grid: ImportGrid } | { ok: false; rejection: GridRejection };

/** The largest file read (bytes). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The most data rows read. */
export const MAX_ROWS = 100_000;

/** True when the bytes start like a zip archive (an .xlsx is one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The row (1-based) a byte offset is on. */
function rowAt(bytes: Uint8Array, offset: number): number {
  let row = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) row++;
  return row;
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 with a BOM, or - when the bytes are not
 * valid UTF-8 - Windows-1252 (what Dutch Excel writes for "CSV (gescheiden door lijstscheidingsteken)").
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** The separator of a CSV text: the one of `;`, `,` and tab that splits the header line most often. */
export function sniffSeparator(text: string): string {
  const firstLine = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((s) => [s, firstLine.split(s).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** Turns records (header first) into a grid, refusing duplicate or empty header names and ragged rows. */
export function gridOf(records: string[][], rowNumbers: number[], format: ImportGrid['format']): GridResult {
  const nonEmpty = records.map((r, i) => [r, rowNumbers[i]] as const).filter(([r]) => r.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) return { ok: false, rejection: { reason: 'empty', row: 1, detail: '' } };
  const [[headerCells, headerRow], ...data] = nonEmpty;
  const header = headerCells.map((h) => h.trim());
  while (header.length > 1 && header[header.length - 1] === '') header.pop();
  const seen = new Map<string, number>();
  for (const [i, name] of header.entries()) {
    const key = name.toLowerCase();
    if (key && seen.has(key)) return { ok: false, rejection: { reason: 'duplicate-header', row: headerRow, detail: name } };
    seen.set(key, i);
  }
  if (data.length === 0) return { ok: false, rejection: { reason: 'no-data-rows', row: headerRow + 1, detail: '' } };
  if (data.length > MAX_ROWS) return { ok: false, rejection: { reason: 'too-many-rows', row: data[MAX_ROWS][1], detail: String(MAX_ROWS) } };
  const rows: string[][] = [];
  const numbers: number[] = [];
  for (const [cells, row] of data) {
    const extra = cells.slice(header.length).some((c) => c.trim() !== '');
    if (extra) return { ok: false, rejection: { reason: 'malformed', row, detail: `${cells.length} > ${header.length}` } };
    rows.push(header.map((_, i) => cells[i] ?? ''));
    numbers.push(row);
  }
  return { ok: true, grid: { header, rows, rowNumbers: numbers, format } };
}

/** Reads a CSV file's bytes into a grid. */
export function readCsvGrid(bytes: Uint8Array): GridResult {
  if (bytes.length === 0) return { ok: false, rejection: { reason: 'empty', row: 1, detail: '' } };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, rejection: { reason: 'too-large', row: rowAt(bytes, MAX_FILE_BYTES), detail: String(bytes.length) } };
  const { text, encoding } = decodeText(bytes);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, rejection: { reason: 'binary', row: text.slice(0, nul).split('\n').length, detail: '' } };
  // A BOM anywhere but the start is a sign of two files pasted together.
  const bom = text.indexOf('\ufeff', 1);
  if (bom > 0) return { ok: false, rejection: { reason: 'malformed', row: text.slice(0, bom).split('\n').length, detail: 'BOM' } };
  const separator = sniffSeparator(text);
  try {
    const { records, rows } = readCsvRecords(text, separator);
    return gridOf(records, rows, { kind: 'csv', separator, encoding });
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, rejection: { reason: 'malformed', row: error.row, detail: error.message } };
    throw error;
  }
}
