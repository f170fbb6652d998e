/** Builds the map's scene from a joined layer view; each part is computed once per input object. */
import { municipalityFeatures, outlineOf, regionBorders, type MunicipalityTopology } from '../data/topology.ts';
import type { LayerView } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';
import type { MultiLineString } from 'geojson';
import { paletteColour, unplacedColourOf } from './palette.ts';
import type { MapScene, MarkKind, OverlayOutline } from './types.ts';
import { subregionBorders } from './borders.ts';
import { labelsAtHand, regionLabels, type RegionLabel } from './labels.ts';

const featuresCache = new WeakMap<MunicipalityTopology, MapScene['municipalities']>();
const bordersCache = new WeakMap<LayerView, MapScene['regionBorders']>();
const coloursCache = new WeakMap<LayerView, Map<GmCode, string>>();
const subregionCache = new WeakMap<LayerView, MultiLineString>();
const labelsCache = new WeakMap<LayerView, RegionLabel[]>();
const highlightCache = new WeakMap<LayerView, Map<string, MultiLineString>>();
const NO_CODES: ReadonlySet<GmCode> = new Set();
const NO_LABELS: readonly RegionLabel[] = [];
const marksCache = new WeakMap<ReadonlySet<GmCode>, WeakMap<ReadonlySet<GmCode>, Map<GmCode, MarkKind>>>();

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
  /** Municipalities drawn hatched. */
  marked?: ReadonlySet<GmCode>;
  /** Municipalities drawn dotted (hatched wins where both apply). */
  dotted?: ReadonlySet<GmCode>;
  /** Region names on the map (default on). */
  labels?: boolean;
  /**
   * Leave the labels out until their points are computed (prepareLabels), so that a map is never
   * held up by them; the map draws them in a later scene. Exports wait for them instead.
   */
  labelsWhenReady?: boolean;
  /** Label font size in CSS pixels (default 13). */
  labelSize?: number;
  /** The region of the shown layer whose page is open: drawn with a heavy outline. */
  highlightRegion?: string | null;
}

/** The outline of one region of a view (every member, also those in a second region), once per view and region. */
function regionOutline(view: LayerView, topology: MunicipalityTopology, regionId: string): MultiLineString | null {
  if (!view.regions.has(regionId)) return null;
  const perView = cached(highlightCache, view, () => new Map<string, MultiLineString>());
  let outline = perView.get(regionId);
  if (!outline) {
    const members = new Set([...view.membershipsOf].filter(([, ms]) => ms.some((m) => m.regionId === regionId)).map(([code]) => code));
    perView.set(regionId, (outline = outlineOf(topology, members)));
  }
  return outline;
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

/** The marks of a scene: dotted first, then hatched on top; one map per pair of sets. */
export function marksOf(hatched: ReadonlySet<GmCode>, dotted: ReadonlySet<GmCode>): ReadonlyMap<GmCode, MarkKind> {
  let inner = marksCache.get(hatched);
  if (!inner) marksCache.set(hatched, (inner = new WeakMap()));
  return cached(inner, dotted, () => {
    const marks = new Map<GmCode, MarkKind>();
    for (const code of dotted) marks.set(code, 'dots');
    for (const code of hatched) marks.set(code, 'hatch');
    return marks;
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
    unplacedColour: unplacedColourOf(view.layer),
    fillOpacity: options.fillOpacity ?? 0.9,
    regionBorders: layerBorders({ view, topology }),
    subregionBorders: options.subregions ? cached(subregionCache, view, () => subregionBorders(topology, view)) : null,
    overlays,
    marks: marksOf(options.marked ?? NO_CODES, options.dotted ?? NO_CODES),
    labels:
      options.labels === false || (options.labelsWhenReady && !labelsAtHand(topology, view))
        ? NO_LABELS
        : cached(labelsCache, view, () => regionLabels(topology, view)),
    labelSize: options.labelSize ?? 13,
    selected,
    highlight: options.highlightRegion ? regionOutline(view, topology, options.highlightRegion) : null,
  };
}
