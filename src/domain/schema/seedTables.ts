/**
 * The one description of each table in data/tables/ (the seeds' own tables, for charts and tooltips;
 * the JSON files beside them are described in dataFiles.ts). Every table row
 * carries its source and confidence; counts are numbers, or null where the seed prints no plain
 * number. The domain types (src/domain/seedTables.ts) are inferred from these schemas, and the
 * import script writes the columns read off them (src/data/format.ts).
 */
import * as v from 'valibot';
import { ConfidenceSchema, NumberCell, NumberOrNullCell, RequiredCell, sourceOf } from './common.ts';
import type { TableFile } from './dataFiles.ts';

/** The provenance columns every table ends with. */
const provenanceEntries = {
  source_document: RequiredCell('source_document'),
  source_section: v.string(),
  confidence: ConfidenceSchema,
};

type ProvenanceCells = { source_document: string; source_section: string; confidence: v.InferOutput<typeof ConfidenceSchema> };

/** Source and confidence of one table row. */
const provenanceOf = (r: ProvenanceCells) => ({ source: sourceOf(r.source_document, r.source_section), confidence: r.confidence });

/** Builds a table's row schema: its data cells (in the file's column order), then the provenance; `toRecord` gives the domain record. */
function tableRow<E extends v.ObjectEntries, R>(entries: E, toRecord: (r: v.InferOutput<v.ObjectSchema<E, undefined>>) => R) {
  return v.pipe(
    v.object({ ...entries, ...provenanceEntries }),
    v.transform((r) => ({ ...toRecord(r as v.InferOutput<v.ObjectSchema<E, undefined>>), ...provenanceOf(r as unknown as ProvenanceCells) })),
  );
}

const text = v.string();

/** The scales of 000 "Welke Taak op welke Schaal?". */
export const TaskScaleSchema = v.picklist(['lokaal', 'subregionaal', 'regionaal', 'bovenregionaal', 'n.t.b.'], (issue) => `unknown scale "${String(issue.input)}"`);

/** 000 "Welke Taak op welke Schaal?" in long form: regions per task, scale and kind of answer (`mixed`: a mixed answer, described by `label`). */
export const TaskScaleCountRowSchema = tableRow(
  { task: text, scale: TaskScaleSchema, kind: v.picklist(['main', 'mixed'], 'kind must be main or mixed'), count: NumberCell('count'), label: text },
  (r) => ({ task: r.task, scale: r.scale, kind: r.kind, count: r.count, label: r.label }),
);

/** 000 "Welke Taak op welke Schaal?" in wide form, as printed. */
export const TaskScaleRowSchema = tableRow(
  {
    task: text,
    task_in_text: text,
    lokaal: NumberOrNullCell('lokaal'),
    subregionaal: NumberOrNullCell('subregionaal'),
    regionaal: NumberOrNullCell('regionaal'),
    bovenregionaal: NumberOrNullCell('bovenregionaal'),
    ntb: NumberOrNullCell('ntb'),
    lokaal_note: text,
    subregionaal_note: text,
    regionaal_note: text,
    bovenregionaal_note: text,
    notes: text,
  },
  (r) => ({
    task: r.task,
    taskInText: r.task_in_text,
    counts: { lokaal: r.lokaal, subregionaal: r.subregionaal, regionaal: r.regionaal, bovenregionaal: r.bovenregionaal, ntb: r.ntb },
    mixedNotes: { lokaal: r.lokaal_note, subregionaal: r.subregionaal_note, regionaal: r.regionaal_note, bovenregionaal: r.bovenregionaal_note },
    notes: r.notes,
  }),
);

/** 000 "Intentie versus vastgelegde afspraken": regions per task in May and October 2013. */
export const IntentionsRowSchema = tableRow(
  {
    task: text,
    mei_2013_vastgesteld: NumberCell('mei_2013_vastgesteld'),
    mei_2013_intentie: NumberCell('mei_2013_intentie'),
    okt_2013_vastgesteld: NumberCell('okt_2013_vastgesteld'),
    okt_2013_intentie: NumberCell('okt_2013_intentie'),
  },
  (r) => ({
    task: r.task,
    may2013: { agreed: r.mei_2013_vastgesteld, intention: r.mei_2013_intentie },
    oct2013: { agreed: r.okt_2013_vastgesteld, intention: r.okt_2013_intentie },
  }),
);

