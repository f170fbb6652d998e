/** A parsed CSV table: header names and rows keyed by them. */
export interface CsvTable {
  header: string[];
  rows: Record<string, string>[];
}

/**
 * A malformed CSV input. `row` is the record number in the file, counting the header as row 1 (the
 * row number a spreadsheet shows), so that every rejection can name where it went wrong.
 */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
  }
}

/** The records of a CSV text, each with the row number it starts on. */
export interface CsvRecords {
  records: string[][];
  /** `rows[i]` is the file row (1-based, header = 1) of `records[i]`. */
  rows: number[];
}

/**
 * Splits RFC 4180 CSV into records: quoted fields, doubled quotes, CRLF, LF or CR line ends, a BOM
 * at the start. Strict where a lenient reader would guess: text after a closing quote and a quote
 * left open are errors naming their row. Empty lines are skipped (a file saved by Excel ends with
 * one).
 */
export function readCsvRecords(text: string, separator = ','): CsvRecords {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.includes('"')) return unquotedRecords(body, separator);
  // The end of an unquoted field, found by the regular expression engine rather than a loop over
  // every character (which runs interpreted on a first start: 25-30 ms for a membership file).
  const fieldEnd = new RegExp(`[${separator.replace(/[\\\]^-]/g, '\\$&')}\n\r]`, 'g');
  const records: string[][] = [];
  const rows: number[] = [];
  let record: string[] = [];
  let row = 1;
  let recordRow = 1;
  let i = 0;
  const n = body.length;
  const endRecord = () => {
    if (!(record.length === 1 && record[0] === '')) {
      records.push(record);
      rows.push(recordRow);
    }
    record = [];
  };
  while (i <= n) {
    if (record.length === 0) recordRow = row;
    if (body[i] === '"') {
      // Quoted field: runs to the next quote not doubled.
      let value = '';
      let start = i + 1;
      let closed = false;
      let j = start;
      while (j < n) {
        const q = body.indexOf('"', j);
        if (q < 0) break;
        if (body[q + 1] === '"') {
          value += body.slice(start, q + 1);
          j = start = q + 2;
          continue;
        }
        value += body.slice(start, q);
        j = q + 1;
        closed = true;
        break;
      }
      if (!closed) throw new CsvError(`row ${recordRow}: a quoted field is never closed`, recordRow);
      if (value.includes('\n') || value.includes('\r')) row += lineBreaks(value);
      i = j;
      record.push(value);
      const next = body[i];
      if (next === separator) {
        i++;
        continue;
      }
      if (next === undefined || next === '\n' || next === '\r') {
        i += next === '\r' && body[i + 1] === '\n' ? 2 : 1;
        row++;
        endRecord();
        if (i > n) break;
        continue;
      }
      throw new CsvError(`row ${recordRow}: text after a closing quote ("${value.slice(0, 20)}"${body.slice(i, i + 10)})`, recordRow);
    }
    // Unquoted field: runs to the separator or the line end.
    fieldEnd.lastIndex = i;
    const end = fieldEnd.exec(body);
    const j = end ? end.index : n;
    const value = body.slice(i, j);
    if (value.includes('"')) throw new CsvError(`row ${recordRow}: a quote inside an unquoted field`, recordRow);
    record.push(value);
    const c = body[j];
    if (c === separator) {
      i = j + 1;
      continue;
    }
    i = c === '\r' && body[j + 1] === '\n' ? j + 2 : j + 1;
    row++;
    endRecord();
    if (j >= n) break;
  }
  return { records, rows };
}

/** The line breaks in a quoted field's text: LF, CRLF and a lone CR each count once. */
function lineBreaks(value: string): number {
  let count = 0;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c === 10 || (c === 13 && value.charCodeAt(k + 1) !== 10)) count++;
  }
  return count;
}

/** readCsvRecords for a text without quotes (most data files): lines split at the separator. */
function unquotedRecords(body: string, separator: string): CsvRecords {
  const records: string[][] = [];
  const rows: number[] = [];
  const lines = body.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '') continue;
    records.push(lines[i].split(separator));
    rows.push(i + 1);
  }
  return { records, rows };
}

/**
 * Parses CSV whose first record is the header: every row must have as many fields as the header,
 * and header names must be unique and non-empty (a duplicate would silently hide a column).
 */
export function parseCsv(text: string, separator = ','): CsvTable {
  const { records, rows: rowNumbers } = readCsvRecords(text, separator);
  if (records.length === 0) throw new CsvError('empty file: no header line', 1);
  const [header, ...data] = records;
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name.trim() === '') throw new CsvError(`row ${rowNumbers[0]}: column ${i + 1} of the header has no name`, rowNumbers[0]);
    if (seen.has(name)) throw new CsvError(`row ${rowNumbers[0]}: the header names column "${name}" twice`, rowNumbers[0]);
    seen.add(name);
  });
  // A header named __proto__ (a hostile file) must stay a column, not become the prototype.
  const plain = !seen.has('__proto__');
  const rows = data.map((values, index) => {
    const row = rowNumbers[index + 1];
    if (values.length !== header.length) {
      throw new CsvError(`row ${row} has ${values.length} fields, the header has ${header.length}`, row);
    }
    if (!plain) return Object.fromEntries(header.map((name, i) => [name, values[i]]));
    const record: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) record[header[i]] = values[i];
    return record;
  });
  return { header, rows };
}

/** The writer is pure text formatting and lives with the exports; the import script takes it from here. */
export { toCsv } from '../domain/export/csvText.ts';
