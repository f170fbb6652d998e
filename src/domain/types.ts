import type * as v from 'valibot';
import type { ConfidenceSchema, LocalTextSchema, SourceSchema } from './schema/common.ts';
import type { LayerProvenanceSchema, LayerRecord, MembershipRecord, PopulationRow } from './schema/formats.ts';

/** A CBS municipality code, e.g. GM0363 (Amsterdam). Every join is on (geometry year, code). */
export type GmCode = `GM${string}`;

/** An interface language. */
export type Lang = 'nl' | 'en';

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
/**
 * Where a record comes from: `document` is the id of the cited document in data/documents.json (a
 * seed file name such as `002_b41d296776494aa7.txt`, or a CBS table such as `cbs-divisions`); several
 * ids are `;`-separated, the first the main one. `section` is the section, table or year inside it.
 */
export type Source = v.InferOutput<typeof SourceSchema>;

/**
 * How official a division-year is (../shared/data/cbs/division_provenance.csv): the division of that
 * year, another year's layer carried over (zorgkantoor 2012 and 2013 are the 2011 layer), or a gap
 * fill from the nearest year.
 */
export type LayerStatus = LayerProvenance['status'];

/** The provenance of a CBS division-year: its status, how it was made and what to tell the user. */
export type LayerProvenance = v.InferOutput<typeof LayerProvenanceSchema>;

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
