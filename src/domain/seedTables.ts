/**
 * Records of the seeds' tables in data/tables/ (charts and tooltips), as the schemas in
 * src/domain/schema/seedTables.ts read them: every record carries its source and confidence; counts
 * are numbers, or null where the seed prints no plain number.
 */
import type * as v from 'valibot';
import type {
  CareIntensityRowSchema,
  CjgCooperationKindRowSchema,
  IntentionsRowSchema,
  SupraRegionalRowSchema,
  TaskScaleCountRowSchema,
  TaskScaleSchema,
} from './schema/seedTables.ts';
import type { TableSourcesFileSchema } from './schema/dataFiles.ts';

/** The scales of 000 "Welke Taak op welke Schaal?". */
export type TaskScale = v.InferOutput<typeof TaskScaleSchema>;
/** 000 "Welke Taak op welke Schaal?" in long form: regions per task, scale and kind of answer. */
export type TaskScaleCount = v.InferOutput<typeof TaskScaleCountRowSchema>;
/** 000 "Intentie versus vastgelegde afspraken": regions per task in May and October 2013. */
export type IntentionsRow = v.InferOutput<typeof IntentionsRowSchema>;
/** 000 "Bovenregionale samenwerking vindt plaats in": one member youth region of a group. */
export type SupraRegionalMember = v.InferOutput<typeof SupraRegionalRowSchema>;
/** 003 annex: one of the 32 kinds of cooperation with its attributes. */
export type CjgCooperationKind = v.InferOutput<typeof CjgCooperationKindRowSchema>;
/** 003 triangle of care intensity: share of people per level, top (crisis) down. */
export type CareIntensityLevel = v.InferOutput<typeof CareIntensityRowSchema>;
/** Description of one table file, from data/tables/sources.json. */
export type TableSource = v.InferOutput<typeof TableSourcesFileSchema>['tables'][number];
