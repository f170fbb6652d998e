/**
 * The one description of each data file format: data/layers.json, data/memberships/*.csv,
 * data/population.csv, data/regions_reported.csv, data/municipal_changes.csv and
 * data/seed_contradictions.csv. The shipped files and imported rounds are read with these schemas,
 * and the domain types are inferred from them (`src/domain/types.ts`). A row schema takes a CSV row
 * (strings keyed by the header) and gives the domain record.
 */
import * as v from 'valibot';
import {
  ConfidenceSchema,
  CountCell,
  GmCodeSchema,
  LocalTextSchema,
  NumberCell,
  NumberOrNullCell,
  OptionalCell,
  RequiredCell,
  SourceSchema,
  sourceOf,
} from './common.ts';

/**
 * The provenance of a CBS division-year (../shared/data/cbs/division_provenance.csv): the division of
 * that year, another year's layer carried over, or a gap fill from the nearest year.
 */
export const LayerProvenanceSchema = v.object(
  {
    status: v.picklist(['official', 'carried_over', 'nearest_year_fill'], 'provenance status must be official, carried_over or nearest_year_fill'),
    /** The source and method, as a technical reference (layer, law and version, commit). */
    basis: v.string(),
    /** What the user should know about this year's division; empty when nothing. */
    note: LocalTextSchema,
  },
  '"provenance" needs a status (official, carried_over, nearest_year_fill) and a note in nl and en',
);

/** One layer: an inventory round or an official division of one year (a record of data/layers.json). */
export const LayerSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9_-]+$/, 'id must be lower-case letters, digits, _ or -')),
    /** `inventory` for a VNG inventory round, `division` for an official CBS division of one year. */
    kind: v.picklist(['inventory', 'division'], 'kind must be inventory or division'),
    /** The domain (jeugd, wmo, cjg, ggd, politie, ...): rounds of one domain can be compared. */
    domain: v.string(),
    label: LocalTextSchema,
    /** ISO date (or year-month, or year) the layer describes. */
    referenceDate: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'referenceDate must be YYYY, YYYY-MM or YYYY-MM-DD')),
    geometryYear: v.pipe(v.number(), v.integer()),
    source: SourceSchema,
    /** Whether the member lists are known; `unknown` layers are shown as such, never invented. */
    membershipStatus: v.picklist(['complete', 'unknown'], 'membershipStatus must be complete or unknown'),
    /** Path of the membership CSV inside data/, or null (unknown membership, or an imported round). */
    membershipFile: v.nullable(v.string()),
    /** The number of regions the source states; null when it states none. */
    expectedRegions: v.nullable(v.number()),
    /** True when the source declares overlapping regions or clusters (a municipality in two). */
    allowsOverlap: v.boolean(),
    notes: v.optional(LocalTextSchema),
    /** For CBS division-years: official, carried over or filled, and why. */
    provenance: v.optional(LayerProvenanceSchema),
    /** Set on a round a user imported in the browser (kept in IndexedDB, not in data/). */
    imported: v.optional(v.literal(true)),
  }),
  v.check((l) => l.membershipStatus !== 'complete' || l.membershipFile !== null || l.imported === true, 'a complete layer needs a "membershipFile"'),
);

/** data/layers.json: `{ version: 1, layers: [...] }`, ids unique. */
export const LayersFileSchema = v.pipe(
  v.object({ version: v.literal(1, 'expected { "version": 1, "layers": [...] }'), layers: v.array(LayerSchema) }),
  v.check((doc) => new Set(doc.layers.map((l) => l.id)).size === doc.layers.length, 'duplicate layer id'),
);

