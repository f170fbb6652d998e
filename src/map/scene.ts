/** Builds the map's scene from a joined layer view; each part is computed once per input object. */
import { municipalityFeatures, regionBorders, type MunicipalityTopology } from '../data/topology.ts';
import type { LayerView } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';
import type { MultiLineString } from 'geojson';
import { paletteColour, UNKNOWN_MEMBERSHIP_COLOUR, UNPLACED_COLOUR } from './palette.ts';
import type { MapScene, OverlayOutline } from './types.ts';
import { subregionBorders } from './borders.ts';

const featuresCache = new WeakMap<MunicipalityTopology, MapScene['municipalities']>();
const bordersCache = new WeakMap<LayerView, MapScene['regionBorders']>();
const coloursCache = new WeakMap<LayerView, Map<GmCode, string>>();
const subregionCache = new WeakMap<LayerView, MultiLineString>();
const NO_MARKS: ReadonlySet<GmCode> = new Set();

/** A loaded layer with the topology of its geometry year. */
export interface LoadedLayer {
  view: LayerView;
  topology: MunicipalityTopology;
}

/** What the scene shows besides the fill layer; every field has a default. */
export interface SceneOptions {
  fillOpacity?: number;
  subregions?: boolean;
  /** Further layers drawn as outlines, in slot order; null for one still loading (its slot stays empty). */
  overlays?: readonly (LoadedLayer | null)[];
  marked?: ReadonlySet<GmCode>;
}

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

/** Region borders of a layer, dissolved once per layer. */
export function layerBorders({ view, topology }: LoadedLayer): MultiLineString {
  return cached(bordersCache, view, () => regionBorders(topology, view.regionOf));
}

/** The scene for a layer view on its topology, with outlines of further layers and marks. */
export function sceneFor(view: LayerView, topology: MunicipalityTopology, selected: GmCode | null, options: SceneOptions = {}): MapScene {
  const overlays: OverlayOutline[] = [];
  (options.overlays ?? []).forEach((o, slot) => {
    if (o) overlays.push({ layerId: o.view.layer.id, borders: layerBorders(o), slot });
  });
  return {
    municipalities: cached(featuresCache, topology, () => municipalityFeatures(topology)),
    fillColour: fillColours(view),
    // A layer without member lists is drawn as intentional: neutral fill, municipal borders visible.
    unplacedColour: view.layer.membershipStatus === 'unknown' ? UNKNOWN_MEMBERSHIP_COLOUR : UNPLACED_COLOUR,
    fillOpacity: options.fillOpacity ?? 0.9,
    regionBorders: layerBorders({ view, topology }),
    subregionBorders: options.subregions ? cached(subregionCache, view, () => subregionBorders(topology, view)) : null,
    overlays,
    marked: options.marked ?? NO_MARKS,
    selected,
  };
}
