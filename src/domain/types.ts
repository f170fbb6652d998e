/** A CBS municipality code, e.g. GM0363 (Amsterdam). Every join is on (geometry year, code). */
export type GmCode = `GM${string}`;

/** A CBS geometry year: the municipal boundaries of 1 January of that year. */
export type GeometryYear = number;

/** Text in both interface languages. */
export interface LocalText {
  nl: string;
  en: string;
}

/**
 * How sure a membership row is.
 * - `text`: a source document names the municipality (or its province row) with this region;
 * - `derived`: combined from statements in the sources (see the row's evidence);
 * - `knowledge`: from general knowledge, not from a source here;
 * - `official`: an official CBS division table for that year.
 */
export type Confidence = 'text' | 'derived' | 'knowledge' | 'official';

/** Where a record comes from: a seed document and section, or a CBS table and year. */
export interface Source {
  /** File name in ../shared/seeds, or the CBS table (e.g. `CBS gebiedsindelingen`). */
  document: string;
  /** Section, table or year inside that document. */
  section?: string;
}

/** Whether a layer's member lists are known. `unknown` layers are shown as such, never invented. */
export type MembershipStatus = 'complete' | 'unknown';

/**
 * One layer of memberships: an inventory round (VNG, jeugd/Wmo/CJG) or an official division for one
 * year (GGD, police, provinces, ...). Both are described by the same record so that adding one needs
 * data files only.
 */
export interface Layer {
  id: string;
  /** `inventory` for a VNG inventory round, `division` for an official CBS division of one year. */
  kind: 'inventory' | 'division';
  /** The domain (jeugd, wmo, cjg, ggd, politie, ...): rounds of one domain can be compared. */
  domain: string;
  label: LocalText;
  /** ISO date (or year-month, or year) the layer describes. */
  referenceDate: string;
  geometryYear: GeometryYear;
  source: Source;
  membershipStatus: MembershipStatus;
  /** Path of the membership CSV inside data/, or null when membership is unknown. */
  membershipFile: string | null;
  /** The number of regions the source states; null when it states none. */
  expectedRegions: number | null;
  /** True when the source declares overlapping regions or clusters (a municipality in two). */
  allowsOverlap: boolean;
  /** Notes on the layer, shown with its provenance. */
  notes?: LocalText;
}

/** A municipality's membership of one region (and optionally one subregion) in one layer. */
export interface Membership {
  layerId: string;
  code: GmCode;
  regionId: string;
  regionName: string;
  subregionId?: string;
  subregionName?: string;
  /**
   * False for an additional membership the source declares (e.g. Eemnes also in Eemland). Exactly one
   * primary row per municipality is what colours the map.
   */
  primary: boolean;
  source: Source;
  confidence: Confidence;
  note?: string;
}

/** A municipality of one geometry year. */
export interface Municipality {
  code: GmCode;
  name: string;
}

/** Population on 1 January of a year (CBS). */
export interface PopulationRecord {
  code: GmCode;
  year: number;
  population: number;
}