/** One row of a membership file: a municipality in a region (and optionally a subregion). */
export const MembershipRowSchema = v.pipe(
  v.object({
    gm_code: GmCodeSchema,
    region_id: RequiredCell('region_id'),
    region_name: v.string(),
    subregion_id: OptionalCell,
    subregion_name: OptionalCell,
    primary: v.picklist(['yes', 'no'], 'primary must be yes or no'),
    source_document: v.string(),
    source_section: v.string(),
    confidence: ConfidenceSchema,
    /** The note in Dutch. */
    note: OptionalCell,
    /** Since issue 10b: the note in English, the evidence the row rests on, a doubt's other region. */
    note_en: OptionalCell,
    evidence_nl: OptionalCell,
    evidence_en: OptionalCell,
    alternative_region: OptionalCell,
  }),
  v.transform((r) => ({
    code: r.gm_code,
    regionId: r.region_id,
    regionName: r.region_name || r.region_id,
    ...(r.subregion_id ? { subregionId: r.subregion_id, subregionName: r.subregion_name || r.subregion_id } : {}),
    /** False for an additional membership the source declares (Eemnes also in Eemland). */
    primary: r.primary === 'yes',
    source: sourceOf(r.source_document, r.source_section),
    confidence: r.confidence,
    /** What the source says about this row beyond its region (both languages; one fills the other). */
    ...(r.note || r.note_en ? { note: { nl: r.note || r.note_en, en: r.note_en || r.note } } : {}),
    /** The statement the row rests on (quotes and arithmetic of the seeds), both languages. */
    ...(r.evidence_nl || r.evidence_en ? { evidence: { nl: r.evidence_nl || r.evidence_en, en: r.evidence_en || r.evidence_nl } } : {}),
    /** The other region a reading of the sources allows (a doubt), e.g. Arnhem for Wageningen. */
    ...(r.alternative_region ? { alternativeRegion: r.alternative_region } : {}),
  })),
);

/** The optional cluster columns of a membership file (a cluster inside a subregion, e.g. Dongemond). */
export const MembershipClusterRowSchema = v.object({
  gm_code: GmCodeSchema,
  region_id: v.string(),
  cluster_id: OptionalCell,
  cluster_name: OptionalCell,
});

/** One row of data/population.csv: CBS population on 1 January of a year. */
export const PopulationRowSchema = v.pipe(
  v.object({
    gm_code: GmCodeSchema,
    gm_name: v.string(),
    year: CountCell('year'),
    population: CountCell('population'),
    source: v.string(),
    /** Written since issue 3; always `official` (CBS). */
    confidence: v.optional(ConfidenceSchema, 'official'),
  }),
  v.transform((r) => ({ code: r.gm_code, year: r.year, population: r.population })),
);

/** One row of data/regions_reported.csv: a region, subregion or cluster a seed prints a population for. */
export const ReportedRegionRowSchema = v.pipe(
  v.object({
    layer_id: RequiredCell('layer_id'),
    region_id: RequiredCell('region_id'),
    region_name: v.string(),
    level: v.picklist(['region', 'subregion', 'cluster'], 'level must be region, subregion or cluster'),
    parent_region_id: v.string(),
    reported_population: NumberOrNullCell('reported_population'),
    population_text: v.string(),
    population_reference_date: v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'population_reference_date must be YYYY-MM-DD or empty')),
    source_document: v.string(),
    source_section: v.string(),
    note: v.string(),
    /** Columns added since issue 3: a clean display name, the province, the confidence. */
    canonical_name: OptionalCell,
    province: OptionalCell,
    confidence: v.optional(ConfidenceSchema, 'text'),
  }),
  v.check((r) => r.level === 'region' || r.parent_region_id !== '', 'a subregion or cluster needs a parent_region_id'),
  v.transform((r) => ({
    layerId: r.layer_id,
    regionId: r.region_id,
    regionName: r.region_name,
    canonicalName: r.canonical_name || r.region_name,
    province: r.province,
    level: r.level,
    parentRegionId: r.parent_region_id || null,
    reportedPopulation: r.reported_population,
    populationText: r.population_text,
    populationReferenceDate: r.population_reference_date || null,
    source: sourceOf(r.source_document, r.source_section),
    confidence: r.confidence,
    ...(r.note ? { note: r.note } : {}),
  })),
);

