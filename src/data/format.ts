/**
 * Column lists of the data files, for the script that writes them (scripts/import-shared-data.ts).
 * They are read off the row schemas (src/domain/schema/formats.ts), the one description of each
 * format, so that writer and reader cannot drift apart.
 */
import {
  MembershipClusterRowSchema,
  MembershipRowSchema,
  MunicipalChangeRowSchema,
  PopulationRowSchema,
  ReportedRegionRowSchema,
  SeedContradictionRowSchema,
  columnsOf,
  requiredColumns,
} from '../domain/schema/formats.ts';
import { TABLE_ROW_SCHEMAS } from '../domain/schema/seedTables.ts';

/**
 * Optional columns of a membership file: the note in English (`note` is Dutch), the evidence the row
 * rests on in both languages, and the alternative region of a doubt.
 */
export const MEMBERSHIP_EVIDENCE_COLUMNS = ['note_en', 'evidence_nl', 'evidence_en', 'alternative_region'] as const;

/** Columns of a membership file in data/memberships/ (one row per municipality and region). */
export const MEMBERSHIP_COLUMNS = columnsOf(MembershipRowSchema).filter((c) => !(MEMBERSHIP_EVIDENCE_COLUMNS as readonly string[]).includes(c));

/**
 * Optional columns of a membership file: a cluster nested inside the subregion (Dongemond inside
 * West-Brabant Oost in the Wmo round). Files without clusters may leave them out.
 */
export const MEMBERSHIP_CLUSTER_COLUMNS = columnsOf(MembershipClusterRowSchema).filter((c) => !MEMBERSHIP_COLUMNS.includes(c));

/** Columns of data/population.csv. */
export const POPULATION_COLUMNS = requiredColumns(PopulationRowSchema);

/** Columns of data/population.csv written since issue 3 (confidence is always `official`). */
export const POPULATION_EXTRA_COLUMNS = columnsOf(PopulationRowSchema).filter((c) => !POPULATION_COLUMNS.includes(c));

/** Columns of data/regions_reported.csv: the regions and populations the seeds print. */
export const REGIONS_REPORTED_COLUMNS = requiredColumns(ReportedRegionRowSchema);

/** Extra columns of data/regions_reported.csv (clean display name, province, confidence). */
export const REGIONS_REPORTED_EXTRA_COLUMNS = columnsOf(ReportedRegionRowSchema).filter((c) => !REGIONS_REPORTED_COLUMNS.includes(c));

/** Columns of data/municipal_changes.csv: mergers and splits between consecutive geometry years. */
export const MUNICIPAL_CHANGES_COLUMNS = requiredColumns(MunicipalChangeRowSchema);

/** Extra columns of data/municipal_changes.csv: the share of the `to` municipality's area, the CBS successor check. */
export const MUNICIPAL_CHANGES_EXTRA_COLUMNS = columnsOf(MunicipalChangeRowSchema).filter((c) => !MUNICIPAL_CHANGES_COLUMNS.includes(c));

/** Columns of data/seed_contradictions.csv: the seeds' own inconsistencies (../shared/data/seeds/contradictions.csv). */
export const SEED_CONTRADICTIONS_COLUMNS = columnsOf(SeedContradictionRowSchema);

/** Provenance columns every table in data/tables/ carries on every row. */
export const TABLE_PROVENANCE_COLUMNS = ['source_document', 'source_section', 'confidence'] as const;

/** Data columns of each table in data/tables/ (the provenance columns follow them), read off its row schema. */
export const TABLE_COLUMNS = Object.fromEntries(
  Object.entries(TABLE_ROW_SCHEMAS).map(([file, schema]) => [file, columnsOf(schema).filter((c) => !(TABLE_PROVENANCE_COLUMNS as readonly string[]).includes(c))]),
) as Record<keyof typeof TABLE_ROW_SCHEMAS, string[]>;

/** The file name of a table in data/tables/. */
export type SeedTableFile = keyof typeof TABLE_COLUMNS;
