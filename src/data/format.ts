/** Columns of a membership file in data/memberships/ (one row per municipality and region). */
export const MEMBERSHIP_COLUMNS = [
  'gm_code',
  'region_id',
  'region_name',
  'subregion_id',
  'subregion_name',
  'primary',
  'source_document',
  'source_section',
  'confidence',
  'note',
] as const;

/**
 * Optional columns of a membership file: the note in English (`note` is Dutch), the evidence the row
 * rests on in both languages, and the alternative region of a doubt.
 */
export const MEMBERSHIP_EVIDENCE_COLUMNS = ['note_en', 'evidence_nl', 'evidence_en', 'alternative_region'] as const;

/** Columns of data/population.csv. */
export const POPULATION_COLUMNS = ['gm_code', 'gm_name', 'year', 'population', 'source'] as const;

/**
 * Optional columns of a membership file: a cluster nested inside the subregion (Dongemond inside
 * West-Brabant Oost in the Wmo round). Files without clusters may leave them out.
 */
export const MEMBERSHIP_CLUSTER_COLUMNS = ['cluster_id', 'cluster_name'] as const;

/** Columns of data/population.csv written since issue 3 (confidence is always `official`). */
export const POPULATION_EXTRA_COLUMNS = ['confidence'] as const;

/** Columns of data/regions_reported.csv: the regions and populations the seeds print. */
export const REGIONS_REPORTED_COLUMNS = [
  'layer_id',
  'region_id',
  'region_name',
  'level',
  'parent_region_id',
  'reported_population',
  'population_text',
  'population_reference_date',
  'source_document',
  'source_section',
  'note',
] as const;

/** Extra columns of data/regions_reported.csv (clean display name, province, confidence). */
export const REGIONS_REPORTED_EXTRA_COLUMNS = ['canonical_name', 'province', 'confidence'] as const;

/** Columns of data/municipal_changes.csv: mergers and splits between consecutive geometry years. */
export const MUNICIPAL_CHANGES_COLUMNS = [
  'from_year',
  'from_code',
  'from_name',
  'to_year',
  'to_code',
  'to_name',
  'area_share',
  'source',
] as const;

/** Extra column of data/municipal_changes.csv: the share of the `to` municipality's area. */
export const MUNICIPAL_CHANGES_EXTRA_COLUMNS = ['to_area_share', 'successor_check'] as const;

/** Columns of data/seed_contradictions.csv: the seeds' own inconsistencies (../shared/data/seeds/contradictions.csv). */
export const SEED_CONTRADICTIONS_COLUMNS = [
  'layer_id',
  'region_id',
  'kind',
  'printed',
  'explanation_nl',
  'explanation_en',
  'likely_cause',
  'evidence',
  'source_documents',
] as const;

/** Provenance columns every table in data/tables/ carries on every row. */
export const TABLE_PROVENANCE_COLUMNS = ['source_document', 'source_section', 'confidence'] as const;

/** Data columns of each table in data/tables/ (the provenance columns follow them). */
export const TABLE_COLUMNS = {
  'jeugd_2013_10_taak_schaal.csv': ['task', 'task_in_text', 'lokaal', 'subregionaal', 'regionaal', 'bovenregionaal', 'ntb', 'lokaal_note', 'subregionaal_note', 'regionaal_note', 'bovenregionaal_note', 'notes'],
  'jeugd_2013_10_taak_schaal_long.csv': ['task', 'scale', 'kind', 'count', 'label'],
  'jeugd_2013_intentie_vastgelegd.csv': ['task', 'mei_2013_vastgesteld', 'mei_2013_intentie', 'okt_2013_vastgesteld', 'okt_2013_intentie'],
  'jeugd_2013_10_bovenregionaal.csv': ['group_id', 'group_name', 'count_in_text', 'region_id', 'region_name', 'notes'],
  'cjg_2011_tabel5_uitvoeringsorganisaties.csv': ['uitvoeringsorganisatie', 'aantal', 'aantal_text', 'notes'],
  'cjg_2011_samenwerkingsverbanden.csv': ['kind_id', 'name', 'name_in_schema4', 'category', 'leefwereld', 'map_variant', 'n_regions', 'n_regions_text', 'unit', 'land_dekkend', 'bestaat_sinds', 'ontstaanswijze', 'samenwerkingsregeling', 'leadorganisatie', 'budget_van', 'budget_aan', 'budget_regeling', 'notes'],
  'cjg_2011_zorgzwaarte.csv': ['rank_top_down', 'label', 'percentage', 'percentage_text', 'notes'],
  'key_figures.csv': ['document', 'round_id', 'key', 'value', 'value_kind', 'value_text', 'unit', 'label'],
  'region_remarks.csv': ['round_id', 'region_id', 'topic', 'remark'],
} as const;

/** The file name of a table in data/tables/. */
export type SeedTableFile = keyof typeof TABLE_COLUMNS;
