/**
 * Parsing of the project's data files (data/layers.json, data/memberships/*.csv,
 * data/population.csv, data/regions_reported.csv, data/municipal_changes.csv,
 * data/seed_contradictions.csv, data/documents.json, data/name_corrections.json, data/tables/sources.json) into
 * domain records. Used by the browser loader, the import of a round and the Node tests, so that all
 * read the data the same way. The formats are the valibot schemas of `src/domain/schema/formats.ts`;
 * this module runs them over CSV rows and adds the checks across rows (duplicates). Every malformed
 * input throws a DataFormatError that names the file and the row. The seeds' tables in data/tables/
 * are read by parseSeedTables.ts (the analysis panel's chunk).
 */
import * as v from 'valibot';
import { parseCsv, CsvError, type CsvTable } from './csv.ts';
import { DocumentsFileSchema, NameCorrectionsFileSchema, TableSourcesFileSchema } from '../domain/schema/dataFiles.ts';
import { describeIssue } from '../domain/schema/common.ts';
import {
  LayersFileSchema,
  MembershipClusterRowSchema,
  MembershipRowSchema,
  MunicipalChangeRowSchema,
  PopulationRowSchema,
  ReportedRegionRowSchema,
  SeedContradictionRowSchema,
  requiredColumns,
} from '../domain/schema/formats.ts';
import type { GmCode, Layer, Membership, PopulationRecord } from '../domain/types.ts';
import type { CitedDocument } from '../domain/citations.ts';
import type { NameCorrection } from '../domain/names.ts';
import type { MunicipalChange, ReportedRegion, SeedContradiction } from '../domain/provenance.ts';
import type { TableSource } from '../domain/seedTables.ts';

/** A data file that does not follow the project's format; `row` is the file row (header = 1). */
export class DataFormatError extends Error {
  constructor(
    message: string,
    readonly row: number | null = null,
  ) {
    super(message);
  }
}

/** One problem of one row of a file. */
export interface RowIssue {
  /** The file row (header = row 1), as a spreadsheet numbers it. */
  row: number;
  column: string | null;
  message: string;
}

const GM_CODE = /^GM\d{4}$/;

/** True when the string is a CBS municipality code. */
export function isGmCode(value: string): value is GmCode {
  return GM_CODE.test(value);
}

function csv(text: string, file: string): CsvTable {
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new DataFormatError(`${file}: ${error.message}`, error.row);
    throw error;
  }
}

function table(text: string, file: string, columns: readonly string[]) {
  const parsed = csv(text, file);
  const missing = columns.filter((c) => !parsed.header.includes(c));
  if (missing.length) throw new DataFormatError(`${file}: missing column(s) ${missing.join(', ')}`, 1);
  return parsed.rows;
}

/**
 * Runs a row schema over every data row; gives the records and every problem with its row. Rows
 * are numbered as the file numbers them (the header is row 1, as long as no field spans lines).
 */
export function rowsWith<S extends v.GenericSchema>(
  rows: readonly Record<string, string>[],
  schema: S,
): { records: v.InferOutput<S>[]; rowOf: number[]; issues: RowIssue[] } {
  const records: v.InferOutput<S>[] = [];
  const rowOf: number[] = [];
  const issues: RowIssue[] = [];
  rows.forEach((raw, index) => {
    const result = v.safeParse(schema, raw);
    if (result.success) {
      records.push(result.output);
      rowOf.push(index + 2);
    } else issues.push({ row: index + 2, ...describeIssue(result.issues[0]) });
  });
  return { records, rowOf, issues };
}

