import type { GmCode } from '../types.ts';
import type { RegionRef } from './changes.ts';
import { toIndex } from './layerIndex.ts';
import type { AdjacencyMap, LayerIndex, LayerSource } from './types.ts';

/** Inputs of `sanityChecks` besides the layer. */
export interface SanityInput {
  /** Every municipality of the layer's geometry year. */
  municipalities: readonly GmCode[];
  /** Symmetric municipal adjacency of that year. */
  adjacency: AdjacencyMap;
  /**
   * Municipalities on the coast or national border. Adjacency cannot see the sea or Germany and
   * Belgium, so a region touching them is not an enclave, nor such a municipality a donut hole.
   */
  exterior?: ReadonlySet<GmCode>;
}

/**
 * Result of `sanityChecks`; every list names the municipalities involved. White spots, unknown codes
 * and primary rows are read by `membershipFindings` (src/domain/validate.ts), the one home of the
 * checks on membership rows; these are the checks that need the map.
 */
export interface SanityReport {
  /** Regions whose primary members (of the geometry year) form more than one connected part, largest first. */
  nonContiguous: { region: RegionRef; parts: GmCode[][] }[];
  /** Municipalities without any neighbour in the adjacency (islands): they make their region non-contiguous. */
  isolated: GmCode[];
  /** Regions all of whose outside neighbours are in one other region. */
  enclaves: { region: RegionRef; surroundedBy: RegionRef; municipalities: GmCode[] }[];
  /** Municipalities all of whose neighbours are in one region they are not in ('donut' holes). */
  donuts: { code: GmCode; region: RegionRef | null; surroundedBy: RegionRef; neighbours: GmCode[] }[];
}

/**
 * Spatial sanity checks on one layer, using municipal adjacency: non-contiguous regions (with their
 * connected parts), isolated municipalities, enclaves and donut holes.
 */
export function sanityChecks(memberships: LayerSource, input: SanityInput): SanityReport {
  const index = toIndex(memberships);
  const ref = (regionId: string): RegionRef => ({ regionId, regionName: index.regionName.get(regionId) ?? regionId });
  const known = new Set(input.municipalities);
  const exterior = input.exterior ?? new Set<GmCode>();
  // Codes the geometry year does not know have no shape: membershipFindings reports them as unknown, not as parts.
  const isolated = [...index.regionOf.keys()].filter((code) => known.has(code) && (input.adjacency.get(code)?.size ?? 0) === 0);
  return {
    nonContiguous: nonContiguousRegions(index, input.adjacency, known, ref),
    isolated,
    enclaves: enclaves(index, input.adjacency, exterior, ref),
    donuts: donuts(index, input, exterior, ref),
  };
}

function nonContiguousRegions(
  index: LayerIndex,
  adjacency: AdjacencyMap,
  known: ReadonlySet<GmCode>,
  ref: (id: string) => RegionRef,
): SanityReport['nonContiguous'] {
  const result: SanityReport['nonContiguous'] = [];
  for (const [regionId, members] of index.membersOf) {
    const seen = new Set<GmCode>();
    const parts: GmCode[][] = [];
    for (const start of members) {
      if (seen.has(start) || !known.has(start)) continue;
      const part: GmCode[] = [start];
      seen.add(start);
      for (let i = 0; i < part.length; i++) {
        for (const neighbour of adjacency.get(part[i]) ?? []) {
          if (seen.has(neighbour) || index.regionOf.get(neighbour) !== regionId) continue;
          seen.add(neighbour);
          part.push(neighbour);
        }
      }
      parts.push(part);
    }
    if (parts.length > 1) result.push({ region: ref(regionId), parts: parts.sort((x, y) => y.length - x.length) });
  }
  return result;
}

const UNPLACED = '\u0000unplaced';

function enclaves(
  index: LayerIndex,
  adjacency: AdjacencyMap,
  exterior: ReadonlySet<GmCode>,
  ref: (id: string) => RegionRef,
): SanityReport['enclaves'] {
  const result: SanityReport['enclaves'] = [];
  for (const [regionId, members] of index.membersOf) {
    if (members.some((code) => exterior.has(code))) continue;
    const around = new Set<string>();
    for (const code of members) {
      for (const neighbour of adjacency.get(code) ?? []) {
        const other = index.regionOf.get(neighbour) ?? UNPLACED;
        if (other !== regionId) around.add(other);
      }
    }
    if (around.size !== 1) continue;
    const [only] = around;
    if (only !== UNPLACED) result.push({ region: ref(regionId), surroundedBy: ref(only), municipalities: [...members] });
  }
  return result;
}

function donuts(
  index: LayerIndex,
  input: SanityInput,
  exterior: ReadonlySet<GmCode>,
  ref: (id: string) => RegionRef,
): SanityReport['donuts'] {
  const result: SanityReport['donuts'] = [];
  for (const code of input.municipalities) {
    if (exterior.has(code)) continue;
    const neighbours = [...(input.adjacency.get(code) ?? [])];
    if (neighbours.length === 0) continue;
    const first = index.regionOf.get(neighbours[0]);
    if (first === undefined || neighbours.some((n) => index.regionOf.get(n) !== first)) continue;
    const own = index.regionOf.get(code);
    if (own === first) continue;
    result.push({ code, region: own === undefined ? null : ref(own), surroundedBy: ref(first), neighbours });
  }
  return result;
}
