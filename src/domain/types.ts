import type * as v from 'valibot';
import type { ConfidenceSchema, LocalTextSchema, SourceSchema } from './schema/common.ts';
import type { LayerRecord, MembershipRecord, PopulationRow } from './schema/formats.ts';

/** A CBS municipality code, e.g. GM0363 (Amsterdam). Every join is on (geometry year, code). */
export type GmCode = `GM${string}`;

/** A CBS geometry year: the municipal boundaries of 1 January of that year. */
export type GeometryYear = number;

/** Text in both interface languages. */
export type LocalText = v.InferOutput<typeof LocalTextSchema>;

/**
 * How sure a membership row is.
 * - `text`: a source document names the municipality (or its province row) with this region;
 * - `derived`: combined from statements in the sources (see the row's evidence);
 * - `knowledge`: from general knowledge, not from a source here;
 * - `official`: an official CBS division table for that year.
 */
export type Confidence = v.InferOutput<typeof ConfidenceSchema>;

/** Where a record comes from: a seed document and section, or a CBS table and year. */
export type Source = v.InferOutput<typeof SourceSchema>;

/** Whether a layer's member lists are known. `unknown` layers are shown as such, never invented. */
export type MembershipStatus = Layer['membershipStatus'];

/**
 * One layer of memberships: an inventory round (VNG, jeugd/Wmo/CJG, or one a user imported) or an
 * official division for one year (GGD, police, provinces, ...), as `LayerSchema` describes it.
 */
export type Layer = LayerRecord;

/**
 * A municipality's membership of one region (and optionally one subregion) in one layer: a row of
 * a membership file (`MembershipRowSchema`) with the layer it belongs to. Exactly one primary row
 * per municipality is what colours the map.
 */
export type Membership = MembershipRecord & { layerId: string };

/** A municipality of one geometry year. */
export interface Municipality {
  code: GmCode;
  name: string;
}

/** Population on 1 January of a year (CBS). */
export type PopulationRecord = PopulationRow;