/** Parses a CSV file with a row schema; throws on the first problem, naming file and row. */
export function parseWith<S extends v.GenericSchema>(text: string, file: string, schema: S): { records: v.InferOutput<S>[]; rowOf: number[] } {
  const { records, rowOf, issues } = rowsWith(table(text, file, requiredColumns(schema)), schema);
  if (issues.length) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more row(s) with problems)` : '';
    throw new DataFormatError(`${file}: row ${issues[0].row}: ${issues[0].message}${more}`, issues[0].row);
  }
  return { records, rowOf };
}

/** Throws when two rows have the same key: a repeated row would count a municipality twice. */
function rejectDuplicates<T>(records: readonly T[], rowOf: readonly number[], keyOf: (r: T) => string, file: string, what: string): void {
  const first = new Map<string, number>();
  records.forEach((r, i) => {
    const key = keyOf(r);
    const earlier = first.get(key);
    if (earlier !== undefined) throw new DataFormatError(`${file}: row ${rowOf[i]}: repeats row ${earlier} (${what} ${key})`, rowOf[i]);
    first.set(key, rowOf[i]);
  });
}

/** Parses data/layers.json. */
export function parseLayers(json: unknown, file = 'data/layers.json'): Layer[] {
  const result = v.safeParse(LayersFileSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const index = issue.path?.find((p) => p.key !== 'layers' && typeof p.key === 'number')?.key;
    const raw = typeof index === 'number' ? (json as { layers: { id?: unknown }[] }).layers[index] : undefined;
    const where = typeof index === 'number' ? `: layer ${index} (${String(raw?.id)})` : '';
    throw new DataFormatError(`${file}${where}: ${describeIssue(issue).message}`);
  }
  return result.output.layers;
}

/** Parses one membership file of a layer; a row repeating a municipality and region is an error. */
export function parseMemberships(text: string, layerId: string, file = `data/memberships/${layerId}.csv`): Membership[] {
  const { records, rowOf } = parseWith(text, file, MembershipRowSchema);
  rejectDuplicates(records, rowOf, (m) => `${m.code} ${m.regionId} ${m.subregionId ?? ''}`.trim(), file, 'municipality, region and subregion');
  return records.map((m) => ({ layerId, ...m }));
}

/** Parses data/population.csv; an empty cell or a repeated municipality-year is an error. */
export function parsePopulation(text: string, file = 'data/population.csv'): PopulationRecord[] {
  const { records, rowOf } = parseWith(text, file, PopulationRowSchema);
  rejectDuplicates(records, rowOf, (p) => `${p.code} ${p.year}`, file, 'municipality and year');
  return records;
}

/** A membership's cluster (a group nested inside its subregion), from the optional cluster columns. */
export type MembershipCluster = { code: GmCode; regionId: string; clusterId: string; clusterName: string };

/** Parses the optional cluster columns of a membership file; empty when the file has none. */
export function parseMembershipClusters(text: string, layerId: string, file = `data/memberships/${layerId}.csv`): MembershipCluster[] {
  const { records } = parseWith(text, file, MembershipClusterRowSchema);
  return records
    .filter((r) => r.cluster_id)
    .map((r) => ({ code: r.gm_code, regionId: r.region_id, clusterId: r.cluster_id, clusterName: r.cluster_name || r.cluster_id }));
}

/** Parses data/regions_reported.csv: the regions and populations the seeds print. */
export function parseRegionsReported(text: string, file = 'data/regions_reported.csv'): ReportedRegion[] {
  return parseWith(text, file, ReportedRegionRowSchema).records;
}

/** Parses data/municipal_changes.csv. */
export function parseMunicipalChanges(text: string, file = 'data/municipal_changes.csv'): MunicipalChange[] {
  return parseWith(text, file, MunicipalChangeRowSchema).records;
}

/** Parses data/seed_contradictions.csv. */
export function parseSeedContradictions(text: string, file = 'data/seed_contradictions.csv'): SeedContradiction[] {
  return parseWith(text, file, SeedContradictionRowSchema).records;
}

/** Runs a JSON file's schema; a problem names the file, the record (by its index) and what is wrong. */
function parseJson<S extends v.GenericSchema>(json: unknown, file: string, schema: S, record: string): v.InferOutput<S> {
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const index = issue.path?.find((p) => typeof p.key === 'number')?.key;
  throw new DataFormatError(`${file}${typeof index === 'number' ? `: ${record} ${index}` : ''}: ${describeIssue(issue).message}`);
}

/** Parses data/documents.json: the citation of every document a source names. */
export function parseDocuments(json: unknown, file = 'data/documents.json'): CitedDocument[] {
  return parseJson(json, file, DocumentsFileSchema, 'document').documents;
}

/** Parses data/name_corrections.json: official names where CBS's boundary files have an artefact. */
export function parseNameCorrections(json: unknown, file = 'data/name_corrections.json'): NameCorrection[] {
  return parseJson(json, file, NameCorrectionsFileSchema, 'correction').corrections;
}

/** Parses data/tables/sources.json: title, layers and source of every table. */
export function parseTableSources(json: unknown, file = 'data/tables/sources.json'): TableSource[] {
  return parseJson(json, file, TableSourcesFileSchema, 'table').tables;
}
