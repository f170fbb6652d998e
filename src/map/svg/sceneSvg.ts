/**
 * The map of a scene as one standalone SVG document (fills, borders, outlines, marks, labels), fitted
 * to a box. Exports (SVG and PNG) compose title, legend and source line around it; the PNG draws it on
 * a canvas, so neither export depends on reading back a WebGL canvas.
 */
import { cameraTransform, fitBounds, NL_BOUNDS, type PaddingOption } from '../camera.ts';
import { placeLabels } from '../labels.ts';
import { OVERLAY_LINES, SUBREGION_LINE, HIGHLIGHT_LINE } from '../lineStyles.ts';
import type { Camera, MapScene } from '../types.ts';
import { groupTransform, linesPath, municipalityGeometry, toScreen } from './geometry.ts';
import {
  fillsMarkup,
  labelGroupAttributes,
  labelsMarkup,
  lineAttributes,
  marksMarkup,
  MUNICIPALITY_LINE_WIDTH,
  patternDefs,
  regionLineWidth,
  SVG_COLOURS,
} from './markup.ts';

/** Size and view of a standalone map. */
export interface SceneSvgOptions {
  width: number;
  height: number;
  /** The view to draw; the whole country fitted to the box when absent. */
  camera?: Camera;
  /** Space kept free around the country when fitting (ignored with a camera). */
  padding?: PaddingOption;
  /** Label font size in pixels (default: the scene's). */
  labelSize?: number;
  /** Prefix of element ids, unique per document the SVG is placed in. */
  idPrefix?: string;
}

/** The camera that fits the whole country into a box. */
export function fitNetherlands(width: number, height: number, padding: PaddingOption = 12): Camera {
  return fitBounds(NL_BOUNDS, width, height, padding);
}

/** A standalone SVG document of the scene's map. */
export function sceneSvg(scene: MapScene, options: SceneSvgOptions): string {
  const { width, height } = options;
  const prefix = options.idPrefix ?? 'rs-';
  const camera = options.camera ?? fitNetherlands(width, height, options.padding);
  const t = cameraTransform(camera, width, height);
  const geometry = municipalityGeometry(scene.municipalities);
  const labelSize = options.labelSize ?? scene.labelSize;
  const placed = placeLabels(scene.labels, (p) => toScreen(t, p), { width, height }, labelSize);
  const overlays = scene.overlays
    .map((o) => `<path d="${linesPath(o.borders)}" ${lineAttributes(OVERLAY_LINES[o.slot])}/>`)
    .join('');
  const selected = scene.selected ? geometry.path.get(scene.selected) : undefined;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs>${patternDefs(prefix)}<clipPath id="${prefix}clip"><rect width="${width}" height="${height}"/></clipPath></defs>` +
    `<rect width="${width}" height="${height}" fill="${SVG_COLOURS.background}"/>` +
    `<g clip-path="url(#${prefix}clip)">` +
    `<g transform="${groupTransform(t)}">` +
    `<g fill-opacity="${scene.fillOpacity}" fill-rule="evenodd" stroke="${SVG_COLOURS.municipalityLine}" stroke-width="${MUNICIPALITY_LINE_WIDTH}" stroke-opacity="0.9" vector-effect="non-scaling-stroke">${fillsMarkup(geometry, scene).replaceAll('"/>', '" vector-effect="non-scaling-stroke"/>')}</g>` +
    `<g fill-rule="evenodd">${marksMarkup(geometry, scene.marks, prefix)}</g>` +
    (scene.subregionBorders ? `<path d="${linesPath(scene.subregionBorders)}" ${lineAttributes(SUBREGION_LINE)}/>` : '') +
    `<path d="${linesPath(scene.regionBorders)}" ${lineAttributes({ colour: SVG_COLOURS.ink, width: 0, dash: null }, regionLineWidth(camera.zoom))}/>` +
    overlays +
    (scene.highlight ? `<path d="${linesPath(scene.highlight)}" ${lineAttributes(HIGHLIGHT_LINE)} data-part="highlight"/>` : '') +
    (selected ? `<path d="${selected}" fill="none" stroke="${SVG_COLOURS.selected}" stroke-width="3.5" vector-effect="non-scaling-stroke"/>` : '') +
    `</g></g>` +
    `<g ${labelGroupAttributes(labelSize)}>${labelsMarkup(placed, labelSize)}</g>` +
    `</svg>`
  );
}
