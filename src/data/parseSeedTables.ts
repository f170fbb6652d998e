/**
 * Parsing of the seeds' tables in data/tables/ with their row schemas (src/domain/schema/seedTables.ts).
 * Only the analysis panel and the panel of layers without member lists read them, so they are not
 * part of the first load. A malformed row throws a DataFormatError naming the file and the row.
 */
import type * as v from 'valibot';
import { TABLE_ROW_SCHEMAS } from '../domain/schema/seedTables.ts';
import type {
  CareIntensityLevel,
  CjgCooperationKind,
  CjgOrganisationCount,
  IntentionsRow,
  KeyFigure,
  RegionRemark,
  SupraRegionalMember,
  TaskScaleCount,
  TaskScaleRow,
} from '../domain/seedTables.ts';
import { parseWith } from './parse.ts';

/** Parses one table of data/tables/ with its row schema (data cells, then source and confidence). */
function parseSeedTable<F extends keyof typeof TABLE_ROW_SCHEMAS>(text: string, name: F, file: string): v.InferOutput<(typeof TABLE_ROW_SCHEMAS)[F]>[] {
  return parseWith(text, file, TABLE_ROW_SCHEMAS[name] as v.GenericSchema).records as v.InferOutput<(typeof TABLE_ROW_SCHEMAS)[F]>[];
}

/** Parses data/tables/jeugd_2013_10_taak_schaal_long.csv (000 "Welke Taak op welke Schaal?", long form). */
export function parseTaskScaleCounts(text: string, file = 'data/tables/jeugd_2013_10_taak_schaal_long.csv'): TaskScaleCount[] {
  return parseSeedTable(text, 'jeugd_2013_10_taak_schaal_long.csv', file);
}

/** Parses data/tables/jeugd_2013_10_taak_schaal.csv (the same table in wide form, as printed). */
export function parseTaskScaleRows(text: string, file = 'data/tables/jeugd_2013_10_taak_schaal.csv'): TaskScaleRow[] {
  return parseSeedTable(text, 'jeugd_2013_10_taak_schaal.csv', file);
}

/** Parses data/tables/jeugd_2013_intentie_vastgelegd.csv (intentions vs agreements, May and Oct 2013). */
export function parseIntentions(text: string, file = 'data/tables/jeugd_2013_intentie_vastgelegd.csv'): IntentionsRow[] {
  return parseSeedTable(text, 'jeugd_2013_intentie_vastgelegd.csv', file);
}

/** Parses data/tables/jeugd_2013_10_bovenregionaal.csv (inter-regional groupings of youth regions). */
export function parseSupraRegional(text: string, file = 'data/tables/jeugd_2013_10_bovenregionaal.csv'): SupraRegionalMember[] {
  return parseSeedTable(text, 'jeugd_2013_10_bovenregionaal.csv', file);
}

/** Parses data/tables/cjg_2011_tabel5_uitvoeringsorganisaties.csv (003 Tabel 5). */
export function parseCjgOrganisations(text: string, file = 'data/tables/cjg_2011_tabel5_uitvoeringsorganisaties.csv'): CjgOrganisationCount[] {
  return parseSeedTable(text, 'cjg_2011_tabel5_uitvoeringsorganisaties.csv', file);
}

/** Parses data/tables/cjg_2011_samenwerkingsverbanden.csv (003's 32 kinds of cooperation). */
export function parseCjgCooperationKinds(text: string, file = 'data/tables/cjg_2011_samenwerkingsverbanden.csv'): CjgCooperationKind[] {
  return parseSeedTable(text, 'cjg_2011_samenwerkingsverbanden.csv', file);
}

/** Parses data/tables/cjg_2011_zorgzwaarte.csv (003's triangle of care intensity). */
export function parseCareIntensity(text: string, file = 'data/tables/cjg_2011_zorgzwaarte.csv'): CareIntensityLevel[] {
  return parseSeedTable(text, 'cjg_2011_zorgzwaarte.csv', file);
}

/** Parses data/tables/key_figures.csv (single numbers printed in the seeds). */
export function parseKeyFigures(text: string, file = 'data/tables/key_figures.csv'): KeyFigure[] {
  return parseSeedTable(text, 'key_figures.csv', file);
}

/** Parses data/tables/region_remarks.csv (short remarks per region and round). */
export function parseRegionRemarks(text: string, file = 'data/tables/region_remarks.csv'): RegionRemark[] {
  return parseSeedTable(text, 'region_remarks.csv', file);
}

