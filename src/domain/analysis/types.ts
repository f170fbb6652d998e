import type { GmCode, LocalText, Membership } from '../types.ts';

/**
 * One row of `data/municipal_changes.csv`: a municipality of `fromYear` whose area (or the share
 * `areaShare` of it) belongs to `toCode` from `toYear` on. A municipality that continues under the same
 * code while absorbing others may appear with `fromCode === toCode`.
 */
export interface MunicipalChange {
  fromYear: number;
  fromCode: GmCode;
  fromName: string;
  toYear: number;
  toCode: GmCode;
  toName: string;
  /** Share (0..1] of the area of `fromCode` that went to `toCode`. */
  areaShare: number;
  source: string;
}

/** Population per municipality (inhabitants on 1 January of the layer's geometry year). */
export type PopulationMap = ReadonlyMap<GmCode, number>;

/** Municipal adjacency: the municipalities sharing a boundary with each municipality. */
export type AdjacencyMap = ReadonlyMap<GmCode, ReadonlySet<GmCode>>;

/**
 * The indexes of one layer, built once by `indexLayer` and shared by every analysis of that layer.
 * Only `primary` rows make up the partition (`regionOf`, `membersOf`); every row, primary or not, is
 * kept in `rowsOf` for the checks on declared overlap.
 */
export interface LayerIndex {
  readonly kind: 'layer-index';
  /** The primary region of each municipality (first primary row wins when a source has duplicates). */
  readonly regionOf: ReadonlyMap<GmCode, string>;
  /** The primary members of each region, in input order. */
  readonly membersOf: ReadonlyMap<string, readonly GmCode[]>;
  /** The display name of each region (first row that names it). */
  readonly regionName: ReadonlyMap<string, string>;
  /** Every row of each municipality, primary and non-primary. */
  readonly rowsOf: ReadonlyMap<GmCode, readonly Membership[]>;
  /** Regions in order of first appearance, so that outputs are stable. */
  readonly regionIds: readonly string[];
  /** The regions with primary members, in `regionIds` order; a region's position is its number. */
  readonly partition: readonly string[];
  /** The number (position in `partition`) of each municipality's primary region, for the hot loops. */
  readonly regionNumberOf: ReadonlyMap<GmCode, number>;
  readonly rows: readonly Membership[];
}

/**
 * A layer's memberships, or the index already built from them. An array is indexed once and the index
 * remembered, so treat memberships arrays as immutable: change data by making a new array.
 */
export type LayerSource = readonly Membership[] | LayerIndex;

/** A region named in a view model: id, display name, municipalities and their population. */
export interface RegionSummary {
  regionId: string;
  regionName: string;
  municipalities: number;
  population: number;
}

/** A layer taking part in a comparison of several layers, with the short domain label for sentences. */
export interface LabelledLayer {
  id: string;
  /** Short domain label used in explanations, e.g. { nl: 'jeugd', en: 'youth' }. */
  label: LocalText;
  memberships: LayerSource;
}
