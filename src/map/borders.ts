/** Border lines the map draws besides region borders, dissolved with topojson-client's mesh. */
import { mesh } from 'topojson-client';
import type { MultiLineString } from 'geojson';
import type { MunicipalityProps, MunicipalityTopology } from '../data/topology.ts';
import type { LayerView } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';

/** The primary subregion id of each municipality that has one. */
function subregionOf(view: LayerView): Map<GmCode, string> {
  const result = new Map<GmCode, string>();
  for (const [code, memberships] of view.membershipsOf) {
    const primary = memberships.find((m) => m.primary);
    if (primary?.subregionId) result.set(code, primary.subregionId);
  }
  return result;
}

/** Whether the layer has subregions at all. */
export function hasSubregions(view: LayerView): boolean {
  for (const memberships of view.membershipsOf.values()) if (memberships.some((m) => m.subregionId)) return true;
  return false;
}

/** Lines between two municipalities of the same region that lie in different subregions (or one in none). */
export function subregionBorders(topo: MunicipalityTopology, view: LayerView): MultiLineString {
  const subregion = subregionOf(view);
  const codeOf = (g: unknown) => (g as { properties: MunicipalityProps }).properties.code;
  return mesh(topo, topo.objects.municipalities as never, (a: unknown, b: unknown) => {
    if (a === b) return false;
    const ca = codeOf(a);
    const cb = codeOf(b);
    const region = view.regionOf.get(ca);
    if (region === undefined || region !== view.regionOf.get(cb)) return false;
    return subregion.get(ca) !== subregion.get(cb);
  });
}
