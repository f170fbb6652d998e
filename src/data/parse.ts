/**
 * Parsing of the project's data files (data/layers.json, data/memberships/*.csv,
 * data/population.csv, data/regions_reported.csv, data/municipal_changes.csv,
 * data/seed_contradictions.csv, data/tables/*, data/documents.json, data/name_corrections.json) into
 * domain records. Used by the browser loader, the import of a round and the Node tests, so that all
 * read the data the same way. The formats are the valibot schemas of `src/domain/schema/formats.ts`;
 * this module runs them over CSV rows and adds the checks across rows (duplicates). Every malformed
 * input throws a DataFormatError that names the file and the row.
 */
import * as v from 'valibot';
import { parseCsv, CsvError, type CsvTable } from './csv.ts';
import { TABLE_COLUMNS, TABLE_PROVENANCE_COLUMNS, type SeedTableFile } from './format.ts';
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
import type { Confidence, GmCode, Layer, Membership, PopulationRecord } from '../domain/types.ts';
import type { CitedDocument } from '../domain/citations.ts';
import type { NameCorrection } from '../domain/names.ts';
import type { MunicipalChange, ReportedRegion, SeedContradiction } from '../domain/provenance.ts';
import type {
  CareIntensityLevel,
  CjgCooperationKind,
  CjgOrganisationCount,
  IntentionsRow,
  KeyFigure,
  RegionRemark,
  SupraRegionalMember,
  TableProvenance,
  TableSource,
  TaskScale,
  TaskScaleCount,
  TaskScaleRow,
  ValueKind,
} from '../domain/seedTables.ts';

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

