/**
 * The seeds' tables (../shared/data/seeds/tables/) with provenance on every row, and
 * data/tables/sources.json: each table's titles, layers and source. How each table is cited is data
 * (tables.json next to this file); the rows are the seeds' own.
 */
import { toCsv } from '../../src/data/csv.ts';
import * as v from 'valibot';
import { TABLE_COLUMNS, TABLE_PROVENANCE_COLUMNS, type SeedTableFile } from '../../src/data/format.ts';
import { TABLE_FILES } from '../../src/domain/schema/dataFiles.ts';
import { describeIssue } from '../../src/domain/schema/common.ts';
import type { Row } from './io.ts';

/** How a seed table is cited and how sure its rows are: one entry of tables.json next to this file. */
const TableSpecSchema = v.object({
  title: v.object({ nl: v.string(), en: v.string() }),
  layerIds: v.array(v.string()),
  /** A document id; or the row's own column naming it; or the document of the round a column names. */
  document: v.union([v.string(), v.object({ column: v.string() }), v.object({ roundOf: v.string() })]),
  /** The section of the whole table, or one per row with `{column}` placeholders. */
  section: v.union([v.string(), v.object({ perRow: v.string() })]),
  /** `text` unless the seeds README says the reading is an assumption (for every row, or where a column is filled). */
  confidence: v.union([v.picklist(['text', 'derived']), v.object({ derivedWhenFilled: v.string() })]),
  notes: v.string(),
});

export type TableSpec = v.InferOutput<typeof TableSpecSchema>;

const TableSpecsSchema = v.object({ description: v.string(), tables: v.record(v.picklist(TABLE_FILES), TableSpecSchema) });

/** The specs of tables.json, checked: every seed table the app reads needs one, and no other file may have one. */
export function tableSpecs(json: unknown): Record<SeedTableFile, TableSpec> {
  const parsed = v.safeParse(TableSpecsSchema, json);
  if (!parsed.success) throw new Error(`scripts/import/tables.json: ${describeIssue(parsed.issues[0]).message}`);
  const missing = TABLE_FILES.filter((file) => !(file in parsed.output.tables));
  if (missing.length) throw new Error(`scripts/import/tables.json: no spec for ${missing.join(', ')}`);
  return parsed.output.tables as Record<SeedTableFile, TableSpec>;
}

/** A row's cited document, section and confidence under its table's spec; `documentOf` gives a round's document (rounds.json). */
function provenanceOf(spec: TableSpec, row: Row, documentOf: (roundId: string) => string) {
  const document = typeof spec.document === 'string' ? spec.document : 'column' in spec.document ? row[spec.document.column] : documentOf(row[spec.document.roundOf]);
  const section = typeof spec.section === 'string' ? spec.section : spec.section.perRow.replace(/\{(\w+)\}/g, (_, column: string) => row[column] ?? '');
  const confidence = typeof spec.confidence === 'string' ? spec.confidence : row[spec.confidence.derivedWhenFilled] ? 'derived' : 'text';
  return { source_document: document ?? '', source_section: section, confidence };
}

/** A table's rows with provenance, and its record in sources.json. */
export function seedTable(file: SeedTableFile, spec: TableSpec, rows: readonly Row[], documentOf: (roundId: string) => string) {
  const withSource = rows.map((r) => ({ ...r, ...provenanceOf(spec, r, documentOf) }));
  for (const r of withSource) if (!r.source_document) throw new Error(`tables/${file}: a row without a source document`);
  return {
    csv: toCsv([...TABLE_COLUMNS[file], ...TABLE_PROVENANCE_COLUMNS], withSource),
    source: {
      file,
      title: spec.title,
      layerIds: spec.layerIds,
      source: {
        document: typeof spec.document === 'string' ? spec.document : [...new Set(withSource.map((r) => r.source_document))].join(';'),
        section: typeof spec.section === 'string' ? spec.section : undefined,
      },
      rows: withSource.length,
      notes: spec.notes,
    },
  };
}
