/**
 * Parsing of the project's data files (data/layers.json, data/memberships/*.csv,
 * data/population.csv, data/regions_reported.csv, data/municipal_changes.csv,
 * data/seed_contradictions.csv, data/tables/*, data/documents.json, data/name_corrections.json) into domain records. Used by the browser loader and by the Node tests, so
 * that both read the data the same way. Every malformed input throws a DataFormatError that names
 * the file and the row.
 */
import { parseCsv, CsvError } from './csv.ts';
import {
  MEMBERSHIP_COLUMNS,
  MUNICIPAL_CHANGES_COLUMNS,
  POPULATION_COLUMNS,
  REGIONS_REPORTED_COLUMNS,
  SEED_CONTRADICTIONS_COLUMNS,
  TABLE_COLUMNS,
  TABLE_PROVENANCE_COLUMNS,
  type SeedTableFile,
} from './format.ts';
import type { Confidence, GmCode, Layer, Membership, PopulationRecord } from '../domain/types.ts';
import type { CitedDocument } from '../domain/citations.ts';
import type { NameCorrection } from '../domain/names.ts';
import type { MunicipalChange, RegionLevel, ReportedRegion, SeedContradiction } from '../domain/provenance.ts';
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

/** A data file that does not follow the project's format. */
export class DataFormatError extends Error {}

const CONFIDENCES: ReadonlySet<string> = new Set<Confidence>(['text', 'derived', 'knowledge', 'official']);
const GM_CODE = /^GM\d{4}$/;

/** True when the string is a CBS municipality code. */
export function isGmCode(value: string): value is GmCode {
  return GM_CODE.test(value);
}

function table(text: string, file: string, columns: readonly string[]) {
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new DataFormatError(`${file}: ${error.message}`);
    throw error;
  }
  const missing = columns.filter((c) => !parsed.header.includes(c));
  if (missing.length) throw new DataFormatError(`${file}: missing column(s) ${missing.join(', ')}`);
  return parsed.rows;
}

/** Parses data/layers.json. */
export function parseLayers(json: unknown, file = 'data/layers.json'): Layer[] {
  const doc = json as { version?: unknown; layers?: unknown };
  if (!doc || doc.version !== 1 || !Array.isArray(doc.layers)) {
    throw new DataFormatError(`${file}: expected { "version": 1, "layers": [...] }`);
  }
  const ids = new Set<string>();
  return doc.layers.map((raw: Record<string, unknown>, index: number) => {
    const where = `${file}: layer ${index} (${String(raw?.id)})`;
    const need = (key: string, type: string) => {
      if (typeof raw?.[key] !== type) throw new DataFormatError(`${where}: "${key}" must be a ${type}`);
    };
    need('id', 'string');
    need('domain', 'string');
    need('referenceDate', 'string');
    need('geometryYear', 'number');
    need('allowsOverlap', 'boolean');
    const label = raw.label as Layer['label'];
    if (typeof label?.nl !== 'string' || typeof label?.en !== 'string') throw new DataFormatError(`${where}: "label" needs nl and en`);
    if (raw.kind !== 'inventory' && raw.kind !== 'division') throw new DataFormatError(`${where}: "kind" must be inventory or division`);
    if (raw.membershipStatus !== 'complete' && raw.membershipStatus !== 'unknown') {
      throw new DataFormatError(`${where}: "membershipStatus" must be complete or unknown`);
    }
    if (raw.membershipStatus === 'complete' && typeof raw.membershipFile !== 'string') {
      throw new DataFormatError(`${where}: a complete layer needs a "membershipFile"`);
    }
    if (typeof (raw.source as Layer['source'])?.document !== 'string') throw new DataFormatError(`${where}: "source.document" missing`);
    const provenance = raw.provenance as Layer['provenance'];
    if (provenance !== undefined && !(['official', 'carried_over', 'nearest_year_fill'].includes(provenance?.status) && typeof provenance.note?.nl === 'string' && typeof provenance.note?.en === 'string')) {
      throw new DataFormatError(`${where}: "provenance" needs a status (official, carried_over, nearest_year_fill) and a note in nl and en`);
    }
    if (ids.has(raw.id as string)) throw new DataFormatError(`${where}: duplicate id`);
    ids.add(raw.id as string);
    return raw as unknown as Layer;
  });
}

/** Parses one membership file of a layer. */
export function parseMemberships(text: string, layerId: string, file = `data/memberships/${layerId}.csv`): Membership[] {
  return table(text, file, MEMBERSHIP_COLUMNS).map((r, index) => {
    const where = `${file}: row ${index + 2}`;
    if (!isGmCode(r.gm_code)) throw new DataFormatError(`${where}: "${r.gm_code}" is not a CBS code (GMxxxx)`);
    if (!r.region_id) throw new DataFormatError(`${where}: empty region_id`);
    if (!CONFIDENCES.has(r.confidence)) throw new DataFormatError(`${where}: unknown confidence "${r.confidence}"`);
    if (r.primary !== 'yes' && r.primary !== 'no') throw new DataFormatError(`${where}: primary must be yes or no`);
    const membership: Membership = {
      layerId,
      code: r.gm_code,
      regionId: r.region_id,
      regionName: r.region_name || r.region_id,
      primary: r.primary === 'yes',
      source: { document: r.source_document, section: r.source_section || undefined },
      confidence: r.confidence as Confidence,
    };
    if (r.subregion_id) {
      membership.subregionId = r.subregion_id;
      membership.subregionName = r.subregion_name || r.subregion_id;
    }
    if (r.note || r.note_en) membership.note = { nl: r.note || r.note_en, en: r.note_en || r.note };
    if (r.evidence_nl || r.evidence_en) membership.evidence = { nl: r.evidence_nl || r.evidence_en, en: r.evidence_en || r.evidence_nl };
    if (r.alternative_region) membership.alternativeRegion = r.alternative_region;
    return membership;
  });
}

