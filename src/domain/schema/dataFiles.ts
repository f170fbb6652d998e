/**
 * The one description of the JSON data files: data/documents.json (the citation of every document),
 * data/name_corrections.json and data/tables/sources.json (what each table of data/tables/ is).
 */
import * as v from 'valibot';
import { GmCodeSchema, LocalTextSchema, SourceSchema } from './common.ts';

/** The tables in data/tables/ (each has a row schema in seedTables.ts). */
export const TABLE_FILES = [
  'jeugd_2013_10_taak_schaal.csv',
  'jeugd_2013_10_taak_schaal_long.csv',
  'jeugd_2013_intentie_vastgelegd.csv',
  'jeugd_2013_10_bovenregionaal.csv',
  'cjg_2011_tabel5_uitvoeringsorganisaties.csv',
  'cjg_2011_samenwerkingsverbanden.csv',
  'cjg_2011_zorgzwaarte.csv',
  'key_figures.csv',
  'region_remarks.csv',
] as const;

/** The file name of a table in data/tables/. */
export type TableFile = (typeof TABLE_FILES)[number];

/** data/documents.json: the citation of every document a source names. */
export const DocumentsFileSchema = v.object(
  {
    version: v.literal(1, 'expected { "version": 1, "documents": [...] }'),
    documents: v.array(
      v.object(
        {
          id: v.string(),
          kind: v.picklist(['seed', 'cbs']),
          publisher: v.string(),
          title: v.string(),
          subtitle: v.string(),
          date: v.string(),
          parliamentaryReference: v.string(),
          citation: LocalTextSchema,
          file: v.string(),
        },
        'a document needs an id, a kind, its publisher, title and date, a citation in nl and en, and a file',
      ),
      'expected { "version": 1, "documents": [...] }',
    ),
  },
  'expected { "version": 1, "documents": [...] }',
);

/** data/name_corrections.json: official names where CBS's boundary files have an artefact. */
export const NameCorrectionsFileSchema = v.object(
  {
    version: v.literal(1, 'expected { "version": 1, "corrections": [...] }'),
    corrections: v.array(
      v.pipe(
        v.object({ code: GmCodeSchema, yearFrom: v.number(), yearTo: v.number(), displayName: v.string(), cbsName: v.string() }, 'a correction needs a code, a year range and both names'),
        v.check((c) => c.yearFrom <= c.yearTo, 'a correction needs a code, a year range and both names'),
      ),
      'expected { "version": 1, "corrections": [...] }',
    ),
  },
  'expected { "version": 1, "corrections": [...] }',
);

/** data/tables/sources.json: title, layers and source of every table. */
export const TableSourcesFileSchema = v.object(
  {
    version: v.literal(1, 'expected { "version": 1, "tables": [...] }'),
    tables: v.array(
      v.object(
        {
          file: v.picklist(TABLE_FILES, (issue) => `unknown file "${String(issue.input)}"`),
          title: LocalTextSchema,
          layerIds: v.array(v.string()),
          source: SourceSchema,
          rows: v.number(),
          notes: v.string(),
        },
        'a table needs title nl/en, its layers and source.document',
      ),
      'expected { "version": 1, "tables": [...] }',
    ),
  },
  'expected { "version": 1, "tables": [...] }',
);
