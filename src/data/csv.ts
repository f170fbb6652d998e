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

function quote(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Serialises rows to CSV with the given separator (`;` for Dutch Excel), quoting where needed. */
export function toCsv(header: string[], rows: ReadonlyArray<Record<string, string | number | boolean | null | undefined>>, separator = ','): string {
  const lines = [header.map((h) => quote(h, separator)).join(separator)];
  for (const row of rows) {
    lines.push(header.map((h) => quote(row[h] === null || row[h] === undefined ? '' : String(row[h]), separator)).join(separator));
  }
  return lines.join('\r\n') + '\r\n';
}
