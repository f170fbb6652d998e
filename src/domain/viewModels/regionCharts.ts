/**
 * Rows of the region charts beside the map: region sizes of the shown layer, reported versus
 * computed populations, and the overlap of the shown layer with another division. Every row names
 * the region and its first member, so that a chart bar can select it on the map.
 */
import { regionCongruence, type PopulationMap } from '../analysis/index.ts';
import type { DiscrepancyReason, PopulationComparison } from '../discrepancies.ts';
import type { LayerView } from '../layerView.ts';
import type { GmCode, Layer, Membership, Source } from '../types.ts';

/** A region of the shown layer in a chart. */
export interface RegionRow {
  regionId: string;
  name: string;
  /** The member that selects the region on the map (first primary member by name); null when it has none. */
  firstMember: GmCode | null;
}

/** A region's size: primary members and their summed CBS population. */
export interface RegionSizeRow extends RegionRow {
  municipalities: number;
  /** Null when a member has no population figure. */
  population: number | null;
}

function firstMemberOf(view: LayerView, regionId: string): GmCode | null {
  return view.regions.get(regionId)?.members.find((m) => m.primary)?.code ?? null;
}

/** The regions of a layer by population, largest first (regions without a figure last). */
export function regionSizeRows(view: LayerView): RegionSizeRow[] {
  return [...view.regions.values()]
    .map((r) => ({
      regionId: r.id,
      name: r.name,
      firstMember: firstMemberOf(view, r.id),
      municipalities: r.members.filter((m) => m.primary).length,
      population: r.population,
    }))
    .filter((r) => r.municipalities > 0)
    .sort((a, b) => (b.population ?? -1) - (a.population ?? -1) || a.name.localeCompare(b.name, 'nl'));
}

/** The region of the shown layer that holds the selected municipality, or null. */
export function selectedRegion(view: LayerView, selected: GmCode | null): string | null {
  return selected ? (view.regionOf.get(selected) ?? null) : null;
}

/** A region with the population its seed prints and the one computed from its members, side by side. */
export interface ReportedRow extends RegionRow {
  reported: number | null;
  populationText: string;
  computed: number | null;
  difference: number | null;
  relativeDifference: number | null;
  populationYear: number | null;
  /** The likely reason of a discrepancy (first reason), or null when the figures agree. */
  likelyReason: DiscrepancyReason | null;
  source: Source;
}

/** The reported regions (level region) of the shown layer, in the seed's order; nothing is reconciled. */
export function reportedRows(view: LayerView, comparisons: readonly PopulationComparison[]): ReportedRow[] {
  return comparisons
    .filter((c) => c.layerId === view.layer.id && c.level === 'region')
    .map((c) => ({
      regionId: c.regionId,
      name: c.regionName,
      firstMember: firstMemberOf(view, c.regionId),
      reported: c.reportedPopulation,
      populationText: c.populationText,
      computed: c.computedPopulation,
      difference: c.difference,
      relativeDifference: c.relativeDifference,
      populationYear: c.populationYear,
      likelyReason: c.reasons[0] ?? null,
      source: c.source,
    }));
}

/** How much of a region of the shown layer lies in its best-matching region of the other division. */
export interface OverlapRow extends RegionRow {
  /** Share (0-1) of its population in the best match. */
  congruence: number;
  bestMatch: string;
  /** Number of regions of the other division it is spread across. */
  parts: number;
  /** The other regions with their shares, e.g. `Eemland 93 %; Gooi- en Vechtstreek 7 %`. */
  partsText: string;
}

/** Congruence of every region of the shown layer with the other division, least congruent first. */
export function overlapRows(view: LayerView, other: readonly Membership[], memberships: readonly Membership[], population: PopulationMap): OverlapRow[] {
  return regionCongruence(memberships, other, population)
    .map((c) => ({
      regionId: c.region.regionId,
      name: c.region.regionName,
      firstMember: firstMemberOf(view, c.region.regionId),
      congruence: c.congruence,
      bestMatch: c.bestMatch?.regionName ?? '',
      parts: c.parts.length,
      partsText: c.parts.map((p) => `${p.regionName} ${Math.round(p.share * 100)} %`).join('; '),
    }))
    .sort((a, b) => a.congruence - b.congruence || a.name.localeCompare(b.name, 'nl'));
}

/**
 * The division the overlap chart compares the shown layer with by default: for an inventory round
 * the other domain's round of the same year (jeugd against Wmo), otherwise the first layer of another
 * domain in the same geometry year.
 */
export function defaultOverlapPartner(layer: Layer, candidates: readonly Layer[]): Layer | null {
  const pool = candidates.filter((l) => l.id !== layer.id && l.geometryYear === layer.geometryYear && l.membershipStatus === 'complete');
  const inventory = pool.find((l) => l.kind === 'inventory' && l.domain !== layer.domain && layer.kind === 'inventory');
  return inventory ?? pool.find((l) => l.domain !== layer.domain) ?? pool[0] ?? null;
}
