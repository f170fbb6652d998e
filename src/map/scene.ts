/** Builds the map's scene from a joined layer view; each part is computed once per input object. */
import { municipalityFeatures, regionBorders, type MunicipalityTopology } from '../data/topology.ts';
import type { LayerView } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';
import { paletteColour, UNPLACED_COLOUR } from './palette.ts';
import type { MapScene } from './types.ts';

const featuresCache = new WeakMap<MunicipalityTopology, MapScene['municipalities']>();
const bordersCache = new WeakMap<LayerView, MapScene['regionBorders']>();
const coloursCache = new WeakMap<LayerView, Map<GmCode, string>>();

function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The fill colour of every placed municipality: its primary region's palette colour. */
export function fillColours(view: LayerView): Map<GmCode, string> {
  return cached(coloursCache, view, () => {
    const colours = new Map<GmCode, string>();
    for (const [code, regionId] of view.regionOf) colours.set(code, paletteColour(view.regions.get(regionId)!.colourIndex));
    return colours;
  });
}

/** The scene for a layer view on its topology. */
export function sceneFor(view: LayerView, topology: MunicipalityTopology, selected: GmCode | null, fillOpacity = 0.9): MapScene {
  return {
    municipalities: cached(featuresCache, topology, () => municipalityFeatures(topology)),
    fillColour: fillColours(view),
    unplacedColour: UNPLACED_COLOUR,
    fillOpacity,
    regionBorders: cached(bordersCache, view, () => regionBorders(topology, view.regionOf)),
    selected,
  };
}
