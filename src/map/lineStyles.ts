/**
 * Line styles of the map, shared by the MapLibre style and the legend. Each outline differs from the
 * others by dash pattern and width, not by colour alone, so it can be told apart in grey print and by
 * readers with colour-vision deficiencies. Dash lengths are in multiples of the line width (MapLibre's unit).
 */

/** A line's look: colour, width in CSS pixels, and dash pattern (null for solid). */
export interface LineStyle {
  colour: string;
  width: number;
  dash: readonly number[] | null;
  /** Sideways shift in pixels, so that outlines along the same border lie side by side, not on top. */
  offset?: number;
}

/** Borders between the regions of the layer that fills the map. */
export const REGION_LINE: LineStyle = { colour: '#1F2933', width: 2.2, dash: null };

/** Borders between subregions inside one region (e.g. the Wmo 2013 subregions). */
export const SUBREGION_LINE: LineStyle = { colour: '#3E4C59', width: 1.4, dash: [2, 1.5] };

/** The outline of the region whose page is open: the region's members at a glance. */
export const HIGHLIGHT_LINE: LineStyle = { colour: '#000000', width: 4, dash: null };

/** The heavy outline of marked municipalities (drawn with a hatch fill as well). */
export const MARKED_LINE: LineStyle = { colour: '#7A0019', width: 3, dash: null };

/** Outline styles of further divisions drawn on top, one per slot; at most this many at once. */
export const OVERLAY_LINES: readonly LineStyle[] = [
  { colour: '#B2182B', width: 3, dash: [3, 1.5], offset: 2 },
  { colour: '#2D004B', width: 2.5, dash: [0.5, 1.5], offset: -2 },
  { colour: '#00441B', width: 2.5, dash: [5, 1.5, 1, 1.5], offset: 4.5 },
  { colour: '#7F3B08', width: 5, dash: [1, 1], offset: -5 },
  { colour: '#053061', width: 1.5, dash: [6, 2], offset: 7 },
  { colour: '#C51B7D', width: 4, dash: [3, 1, 0.5, 1, 0.5, 1], offset: -8 },
  { colour: '#000000', width: 1.2, dash: [1.5, 3], offset: 9.5 },
  { colour: '#8C510A', width: 6, dash: [0.5, 2.5], offset: -11 },
];

/** The SVG stroke-dasharray of a style (in pixels), for legend samples. */
export function svgDash(style: LineStyle): string | undefined {
  return style.dash ? style.dash.map((d) => d * style.width).join(' ') : undefined;
}
