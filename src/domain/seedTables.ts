/**
 * Records of the seeds' tables in data/tables/ (charts and tooltips). Every record carries its
 * source and confidence. Counts are numbers, or null where the seed prints no plain number.
 */
import type { Confidence, LocalText, Source } from './types.ts';

/** Source and confidence of one table row. */
export interface TableProvenance {
  source: Source;
  confidence: Confidence;
}

/** The scales of 000 "Welke Taak op welke Schaal?". */
export type TaskScale = 'lokaal' | 'subregionaal' | 'regionaal' | 'bovenregionaal' | 'n.t.b.';

/** 000 "Welke Taak op welke Schaal?" in long form: regions per task, scale and kind of answer. */
export interface TaskScaleCount extends TableProvenance {
  task: string;
  scale: TaskScale;
  /** `main` = the plain count; `mixed` = regions giving a mixed answer, described by `label`. */
  kind: 'main' | 'mixed';
  count: number;
  label: string;
}

/** 000 "Welke Taak op welke Schaal?" in wide form, as printed. */
export interface TaskScaleRow extends TableProvenance {
  task: string;
  taskInText: string;
  counts: Record<'lokaal' | 'subregionaal' | 'regionaal' | 'bovenregionaal' | 'ntb', number | null>;
  mixedNotes: Record<'lokaal' | 'subregionaal' | 'regionaal' | 'bovenregionaal', string>;
  notes: string;
}

/** 000 "Intentie versus vastgelegde afspraken": regions per task in May and October 2013. */
export interface IntentionsRow extends TableProvenance {
  task: string;
  may2013: { agreed: number; intention: number };
  oct2013: { agreed: number; intention: number };
}

/** 000 "Bovenregionale samenwerking vindt plaats in": one member youth region of a group. */
export interface SupraRegionalMember extends TableProvenance {
  groupId: string;
  groupName: string;
  /** The number of regions the text prints for the group, or null. */
  countInText: number | null;
  regionId: string;
  regionName: string;
  notes: string;
}

/** 003 Tabel 5: regions or organisations per implementing organisation. */
export interface CjgOrganisationCount extends TableProvenance {
  organisation: string;
  count: number;
  countText: string;
  notes: string;
}

/** 003 annex: one of the 32 kinds of cooperation with its attributes. */
export interface CjgCooperationKind extends TableProvenance {
  kindId: string;
  name: string;
  nameInSchema4: string;
  category: string;
  leefwereld: string;
  mapVariant: string;
  regionCount: number | null;
  regionCountText: string;
  unit: string;
  nationwide: 'ja' | 'nee' | string;
  since: string;
  origin: string;
  arrangement: string;
  leadOrganisation: string;
  budgetFrom: string;
  budgetTo: string;
  budgetArrangement: string;
  notes: string;
}

/** 003 triangle of care intensity: share of people per level, top (crisis) down. */
export interface CareIntensityLevel extends TableProvenance {
  rank: number;
  label: string;
  percentage: number;
  percentageText: string;
  notes: string;
}

/** How exact a printed key figure is. */
/** How a printed figure is meant; `as printed, inconsistent` is a figure that cannot be right (000's mean region size). */
export type ValueKind = 'exact' | 'approximate' | 'lower bound' | 'upper bound' | 'text only' | 'as printed, inconsistent';

/** A single number printed in a seed. */
export interface KeyFigure extends TableProvenance {
  document: string;
  layerId: string;
  key: string;
  value: number | null;
  valueKind: ValueKind;
  valueText: string;
  unit: string;
  label: string;
}

/** A short Dutch remark about a region in one round (tooltip material). */
export interface RegionRemark extends TableProvenance {
  layerId: string;
  regionId: string;
  topic: string;
  remark: string;
}

/** Description of one table file, from data/tables/sources.json. */
export interface TableSource {
  file: string;
  title: LocalText;
  /** Layers (rounds) the table belongs to. */
  layerIds: string[];
  source: Source;
  rows: number;
  notes: string;
}
