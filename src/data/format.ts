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

/** Columns of data/population.csv. */
export const POPULATION_COLUMNS = ['gm_code', 'gm_name', 'year', 'population', 'source'] as const;
