/**
 * Sources and layers of the MapLibre map, declared once as typed constants. Changing the shown
 * layer, selection or hover changes paint properties, filters and feature-state, never this list.
 */
import type { LayerSpecification, LineLayerSpecification, StyleSpecification } from 'maplibre-gl';
import { HIGHLIGHT_LINE, MARKED_LINE, OVERLAY_LINES, REGION_LINE, SUBREGION_LINE, type LineStyle } from './lineStyles.ts';

export const SOURCE_MUNICIPALITIES = 'municipalities';
export const SOURCE_REGION_BORDERS = 'region-borders';
export const SOURCE_SUBREGION_BORDERS = 'subregion-borders';
/** Region borders of the overlay layers, one feature per overlay with its `slot`. */
export const SOURCE_OVERLAYS = 'overlay-borders';
/** The outline of the region whose page is open. */
export const SOURCE_HIGHLIGHT = 'region-highlight';

export const LAYER_FILL = 'municipality-fill';
export const LAYER_MUNICIPALITY_LINE = 'municipality-line';
export const LAYER_REGION_LINE = 'region-line';
export const LAYER_HOVER = 'municipality-hover';
export const LAYER_SELECTED = 'municipality-selected';
export const LAYER_SUBREGION_LINE = 'subregion-line';
export const LAYER_HIGHLIGHT_LINE = 'region-highlight-line';
export const LAYER_MARKED_FILL = 'marked-hatch';
export const LAYER_DOTTED_FILL = 'marked-dots';
export const LAYER_MARKED_LINE = 'marked-line';
/** One line layer per overlay slot (line-dasharray differs per slot). */
export const overlayLayerId = (slot: number) => `overlay-line-${slot}`;

/** The generated hatch image of marked municipalities (added in code; no sprite is fetched). */
export const HATCH_IMAGE = 'hatch';
/** The generated dot pattern of dotted municipalities. */
export const DOTS_IMAGE = 'dots';

/** Paint of a line style. */
function linePaint(style: LineStyle): LineLayerSpecification['paint'] {
  return {
    'line-color': style.colour,
    'line-width': style.width,
    ...(style.dash ? { 'line-dasharray': [...style.dash] } : {}),
    ...(style.offset ? { 'line-offset': style.offset } : {}),
  };
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The base style: a plain background and no external resources (no tiles, fonts or sprites). */
export const BASE_STYLE: StyleSpecification = {
  version: 8,
  sources: {
    [SOURCE_MUNICIPALITIES]: { type: 'geojson', data: EMPTY, promoteId: 'code' },
    [SOURCE_REGION_BORDERS]: { type: 'geojson', data: EMPTY },
    [SOURCE_SUBREGION_BORDERS]: { type: 'geojson', data: EMPTY },
    [SOURCE_OVERLAYS]: { type: 'geojson', data: EMPTY },
    [SOURCE_HIGHLIGHT]: { type: 'geojson', data: EMPTY },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#EEF2F5' } },
    {
      id: LAYER_FILL,
      type: 'fill',
      source: SOURCE_MUNICIPALITIES,
      paint: { 'fill-color': '#FFFFFF', 'fill-opacity': 0.9 },
    },
    {
      id: LAYER_MUNICIPALITY_LINE,
      type: 'line',
      source: SOURCE_MUNICIPALITIES,
      paint: { 'line-color': '#FFFFFF', 'line-width': 0.6, 'line-opacity': 0.9 },
    },
    {
      id: LAYER_MARKED_FILL,
      type: 'fill',
      source: SOURCE_MUNICIPALITIES,
      filter: ['==', ['get', 'code'], ''],
      paint: { 'fill-pattern': HATCH_IMAGE },
    },
    {
      id: LAYER_DOTTED_FILL,
      type: 'fill',
      source: SOURCE_MUNICIPALITIES,
      filter: ['==', ['get', 'code'], ''],
      paint: { 'fill-pattern': DOTS_IMAGE },
    },
    { id: LAYER_SUBREGION_LINE, type: 'line', source: SOURCE_SUBREGION_BORDERS, paint: linePaint(SUBREGION_LINE) },
    {
      id: LAYER_REGION_LINE,
      type: 'line',
      source: SOURCE_REGION_BORDERS,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': REGION_LINE.colour, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, REGION_LINE.width * 0.65, 10, REGION_LINE.width * 1.4] },
    },
    ...OVERLAY_LINES.map(
      (style, slot): LineLayerSpecification => ({
        id: overlayLayerId(slot),
        type: 'line',
        source: SOURCE_OVERLAYS,
        filter: ['==', ['get', 'slot'], slot],
        paint: linePaint(style),
      }),
    ),
    {
      id: LAYER_MARKED_LINE,
      type: 'line',
      source: SOURCE_MUNICIPALITIES,
      filter: ['==', ['get', 'code'], ''],
      layout: { 'line-join': 'round' },
      paint: linePaint(MARKED_LINE),
    },
    { id: LAYER_HIGHLIGHT_LINE, type: 'line', source: SOURCE_HIGHLIGHT, layout: { 'line-join': 'round' }, paint: linePaint(HIGHLIGHT_LINE) },
    {
      id: LAYER_HOVER,
      type: 'line',
      source: SOURCE_MUNICIPALITIES,
      paint: {
        'line-color': '#1F2933',
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0],
      },
    },
    {
      id: LAYER_SELECTED,
      type: 'line',
      source: SOURCE_MUNICIPALITIES,
      filter: ['==', ['get', 'code'], ''],
      paint: { 'line-color': '#000000', 'line-width': 3.5 },
    },
  ] satisfies LayerSpecification[],
};
