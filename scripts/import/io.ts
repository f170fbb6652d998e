/** Reading ../shared and writing data/ for the import steps; the only module of the import with file I/O. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCsv } from '../../src/data/csv.ts';

/** One row of a CSV table, keyed by its header. */
export type Row = Record<string, string>;

/** Reads files under a root folder (../shared, or the import's own data next to this file). */
export function reader(root: string) {
  return {
    csv: (path: string): Row[] => parseCsv(readFileSync(join(root, path), 'utf8')).rows,
    json: <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T,
  };
}

/** Writes files under data/, creating folders. */
export function writer(out: string) {
  return (path: string, text: string) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  };
}