/** One row of data/municipal_changes.csv: a piece of a municipality that lies in another the next year. */
export const MunicipalChangeRowSchema = v.pipe(
  v.object({
    from_year: NumberCell('from_year'),
    from_code: GmCodeSchema,
    from_name: v.string(),
    to_year: NumberCell('to_year'),
    to_code: GmCodeSchema,
    to_name: v.string(),
    area_share: v.pipe(NumberCell('area_share'), v.check((n) => n > 0 && n <= 1, 'area_share must be in (0, 1]')),
    to_area_share: OptionalCell,
    source: v.string(),
    successor_check: OptionalCell,
  }),
  v.transform((r) => ({
    fromYear: r.from_year,
    fromCode: r.from_code,
    fromName: r.from_name,
    toYear: r.to_year,
    toCode: r.to_code,
    toName: r.to_name,
    areaShare: r.area_share,
    toAreaShare: r.to_area_share ? Number(r.to_area_share) : NaN,
    source: r.source,
    successorCheck: r.successor_check,
  })),
);

/** One row of data/seed_contradictions.csv: the seeds' own inconsistencies (../shared/data/seeds/contradictions.csv). */
export const SeedContradictionRowSchema = v.pipe(
  v.object({
    /** The round; empty for a document-wide inconsistency. */
    layer_id: v.string(),
    /** The reported region; empty when it concerns no single region. */
    region_id: v.string(),
    kind: v.picklist(['population', 'membership', 'count', 'naming', 'table'], (issue) => `unknown kind "${String(issue.input)}"`),
    /** The printed figure or text that does not fit. */
    printed: v.string(),
    explanation_nl: RequiredCell('explanation_nl'),
    explanation_en: RequiredCell('explanation_en'),
    likely_cause: v.picklist(
      ['reference_date', 'membership_doubt', 'seed_error', 'definition_difference', 'rounding', 'undecidable'],
      (issue) => `unknown likely_cause "${String(issue.input)}"`,
    ),
    /** Quotes and arithmetic (technical, `; `-separated). */
    evidence: v.string(),
    /** The seed files that show it (`;`-separated document ids). */
    source_documents: v.string(),
  }),
  v.transform((r) => ({
    layerId: r.layer_id,
    regionId: r.region_id || null,
    kind: r.kind,
    printed: r.printed,
    explanation: { nl: r.explanation_nl, en: r.explanation_en },
    likelyCause: r.likely_cause,
    evidence: r.evidence,
    source: { document: r.source_documents },
  })),
);

/** Every column a row schema reads, in the order the files have them. */
export function columnsOf(schema: v.GenericSchema): string[] {
  const withPipe = schema as { type: string; pipe?: readonly v.GenericSchema[]; entries?: Record<string, v.GenericSchema> };
  const object = withPipe.type === 'object' ? withPipe : (withPipe.pipe?.[0] as typeof withPipe | undefined);
  return Object.keys(object?.entries ?? {});
}

/** The header columns a row schema needs (optional ones left out), for "missing column" messages. */
export function requiredColumns(schema: v.GenericSchema): string[] {
  const withPipe = schema as { type: string; pipe?: readonly v.GenericSchema[]; entries?: Record<string, v.GenericSchema> };
  const object = withPipe.type === 'object' ? withPipe : (withPipe.pipe?.[0] as typeof withPipe | undefined);
  return Object.entries(object?.entries ?? {})
    .filter(([, s]) => s.type !== 'optional')
    .map(([k]) => k);
}

/** A layer (inventory round or division-year). */
export type LayerRecord = v.InferOutput<typeof LayerSchema>;
/** A membership row as read, without the layer it belongs to. */
export type MembershipRecord = v.InferOutput<typeof MembershipRowSchema>;
/** Population on 1 January of a year. */
export type PopulationRow = v.InferOutput<typeof PopulationRowSchema>;
