/** Memberships with another reading in the sources (Boskoop, Mook en Middelaar, Wageningen, ...): doubts shown as doubts. Pure. */
import type { GmCode, Membership } from './types.ts';

/** A membership the sources allow two readings of: the one used and the alternative. */
export interface Doubt {
  code: GmCode;
  name: string;
  /** The region the membership uses. */
  region: string;
  /** The other reading. */
  alternative: string;
  confidence: Membership['confidence'];
}

/** The doubtful memberships of a layer, by municipality name. */
export function doubtsOf(membershipsOf: ReadonlyMap<GmCode, readonly Membership[]>, nameOf: ReadonlyMap<GmCode, string>): Doubt[] {
  const doubts: Doubt[] = [];
  for (const [code, rows] of membershipsOf) {
    for (const m of rows) {
      if (m.alternativeRegion) doubts.push({ code, name: nameOf.get(code) ?? code, region: m.regionName, alternative: m.alternativeRegion, confidence: m.confidence });
    }
  }
  return doubts.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
