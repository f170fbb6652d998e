/** Region sizes of a layer for the presenter's bar chart (pure). */
import type { LayerView } from '../../domain/layerView.ts';

/** A region's name and population. */
export interface RegionSize {
  id: string;
  name: string;
  population: number;
}

/** The `limit` most populous regions with a known population, largest first. */
export function largestRegions(view: LayerView, limit: number): RegionSize[] {
  const sizes: RegionSize[] = [];
  for (const r of view.regions.values()) if (r.population !== null) sizes.push({ id: r.id, name: r.name, population: r.population });
  return sizes.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'nl')).slice(0, limit);
}
