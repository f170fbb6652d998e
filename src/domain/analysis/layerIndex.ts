import type { GmCode, Membership } from '../types.ts';
import type { LayerIndex, LayerSource, PopulationMap, RegionSummary } from './types.ts';

/** Builds the Map indexes of one layer's memberships; every analysis accepts the result in place of the rows. */
export function indexLayer(memberships: readonly Membership[]): LayerIndex {
  const regionOf = new Map<GmCode, string>();
  const membersOf = new Map<string, GmCode[]>();
  const regionName = new Map<string, string>();
  const rowsOf = new Map<GmCode, Membership[]>();
  const regionIds: string[] = [];
  for (const row of memberships) {
    if (!regionName.has(row.regionId)) {
      regionName.set(row.regionId, row.regionName);
      regionIds.push(row.regionId);
    }
    const rows = rowsOf.get(row.code);
    if (rows) rows.push(row);
    else rowsOf.set(row.code, [row]);
    if (!row.primary || regionOf.has(row.code)) continue;
    regionOf.set(row.code, row.regionId);
    const members = membersOf.get(row.regionId);
    if (members) members.push(row.code);
    else membersOf.set(row.regionId, [row.code]);
  }
  const partition = regionIds.filter((id) => membersOf.has(id));
  const numberOf = new Map(partition.map((id, i) => [id, i]));
  const regionNumberOf = new Map<GmCode, number>();
  for (const [code, region] of regionOf) regionNumberOf.set(code, numberOf.get(region)!);
  return { kind: 'layer-index', regionOf, membersOf, regionName, rowsOf, regionIds, partition, regionNumberOf, rows: memberships };
}

// Memberships arrays are data loaded once and never changed (they are typed readonly), so each is
// indexed once and its index remembered for as long as the array lives.
const indexes = new WeakMap<readonly Membership[], LayerIndex>();

/** Returns the index of a layer: the index itself, or the one built (once per array) from its rows. */
export function toIndex(source: LayerSource): LayerIndex {
  if (isLayerIndex(source)) return source;
  let index = indexes.get(source);
  if (!index) {
    index = indexLayer(source);
    indexes.set(source, index);
  }
  return index;
}

function isLayerIndex(source: LayerSource): source is LayerIndex {
  return !Array.isArray(source) && (source as LayerIndex).kind === 'layer-index';
}

/** The population of a municipality; a municipality without a figure counts as 0 inhabitants. */
export function populationOf(population: PopulationMap, code: GmCode): number {
  return population.get(code) ?? 0;
}

/** Summary (member count and population) of one region of an index. */
export function summarizeRegion(index: LayerIndex, regionId: string, population: PopulationMap): RegionSummary {
  const members = index.membersOf.get(regionId) ?? [];
  let total = 0;
  for (const code of members) total += populationOf(population, code);
  return {
    regionId,
    regionName: index.regionName.get(regionId) ?? regionId,
    municipalities: members.length,
    population: total,
  };
}
