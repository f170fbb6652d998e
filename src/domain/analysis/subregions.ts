import type { GmCode } from '../types.ts';
import { toIndex } from './layerIndex.ts';
import type { LayerSource } from './types.ts';
import type { RegionRef } from './changes.ts';

/** A subregion as named in a layer. */
export interface SubregionRef {
  subregionId: string;
  subregionName: string;
}

/** Result of `subregionChecks`. */
export interface SubregionChecks {
  /** Subregions whose members lie in more than one region. */
  notNested: (SubregionRef & { regions: RegionRef[]; municipalities: GmCode[] })[];
  /** Municipalities in two or more subregions (declared overlapping clusters). */
  overlapping: { code: GmCode; subregions: (SubregionRef & { regionId: string })[] }[];
  /** Per region that has subregions, the members that are in none of them. */
  outsideSubregions: { region: RegionRef; municipalities: GmCode[] }[];
}

/**
 * Subregion checks on all rows of a layer (primary and not): nesting (every subregion inside one
 * region), overlapping clusters (a municipality in two subregions), and members of a region with
 * subregions that belong to none.
 */
export function subregionChecks(memberships: LayerSource): SubregionChecks {
  const index = toIndex(memberships);
  const subregions = new Map<string, SubregionRef & { regions: Map<string, string>; municipalities: Set<GmCode> }>();
  const regionsWithSubregions = new Set<string>();
  const coveredIn = new Map<string, Set<GmCode>>();
  const membersIn = new Map<string, Set<GmCode>>();
  for (const row of index.rows) {
    const members = membersIn.get(row.regionId) ?? new Set<GmCode>();
    members.add(row.code);
    membersIn.set(row.regionId, members);
    if (row.subregionId === undefined || row.subregionId === '') continue;
    regionsWithSubregions.add(row.regionId);
    const covered = coveredIn.get(row.regionId) ?? new Set<GmCode>();
    covered.add(row.code);
    coveredIn.set(row.regionId, covered);
    let sub = subregions.get(row.subregionId);
    if (!sub) {
      sub = {
        subregionId: row.subregionId,
        subregionName: row.subregionName ?? row.subregionId,
        regions: new Map(),
        municipalities: new Set(),
      };
      subregions.set(row.subregionId, sub);
    }
    sub.regions.set(row.regionId, row.regionName);
    sub.municipalities.add(row.code);
  }

  const notNested = [...subregions.values()]
    .filter((sub) => sub.regions.size > 1)
    .map((sub) => ({
      subregionId: sub.subregionId,
      subregionName: sub.subregionName,
      regions: [...sub.regions].map(([regionId, regionName]) => ({ regionId, regionName })),
      municipalities: [...sub.municipalities],
    }));

  const overlapping: SubregionChecks['overlapping'] = [];
  for (const [code, rows] of index.rowsOf) {
    const seen = new Map<string, SubregionRef & { regionId: string }>();
    for (const row of rows) {
      if (row.subregionId === undefined || row.subregionId === '' || seen.has(row.subregionId)) continue;
      seen.set(row.subregionId, {
        subregionId: row.subregionId,
        subregionName: row.subregionName ?? row.subregionId,
        regionId: row.regionId,
      });
    }
    if (seen.size > 1) overlapping.push({ code, subregions: [...seen.values()] });
  }

  const outsideSubregions: SubregionChecks['outsideSubregions'] = [];
  for (const regionId of index.regionIds) {
    if (!regionsWithSubregions.has(regionId)) continue;
    const covered = coveredIn.get(regionId)!;
    const outside = [...membersIn.get(regionId)!].filter((code) => !covered.has(code));
    if (outside.length > 0) {
      outsideSubregions.push({
        region: { regionId, regionName: index.regionName.get(regionId) ?? regionId },
        municipalities: outside,
      });
    }
  }
  return { notNested, overlapping, outsideSubregions };
}
