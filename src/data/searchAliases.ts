/** Parses data/search_aliases.csv: other names people type for a municipality (see data/README.md). */
import { parseCsv, CsvError } from './csv.ts';
import { DataFormatError, isGmCode } from './parse.ts';
import type { GmCode } from '../domain/types.ts';

/** One alias row: the name people type and the municipality it stands for. */
export interface SearchAlias {
  alias: string;
  code: GmCode;
  kind: 'common' | 'short' | 'english' | 'frisian' | 'dutch';
  source: string;
}

const KINDS: ReadonlySet<string> = new Set(['common', 'short', 'english', 'frisian', 'dutch']);
const COLUMNS = ['alias', 'gm_code', 'official_name', 'kind', 'source'];

/** Reads the alias table; a malformed row is an error naming the file and row. */
export function parseSearchAliases(text: string, file = 'data/search_aliases.csv'): SearchAlias[] {
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new DataFormatError(`${file}: ${error.message}`);
    throw error;
  }
  const missing = COLUMNS.filter((c) => !parsed.header.includes(c));
  if (missing.length) throw new DataFormatError(`${file}: missing columns ${missing.join(', ')}`);
  return parsed.rows.map((r, index) => {
    const where = `${file}: row ${index + 2}`;
    if (!r.alias.trim()) throw new DataFormatError(`${where}: empty alias`);
    if (!isGmCode(r.gm_code)) throw new DataFormatError(`${where}: gm_code must be a CBS code`);
    if (!KINDS.has(r.kind)) throw new DataFormatError(`${where}: unknown kind "${r.kind}"`);
    if (!r.source.trim()) throw new DataFormatError(`${where}: empty source`);
    return { alias: r.alias, code: r.gm_code, kind: r.kind as SearchAlias['kind'], source: r.source };
  });
}
