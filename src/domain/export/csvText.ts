/** CSV text writing (RFC 4180 quoting, CRLF line ends): pure, shared by the table exports and the data import. */

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
