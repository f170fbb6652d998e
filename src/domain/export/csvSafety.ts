/**
 * Spreadsheet formula injection: a cell that starts with = + - @, a tab or a carriage return is run
 * as a formula by Excel, LibreOffice and Google Sheets. Every CSV export neutralises such text cells
 * by a leading apostrophe (OWASP's advice), which the spreadsheet shows as plain text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of a cell made safe to open in a spreadsheet; other text is unchanged. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