const CONFIDENCES: ReadonlySet<string> = new Set<Confidence>(['text', 'derived', 'knowledge', 'official']);
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
function parseWith<S extends v.GenericSchema>(text: string, file: string, schema: S): { records: v.InferOutput<S>[]; rowOf: number[] } {
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

function confidenceOf(value: string, where: string): Confidence {
  if (!CONFIDENCES.has(value)) throw new DataFormatError(`${where}: unknown confidence "${value}"`);
  return value as Confidence;
}

/** A whole number, or null for an empty field; anything else throws. */
function countOrNull(value: string, where: string): number | null {
  if (value === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new DataFormatError(`${where}: "${value}" is not a number`);
  return n;
}

function count(value: string, where: string): number {
  const n = countOrNull(value, where);
  if (n === null) throw new DataFormatError(`${where}: empty number`);
  return n;
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

/** The rows of one table in data/tables/, checked for its columns and provenance. */
function seedTable(text: string, name: SeedTableFile, file: string) {
  return table(text, file, [...TABLE_COLUMNS[name], ...TABLE_PROVENANCE_COLUMNS]).map((r, index) => {
    const where = `${file}: row ${index + 2}`;
    const provenance: TableProvenance = {
      source: { document: r.source_document, section: r.source_section || undefined },
      confidence: confidenceOf(r.confidence, where),
    };
    if (!r.source_document) throw new DataFormatError(`${where}: empty source_document`);
    return { r, where, provenance };
  });
}

const SCALES: ReadonlySet<string> = new Set<TaskScale>(['lokaal', 'subregionaal', 'regionaal', 'bovenregionaal', 'n.t.b.']);

/** Parses data/tables/jeugd_2013_10_taak_schaal_long.csv (000 "Welke Taak op welke Schaal?", long form). */
export function parseTaskScaleCounts(text: string, file = 'data/tables/jeugd_2013_10_taak_schaal_long.csv'): TaskScaleCount[] {
  return seedTable(text, 'jeugd_2013_10_taak_schaal_long.csv', file).map(({ r, where, provenance }) => {
    if (!SCALES.has(r.scale)) throw new DataFormatError(`${where}: unknown scale "${r.scale}"`);
    if (r.kind !== 'main' && r.kind !== 'mixed') throw new DataFormatError(`${where}: kind must be main or mixed`);
    return { task: r.task, scale: r.scale as TaskScale, kind: r.kind, count: count(r.count, where), label: r.label, ...provenance };
  });
}

/** Parses data/tables/jeugd_2013_10_taak_schaal.csv (the same table in wide form, as printed). */
export function parseTaskScaleRows(text: string, file = 'data/tables/jeugd_2013_10_taak_schaal.csv'): TaskScaleRow[] {
  return seedTable(text, 'jeugd_2013_10_taak_schaal.csv', file).map(({ r, where, provenance }) => ({
    task: r.task,
    taskInText: r.task_in_text,
    counts: {
      lokaal: countOrNull(r.lokaal, where),
      subregionaal: countOrNull(r.subregionaal, where),
      regionaal: countOrNull(r.regionaal, where),
      bovenregionaal: countOrNull(r.bovenregionaal, where),
      ntb: countOrNull(r.ntb, where),
    },
    mixedNotes: { lokaal: r.lokaal_note, subregionaal: r.subregionaal_note, regionaal: r.regionaal_note, bovenregionaal: r.bovenregionaal_note },
    notes: r.notes,
    ...provenance,
  }));
}

/** Parses data/tables/jeugd_2013_intentie_vastgelegd.csv (intentions vs agreements, May and Oct 2013). */
export function parseIntentions(text: string, file = 'data/tables/jeugd_2013_intentie_vastgelegd.csv'): IntentionsRow[] {
  return seedTable(text, 'jeugd_2013_intentie_vastgelegd.csv', file).map(({ r, where, provenance }) => ({
    task: r.task,
    may2013: { agreed: count(r.mei_2013_vastgesteld, where), intention: count(r.mei_2013_intentie, where) },
    oct2013: { agreed: count(r.okt_2013_vastgesteld, where), intention: count(r.okt_2013_intentie, where) },
    ...provenance,
  }));
}

/** Parses data/tables/jeugd_2013_10_bovenregionaal.csv (inter-regional groupings of youth regions). */
export function parseSupraRegional(text: string, file = 'data/tables/jeugd_2013_10_bovenregionaal.csv'): SupraRegionalMember[] {
  return seedTable(text, 'jeugd_2013_10_bovenregionaal.csv', file).map(({ r, where, provenance }) => ({
    groupId: r.group_id,
    groupName: r.group_name,
    countInText: countOrNull(r.count_in_text, where),
    regionId: r.region_id,
    regionName: r.region_name,
    notes: r.notes,
    ...provenance,
  }));
}

/** Parses data/tables/cjg_2011_tabel5_uitvoeringsorganisaties.csv (003 Tabel 5). */
export function parseCjgOrganisations(text: string, file = 'data/tables/cjg_2011_tabel5_uitvoeringsorganisaties.csv'): CjgOrganisationCount[] {
  return seedTable(text, 'cjg_2011_tabel5_uitvoeringsorganisaties.csv', file).map(({ r, where, provenance }) => ({
    organisation: r.uitvoeringsorganisatie,
    count: count(r.aantal, where),
    countText: r.aantal_text,
    notes: r.notes,
    ...provenance,
  }));
}

/** Parses data/tables/cjg_2011_samenwerkingsverbanden.csv (003's 32 kinds of cooperation). */
export function parseCjgCooperationKinds(text: string, file = 'data/tables/cjg_2011_samenwerkingsverbanden.csv'): CjgCooperationKind[] {
  return seedTable(text, 'cjg_2011_samenwerkingsverbanden.csv', file).map(({ r, where, provenance }) => ({
    kindId: r.kind_id,
    name: r.name,
    nameInSchema4: r.name_in_schema4,
    category: r.category,
    leefwereld: r.leefwereld,
    mapVariant: r.map_variant,
    regionCount: countOrNull(r.n_regions, where),
    regionCountText: r.n_regions_text,
    unit: r.unit,
    nationwide: r.land_dekkend,
    since: r.bestaat_sinds,
    origin: r.ontstaanswijze,
    arrangement: r.samenwerkingsregeling,
    leadOrganisation: r.leadorganisatie,
    budgetFrom: r.budget_van,
    budgetTo: r.budget_aan,
    budgetArrangement: r.budget_regeling,
    notes: r.notes,
    ...provenance,
  }));
}

/** Parses data/tables/cjg_2011_zorgzwaarte.csv (003's triangle of care intensity). */
export function parseCareIntensity(text: string, file = 'data/tables/cjg_2011_zorgzwaarte.csv'): CareIntensityLevel[] {
  return seedTable(text, 'cjg_2011_zorgzwaarte.csv', file).map(({ r, where, provenance }) => ({
    rank: count(r.rank_top_down, where),
    label: r.label,
    percentage: count(r.percentage, where),
    percentageText: r.percentage_text,
    notes: r.notes,
    ...provenance,
  }));
}

const VALUE_KINDS: ReadonlySet<string> = new Set<ValueKind>(['exact', 'approximate', 'lower bound', 'upper bound', 'text only', 'as printed, inconsistent']);

/** Parses data/tables/key_figures.csv (single numbers printed in the seeds). */
export function parseKeyFigures(text: string, file = 'data/tables/key_figures.csv'): KeyFigure[] {
  return seedTable(text, 'key_figures.csv', file).map(({ r, where, provenance }) => {
    if (!VALUE_KINDS.has(r.value_kind)) throw new DataFormatError(`${where}: unknown value_kind "${r.value_kind}"`);
    return {
      document: r.document,
      layerId: r.round_id,
      key: r.key,
      value: countOrNull(r.value, where),
      valueKind: r.value_kind as ValueKind,
      valueText: r.value_text,
      unit: r.unit,
      label: r.label,
      ...provenance,
    };
  });
}

/** Parses data/tables/region_remarks.csv (short remarks per region and round). */
export function parseRegionRemarks(text: string, file = 'data/tables/region_remarks.csv'): RegionRemark[] {
  return seedTable(text, 'region_remarks.csv', file).map(({ r, provenance }) => ({
    layerId: r.round_id,
    regionId: r.region_id,
    topic: r.topic,
    remark: r.remark,
    ...provenance,
  }));
}

/** Parses data/documents.json: the citation of every document a source names. */
export function parseDocuments(json: unknown, file = 'data/documents.json'): CitedDocument[] {
  const doc = json as { version?: unknown; documents?: unknown };
  if (!doc || doc.version !== 1 || !Array.isArray(doc.documents)) throw new DataFormatError(`${file}: expected { "version": 1, "documents": [...] }`);
  return doc.documents.map((d: CitedDocument, index: number) => {
    if (typeof d?.id !== 'string' || typeof d.citation?.nl !== 'string' || typeof d.citation?.en !== 'string' || typeof d.file !== 'string') {
      throw new DataFormatError(`${file}: document ${index} needs an id, a citation in nl and en, and a file`);
    }
    return d;
  });
}

/** Parses data/name_corrections.json: official names where CBS's boundary files have an artefact. */
export function parseNameCorrections(json: unknown, file = 'data/name_corrections.json'): NameCorrection[] {
  const doc = json as { version?: unknown; corrections?: unknown };
  if (!doc || doc.version !== 1 || !Array.isArray(doc.corrections)) throw new DataFormatError(`${file}: expected { "version": 1, "corrections": [...] }`);
  return doc.corrections.map((c: NameCorrection, index: number) => {
    if (!isGmCode(c?.code) || typeof c.displayName !== 'string' || typeof c.cbsName !== 'string' || !(c.yearFrom <= c.yearTo)) {
      throw new DataFormatError(`${file}: correction ${index} needs a code, a year range and both names`);
    }
    return c;
  });
}

/** Parses data/tables/sources.json: title, layers and source of every table. */
export function parseTableSources(json: unknown, file = 'data/tables/sources.json'): TableSource[] {
  const doc = json as { version?: unknown; tables?: unknown };
  if (!doc || doc.version !== 1 || !Array.isArray(doc.tables)) throw new DataFormatError(`${file}: expected { "version": 1, "tables": [...] }`);
  return doc.tables.map((t: TableSource, index: number) => {
    if (typeof t?.file !== 'string' || !(t.file in TABLE_COLUMNS)) throw new DataFormatError(`${file}: table ${index}: unknown file "${String(t?.file)}"`);
    if (typeof t.source?.document !== 'string' || typeof t.title?.nl !== 'string' || typeof t.title?.en !== 'string') {
      throw new DataFormatError(`${file}: table ${index} (${t.file}): needs title nl/en and source.document`);
    }
    return t;
  });
}
