/** A parsed CSV table: header names and rows keyed by them. */
export interface CsvTable {
  header: string[];
  rows: Record<string, string>[];
}

/** A malformed CSV input, with the line where it went wrong. */
export class CsvError extends Error {}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) whose first line is the header. */
export function parseCsv(text: string, separator = ','): CsvTable {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let line = 1;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      line++;
    } else field += ch;
  }
  if (quoted) throw new CsvError(`unterminated quoted field before line ${line}`);
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const nonEmpty = records.filter((r) => !(r.length === 1 && r[0] === ''));
  if (nonEmpty.length === 0) throw new CsvError('empty file: no header line');
  const [header, ...data] = nonEmpty;
  const rows = data.map((values, index) => {
    if (values.length !== header.length) {
      throw new CsvError(`row ${index + 2} has ${values.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, values[i]]));
  });
  return { header, rows };
}

/** The writer is pure text formatting and lives with the exports; the import script takes it from here. */
export { toCsv } from '../domain/export/csvText.ts';
