/**
 * Provenance records of the data beyond memberships: the regions and populations the seeds print,
 * municipal mergers and splits between geometry years, the seeds' known contradictions, and small
 * helpers that summarise where a layer's rows come from. Pure: no I/O.
 */
import type { Confidence, LocalText, Membership, Source } from './types.ts';
import type { MunicipalChange as AnalysisMunicipalChange } from './analysis/types.ts';

/** Every confidence value, in the order the overview shows them (strongest first). */
export const CONFIDENCES: readonly Confidence[] = ['official', 'text', 'derived', 'knowledge'];

/** Where a reported region sits: a region, a subregion of it, or a cluster inside a subregion. */
export type RegionLevel = 'region' | 'subregion' | 'cluster';

/** A region (or subregion, cluster) with the population a seed prints for it. */
export interface ReportedRegion {
  layerId: string;
  /** Joins to `Membership.regionId`, `Membership.subregionId` or the membership's cluster id. */
  regionId: string;
  /** The name as printed in the seed. */
  regionName: string;
  /** A clean display name. */
  canonicalName: string;
  province: string;
  level: RegionLevel;
  parentRegionId: string | null;
  /** The printed number without thousands dots; null when none is printed. */
  reportedPopulation: number | null;
  /** The number exactly as printed (Dutch thousands dots). */
  populationText: string;
  /** ISO date the seed gives for the figure; null when it prints none. */
  populationReferenceDate: string | null;
  source: Source;
  confidence: Confidence;
  note?: string;
}

/** One piece of a municipality of one geometry year that lies in another municipality the next year. */
export interface MunicipalChange extends AnalysisMunicipalChange {
  /** Share of the `to` municipality's area that came from `from` (0-1). */
  toAreaShare: number;
  /** Agreement with the successor named in CBS's gap-fill file, or empty when it names none. */
  successorCheck: string;
}

/** Why a seed's figure or statement contradicts another (../shared/data/seeds/contradictions.csv). */
export type LikelyCause = 'reference_date' | 'membership_doubt' | 'seed_error' | 'definition_difference' | 'rounding' | 'undecidable';

/** One of the seeds' own inconsistencies, for a region of a round or document-wide. */
export interface SeedContradiction {
  /** The round; empty for a document-wide inconsistency. */
  layerId: string;
  /** The reported region (`ReportedRegion.regionId`); null when it concerns no single region. */
  regionId: string | null;
  kind: 'population' | 'membership' | 'count' | 'naming' | 'table';
  /** The printed figure or text that does not fit. */
  printed: string;
  explanation: LocalText;
  likelyCause: LikelyCause;
  /** Quotes and arithmetic (technical, `; `-separated). */
  evidence: string;
  /** The seed files that show it (`;`-separated document ids). */
  source: Source;
}

/** How many rows of each confidence a set of memberships has. */
export type ConfidenceMix = Record<Confidence, number>;

/** Counts the memberships per confidence value. */
export function confidenceMix(memberships: readonly Pick<Membership, 'confidence'>[]): ConfidenceMix {
  const mix: ConfidenceMix = { official: 0, text: 0, derived: 0, knowledge: 0 };
  for (const m of memberships) mix[m.confidence]++;
  return mix;
}
