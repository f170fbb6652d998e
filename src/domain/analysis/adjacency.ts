import { regionAdjacency } from '../colouring.ts';
import { toIndex } from './layerIndex.ts';
import type { AdjacencyMap, LayerSource } from './types.ts';

/**
 * Region adjacency of a layer from municipal adjacency (primary rows), using the colouring module's
 * `regionAdjacency`; the result feeds `dsaturColouring` directly.
 */
export function layerRegionAdjacency(memberships: LayerSource, adjacency: AdjacencyMap): Map<string, Set<string>> {
  return regionAdjacency(toIndex(memberships).regionOf, adjacency);
}
