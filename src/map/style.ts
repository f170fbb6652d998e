/**
 * Sources and layers of the MapLibre map, declared once as typed constants. Changing the shown
 * layer, selection or hover changes paint properties, filters and feature-state, never this list.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

export const SOURCE_MUNICIPALITIES = 'municipalities';
export const SOURCE_REGION_BORDERS = 'region-borders';

export const LAYER_FILL = 'municipality-fill';
export const LAYER_MUNICIPALITY_LINE = 'municipality-line';
export const LAYER_REGION_LINE = 'region-line';
export const LAYER_HOVER = 'municipality-hover';
export const LAYER_SELECTED = 'municipality-selected';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The base style: a plain background and no external resources (no tiles, fonts or sprites). */
export const BASE_STYLE: StyleSpecification = {
  version: 8,
  sources: {
    [SOURCE_MUNICIPALITIES]: { type: 'geojson', data: EMPTY, promoteId: 'code' },
    [SOURCE_REGION_BORDERS]: { type: 'geojson', data: EMPTY },
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
      id: LAYER_REGION_LINE,
      type: 'line',
      source: SOURCE_REGION_BORDERS,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#1F2933', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.4, 10, 3] },
    },
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

/** The Netherlands' bounding box (west, south, east, north) for the initial view. */
export const NL_BOUNDS: [number, number, number, number] = [3.31, 50.75, 7.23, 53.56];
