/**
 * Reads an imported file's bytes into a grid: .xlsx (a zip) with the lazily loaded xlsx reader,
 * anything else as CSV. Never throws: every failure is a rejection naming a row.
 */
import { isZip, readCsvGrid, type GridResult } from './grid.ts';

/** Reads a file picked or dropped by the user. */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<GridResult> {
  try {
    if (isZip(bytes) || /\.xlsx$/i.test(fileName)) {
      const { readXlsxGrid } = await import('./xlsx.ts');
      return readXlsxGrid(bytes);
    }
    return readCsvGrid(bytes);
  } catch (error) {
    return { ok: false, rejection: { reason: 'malformed', row: 1, detail: (error as Error).message } };
  }
}
