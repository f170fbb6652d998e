/** A municipality's profile: every layer of a geometry year it belongs to, with its partners (pure). */
import type { GmCode, Layer, Membership } from '../../domain/types.ts';

/** A layer with its memberships. */
export interface LayerMemberships {
  layer: Layer;
  memberships: readonly Membership[];
}

/** One region the municipality belongs to in a layer, with the other members. */
export interface ProfileRegion {
  regionId: string;
  regionName: string;
  subregionName?: string;
  primary: boolean;
  partners: { code: GmCode; name: string }[];
}

/** The municipality in one layer: its regions, none when unplaced, or unknown membership. */
export interface ProfileEntry {
  layer: Layer;
  known: boolean;
  regions: ProfileRegion[];
}

/**
 * The municipality's regions in each layer (in the given layer order) with its co-members sorted by
 * name; a region's partners include additional (non-primary) members, each once.
 */
export function municipalityProfile(code: GmCode, layers: readonly LayerMemberships[], nameOf: ReadonlyMap<GmCode, string>): ProfileEntry[] {
  return layers.map(({ layer, memberships }) => {
    const own = memberships.filter((m) => m.code === code);
    own.sort((a, b) => Number(b.primary) - Number(a.primary));
    const regions = own.map((m): ProfileRegion => {
      const partners = new Map<GmCode, string>();
      for (const other of memberships) {
        if (other.regionId === m.regionId && other.code !== code) partners.set(other.code, nameOf.get(other.code) ?? other.code);
      }
      return {
        regionId: m.regionId,
        regionName: m.regionName,
        subregionName: m.subregionName,
        primary: m.primary,
        partners: [...partners].map(([c, name]) => ({ code: c, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      };
    });
    return { layer, known: layer.membershipStatus === 'complete', regions };
  });
}