/** 000 "Bovenregionale samenwerking vindt plaats in": one member youth region of a group (`countInText`: the number the text prints, or null). */
export const SupraRegionalRowSchema = tableRow(
  { group_id: text, group_name: text, count_in_text: NumberOrNullCell('count_in_text'), region_id: text, region_name: text, notes: text },
  (r) => ({ groupId: r.group_id, groupName: r.group_name, countInText: r.count_in_text, regionId: r.region_id, regionName: r.region_name, notes: r.notes }),
);

/** 003 Tabel 5: regions or organisations per implementing organisation. */
export const CjgOrganisationRowSchema = tableRow(
  { uitvoeringsorganisatie: text, aantal: NumberCell('aantal'), aantal_text: text, notes: text },
  (r) => ({ organisation: r.uitvoeringsorganisatie, count: r.aantal, countText: r.aantal_text, notes: r.notes }),
);

/** 003 annex: one of the 32 kinds of cooperation with its attributes. */
export const CjgCooperationKindRowSchema = tableRow(
  {
    kind_id: text,
    name: text,
    name_in_schema4: text,
    category: text,
    leefwereld: text,
    map_variant: text,
    n_regions: NumberOrNullCell('n_regions'),
    n_regions_text: text,
    unit: text,
    land_dekkend: text,
    bestaat_sinds: text,
    ontstaanswijze: text,
    samenwerkingsregeling: text,
    leadorganisatie: text,
    budget_van: text,
    budget_aan: text,
    budget_regeling: text,
    notes: text,
  },
  (r) => ({
    kindId: r.kind_id,
    name: r.name,
    nameInSchema4: r.name_in_schema4,
    category: r.category,
    leefwereld: r.leefwereld,
    mapVariant: r.map_variant,
    regionCount: r.n_regions,
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
  }),
);

/** 003 triangle of care intensity: share of people per level, top (crisis) down. */
export const CareIntensityRowSchema = tableRow(
  { rank_top_down: NumberCell('rank_top_down'), label: text, percentage: NumberCell('percentage'), percentage_text: text, notes: text },
  (r) => ({ rank: r.rank_top_down, label: r.label, percentage: r.percentage, percentageText: r.percentage_text, notes: r.notes }),
);

/** How a printed figure is meant; `as printed, inconsistent` is a figure that cannot be right (000's mean region size). */
export const ValueKindSchema = v.picklist(['exact', 'approximate', 'lower bound', 'upper bound', 'text only', 'as printed, inconsistent'], (issue) => `unknown value_kind "${String(issue.input)}"`);

/** A single number printed in a seed. */
export const KeyFigureRowSchema = tableRow(
  { document: text, round_id: text, key: text, value: NumberOrNullCell('value'), value_kind: ValueKindSchema, value_text: text, unit: text, label: text },
  (r) => ({ document: r.document, layerId: r.round_id, key: r.key, value: r.value, valueKind: r.value_kind, valueText: r.value_text, unit: r.unit, label: r.label }),
);

/** A short Dutch remark about a region in one round (tooltip material). */
export const RegionRemarkRowSchema = tableRow({ round_id: text, region_id: text, topic: text, remark: text }, (r) => ({ layerId: r.round_id, regionId: r.region_id, topic: r.topic, remark: r.remark }));

/** The row schema of each table file in data/tables/. */
export const TABLE_ROW_SCHEMAS = {
  'jeugd_2013_10_taak_schaal.csv': TaskScaleRowSchema,
  'jeugd_2013_10_taak_schaal_long.csv': TaskScaleCountRowSchema,
  'jeugd_2013_intentie_vastgelegd.csv': IntentionsRowSchema,
  'jeugd_2013_10_bovenregionaal.csv': SupraRegionalRowSchema,
  'cjg_2011_tabel5_uitvoeringsorganisaties.csv': CjgOrganisationRowSchema,
  'cjg_2011_samenwerkingsverbanden.csv': CjgCooperationKindRowSchema,
  'cjg_2011_zorgzwaarte.csv': CareIntensityRowSchema,
  'key_figures.csv': KeyFigureRowSchema,
  'region_remarks.csv': RegionRemarkRowSchema,
} as const satisfies Record<TableFile, v.GenericSchema>;