/** Parses data/population.csv. */
export function parsePopulation(text: string, file = 'data/population.csv'): PopulationRecord[] {
  return table(text, file, POPULATION_COLUMNS).map((r, index) => {
    const population = Number(r.population);
    const year = Number(r.year);
    if (!isGmCode(r.gm_code) || !Number.isInteger(population) || population < 0 || !Number.isInteger(year)) {
      throw new DataFormatError(`${file}: row ${index + 2} is not a valid population record`);
    }
    return { code: r.gm_code, year, population };
  });
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
export interface MembershipCluster {
  code: GmCode;
  regionId: string;
  clusterId: string;
  clusterName: string;
}

/** Parses the optional cluster columns of a membership file; empty when the file has none. */
export function parseMembershipClusters(text: string, layerId: string, file = `data/memberships/${layerId}.csv`): MembershipCluster[] {
  const rows = table(text, file, MEMBERSHIP_COLUMNS);
  return rows
    .filter((r) => r.cluster_id)
    .map((r) => ({ code: r.gm_code as GmCode, regionId: r.region_id, clusterId: r.cluster_id, clusterName: r.cluster_name || r.cluster_id }));
}

const LEVELS: ReadonlySet<string> = new Set<RegionLevel>(['region', 'subregion', 'cluster']);

/** Parses data/regions_reported.csv: the regions and populations the seeds print. */
export function parseRegionsReported(text: string, file = 'data/regions_reported.csv'): ReportedRegion[] {
  return table(text, file, REGIONS_REPORTED_COLUMNS).map((r, index) => {
    const where = `${file}: row ${index + 2}`;
    if (!r.layer_id || !r.region_id) throw new DataFormatError(`${where}: empty layer_id or region_id`);
    if (!LEVELS.has(r.level)) throw new DataFormatError(`${where}: level must be region, subregion or cluster`);
    if (r.level !== 'region' && !r.parent_region_id) throw new DataFormatError(`${where}: a ${r.level} needs a parent_region_id`);
    if (r.population_reference_date && !/^\d{4}-\d{2}-\d{2}$/.test(r.population_reference_date)) {
      throw new DataFormatError(`${where}: population_reference_date must be YYYY-MM-DD or empty`);
    }
    const region: ReportedRegion = {
      layerId: r.layer_id,
      regionId: r.region_id,
      regionName: r.region_name,
      canonicalName: r.canonical_name || r.region_name,
      province: r.province ?? '',
      level: r.level as RegionLevel,
      parentRegionId: r.parent_region_id || null,
      reportedPopulation: countOrNull(r.reported_population, where),
      populationText: r.population_text,
      populationReferenceDate: r.population_reference_date || null,
      source: { document: r.source_document, section: r.source_section || undefined },
      confidence: r.confidence ? confidenceOf(r.confidence, where) : 'text',
    };
    if (r.note) region.note = r.note;
    return region;
  });
}

/** Parses data/municipal_changes.csv. */
export function parseMunicipalChanges(text: string, file = 'data/municipal_changes.csv'): MunicipalChange[] {
  return table(text, file, MUNICIPAL_CHANGES_COLUMNS).map((r, index) => {
    const where = `${file}: row ${index + 2}`;
    if (!isGmCode(r.from_code) || !isGmCode(r.to_code)) throw new DataFormatError(`${where}: from_code and to_code must be CBS codes`);
    const areaShare = count(r.area_share, where);
    const toAreaShare = r.to_area_share ? count(r.to_area_share, where) : NaN;
    if (!(areaShare > 0 && areaShare <= 1)) throw new DataFormatError(`${where}: area_share must be in (0, 1]`);
    return {
      fromYear: count(r.from_year, where),
      fromCode: r.from_code,
      fromName: r.from_name,
      toYear: count(r.to_year, where),
      toCode: r.to_code,
      toName: r.to_name,
      areaShare,
      toAreaShare,
      source: r.source,
      successorCheck: r.successor_check ?? '',
    };
  });
}

const CONTRADICTION_KINDS: ReadonlySet<string> = new Set<SeedContradiction['kind']>(['population', 'membership', 'count', 'naming', 'table']);
const LIKELY_CAUSES: ReadonlySet<string> = new Set<SeedContradiction['likelyCause']>(['reference_date', 'membership_doubt', 'seed_error', 'definition_difference', 'rounding', 'undecidable']);

/** Parses data/seed_contradictions.csv. */
export function parseSeedContradictions(text: string, file = 'data/seed_contradictions.csv'): SeedContradiction[] {
  return table(text, file, SEED_CONTRADICTIONS_COLUMNS).map((r, index) => {
    const where = `${file}: row ${index + 2}`;
    if (!CONTRADICTION_KINDS.has(r.kind)) throw new DataFormatError(`${where}: unknown kind "${r.kind}"`);
    if (!LIKELY_CAUSES.has(r.likely_cause)) throw new DataFormatError(`${where}: unknown likely_cause "${r.likely_cause}"`);
    if (!r.explanation_nl || !r.explanation_en) throw new DataFormatError(`${where}: needs explanation_nl and explanation_en`);
    return {
      layerId: r.layer_id,
      regionId: r.region_id || null,
      kind: r.kind as SeedContradiction['kind'],
      printed: r.printed,
      explanation: { nl: r.explanation_nl, en: r.explanation_en },
      likelyCause: r.likely_cause as SeedContradiction['likelyCause'],
      evidence: r.evidence,
      source: { document: r.source_documents },
    };
  });
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
