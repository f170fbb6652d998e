/**
 * SVG markup of the map's parts, shared by the live SVG renderer (which builds its elements from it
 * once and then changes attributes) and the standalone export (sceneSvg). Lines keep their on-screen
 * width whatever the zoom (vector-effect: non-scaling-stroke).
 */
import { MARKED_LINE, REGION_LINE, svgDash, type LineStyle } from '../lineStyles.ts';
import type { PlacedLabel } from '../labels.ts';
import type { MapScene, MarkKind } from '../types.ts';
import type { MunicipalityGeometry } from './geometry.ts';

/** Colours of what the map draws besides regions and outlines. */
export const SVG_COLOURS = {
  background: '#EEF2F5',
  municipalityLine: '#FFFFFF',
  hover: '#1F2933',
  selected: '#000000',
  ink: '#1F2933',
  halo: '#FFFFFF',
} as const;

/** Width of the municipal borders in CSS pixels. */
export const MUNICIPALITY_LINE_WIDTH = 0.6;
/** Label type: system sans-serif, bold, with a white halo so that it reads on every palette colour. */
export const LABEL_FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Region borders widen as the user zooms in (0.65x at zoom 6 to 1.4x at zoom 10, as on the WebGL map). */
export function regionLineWidth(zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - 6) / 4));
  return REGION_LINE.width * (0.65 + t * 0.75);
}

/** The attributes of a line style (stroke, width, dashes). */
export function lineAttributes(style: LineStyle, width = style.width): string {
  const dash = svgDash({ ...style, width });
  return `fill="none" stroke="${style.colour}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''} stroke-linejoin="round" vector-effect="non-scaling-stroke"`;
}

/** Pattern definitions (hatch and dots) with ids prefixed so that two maps on one page do not clash. */
export function patternDefs(prefix: string, scale = 1): string {
  const t = scale === 1 ? '' : ` patternTransform="scale(${scale})"`;
  return (
    `<pattern id="${prefix}hatch" width="10" height="10" patternUnits="userSpaceOnUse"${t}>` +
    `<path d="M-2,2 l4,-4 M0,10 l10,-10 M8,12 l4,-4" stroke="${SVG_COLOURS.ink}" stroke-width="3" stroke-opacity="0.86"/></pattern>` +
    `<pattern id="${prefix}dots" width="8" height="8" patternUnits="userSpaceOnUse"${t}>` +
    `<circle cx="4" cy="4" r="1.7" fill="${SVG_COLOURS.ink}" fill-opacity="0.9"/></pattern>`
  );
}

/** The pattern url of a mark kind. */
export const markFill = (prefix: string, kind: MarkKind) => `url(#${prefix}${kind === 'hatch' ? 'hatch' : 'dots'})`;

/** One path per municipality, filled with its region's colour; the path carries its CBS code. */
export function fillsMarkup(geometry: MunicipalityGeometry, scene: MapScene): string {
  let out = '';
  for (const code of geometry.codes) {
    out += `<path data-code="${code}" d="${geometry.path.get(code)}" fill="${scene.fillColour.get(code) ?? scene.unplacedColour}"/>`;
  }
  return out;
}

/** The marked municipalities: pattern fill and a heavy outline (dotted ones a lighter one). */
export function marksMarkup(geometry: MunicipalityGeometry, marks: MapScene['marks'], prefix: string): string {
  let out = '';
  for (const [code, kind] of marks) {
    const d = geometry.path.get(code);
    if (!d) continue;
    const width = kind === 'hatch' ? MARKED_LINE.width : MARKED_LINE.width * 0.6;
    out += `<path d="${d}" fill="${markFill(prefix, kind)}" stroke="${MARKED_LINE.colour}" stroke-width="${width}" vector-effect="non-scaling-stroke"/>`;
  }
  return out;
}

/** Region labels as text with a halo, one or two lines each, centred on their point. */
export function labelsMarkup(placed: readonly PlacedLabel[], fontSize: number): string {
  let out = '';
  for (const label of placed) {
    const lineHeight = fontSize * 1.15;
    const top = label.y - ((label.lines.length - 1) * lineHeight) / 2;
    const lines = label.lines
      .map((line, i) => `<tspan x="${label.x.toFixed(1)}" y="${(top + i * lineHeight).toFixed(1)}">${escapeXml(line)}</tspan>`)
      .join('');
    out += `<text data-region="${escapeXml(label.regionId)}">${lines}</text>`;
  }
  return out;
}

/** Attributes of the labels group: font, halo drawn under the fill (paint-order). */
export function labelGroupAttributes(fontSize: number): string {
  return `font-family='${LABEL_FONT}' font-size="${fontSize}" font-weight="700" text-anchor="middle" dominant-baseline="central" fill="${SVG_COLOURS.ink}" stroke="${SVG_COLOURS.halo}" stroke-width="${Math.max(3, fontSize / 4)}" stroke-linejoin="round" paint-order="stroke" pointer-events="none"`;
}
