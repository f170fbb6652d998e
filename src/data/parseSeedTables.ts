/**
 * Parsing of the seeds' tables in data/tables/ with their row schemas (src/domain/schema/seedTables.ts).
 * Only the analysis panel and the panel of layers without member lists read them, so they are not
 * part of the first load. A malformed row throws a DataFormatError naming the file and the row.
 */
import type * as v from 'valibot';
import { TABLE_ROW_SCHEMAS } from '../domain/schema/seedTables.ts';
import { parseWith } from './parse.ts';
import { loadParsed } from './repository.ts';

/** A table of data/tables/, by file name. */
export type SeedTableName = keyof typeof TABLE_ROW_SCHEMAS;

/** A row of a table as its schema reads it (data cells, then source and confidence). */
export type SeedTableRow<F extends SeedTableName> = v.InferOutput<(typeof TABLE_ROW_SCHEMAS)[F]>;

/** Parses one table of data/tables/ with its row schema. */
export function parseSeedTable<F extends SeedTableName>(text: string, name: F, file = `data/tables/${name}`): SeedTableRow<F>[] {
  return parseWith(text, file, TABLE_ROW_SCHEMAS[name] as v.GenericSchema).records as SeedTableRow<F>[];
}

/** Loads and parses one table of data/tables/, once for the whole app. */
export function loadSeedTable<F extends SeedTableName>(name: F): Promise<SeedTableRow<F>[]> {
  return loadParsed(`tables/${name}`, (text) => parseSeedTable(text, name));
}
