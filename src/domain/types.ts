/** A CBS municipality code, e.g. GM0363 (Amsterdam). Every join is on (geometry year, code). */
export type GmCode = `GM${string}`;

/** A CBS geometry year: the municipal boundaries of 1 January of that year. */
export type GeometryYear = number;

/** An interface language. */
export type Lang = 'nl' | 'en';

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
  /**
   * The id of the cited document in data/documents.json (a seed file name such as
   * `002_b41d296776494aa7.txt`, or a CBS table such as `cbs-divisions`); several ids are
   * `;`-separated, the first the main one.
   */
  document: string;
  /** Section, table or year inside that document. */
  section?: string;
}

/**
 * How official a division-year is (../shared/data/cbs/division_provenance.csv): the division of that
 * year, another year's layer carried over (zorgkantoor 2012 and 2013 are the 2011 layer), or a gap
 * fill from the nearest year.
 */
export type LayerStatus = 'official' | 'carried_over' | 'nearest_year_fill';

/** The provenance of a CBS division-year: its status, how it was made and what to tell the user. */
export interface LayerProvenance {
  status: LayerStatus;
  /** The source and method, as a technical reference (layer, law and version, commit). */
  basis: string;
  /** What the user should know about this year's division; empty when nothing. */
  note: LocalText;
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
  /** For CBS division-years: official, carried over or filled, and why. */
  provenance?: LayerProvenance;
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
  /** What the source says about this row beyond its region (both languages). */
  note?: LocalText;
  /** The statement the row rests on (quotes and arithmetic of the seeds), both languages. */
  evidence?: LocalText;
  /** The other region a reading of the sources allows (a doubt), e.g. Arnhem for Wageningen. */
  alternativeRegion?: string;
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
