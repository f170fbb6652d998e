/**
 * The exported map as one SVG document: title, subtitle, the map (sceneSvg, with region labels),
 * the legend of the legend model and the source line, laid out by layoutExport so that nothing is
 * cut off. The PNG is this SVG drawn onto a canvas through a Blob URL image (no network, no WebGL
 * read-back). Loaded on first use, so it costs the start-up nothing.
 */
import type { LegendEntry, LegendSymbol } from '../../domain/presentation/legend.ts';
import { layoutExport, type ExportLayout, type MeasureText, type TextBlock } from '../../domain/presentation/exportLayout.ts';
import { HIGHLIGHT_LINE, MARKED_LINE, OVERLAY_LINES, REGION_LINE, SUBREGION_LINE, type LineStyle } from '../../map/lineStyles.ts';
import { escapeXml, patternDefs, SVG_COLOURS } from '../../map/svg/markup.ts';
import { sceneSvg } from '../../map/svg/sceneSvg.ts';
import type { Camera, MapScene } from '../../map/types.ts';
import { NL_BOUNDS } from '../../map/camera.ts';

/** The font of the export's texts (the one the size estimate and the canvas measure assume). */
export const EXPORT_FONT = '"DejaVu Sans", Verdana, system-ui, sans-serif';
const INK = '#1F2933';

/** Width / height of the Netherlands in Web Mercator (what fitNetherlands fits). */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const NL_ASPECT = ((NL_BOUNDS[2] - NL_BOUNDS[0]) * Math.PI) / 180 / (mercatorY(NL_BOUNDS[3]) - mercatorY(NL_BOUNDS[1]));
const MUTED = '#3E4C59';

/** What the export shows. */
export interface ExportRequest {
  scene: MapScene;
  width: number;
  height: number;
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: readonly LegendEntry[];
  source: string;
  /** The map's view for the map's box on the page; the whole country when absent or undefined. */
  camera?: (width: number, height: number) => Camera | undefined;
}

/** Measures text with a canvas in the export's font (exact for the PNG, close for the SVG). */
export function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  // 4 % to spare for a viewer whose fallback font is a little wider.
  return (text, fontSize, bold) => {
    ctx.font = `${bold ? 'bold ' : ''}${fontSize}px ${EXPORT_FONT}`;
    return ctx.measureText(text).width * 1.04;
  };
}

function textMarkup(b: TextBlock, fill: string): string {
  const tspans = b.lines.map((line, i) => `<tspan x="${b.x}" y="${b.y + i * b.lineHeight + Math.round(b.fontSize * 0.95)}">${escapeXml(line)}</tspan>`).join('');
  return `<text font-size="${b.fontSize}"${b.bold ? ' font-weight="700"' : ''} fill="${fill}">${tspans}</text>`;
}

function lineSample(style: LineStyle, x: number, y: number, width: number, scale: number): string {
  const w = style.width * scale;
  const dash = style.dash ? ` stroke-dasharray="${style.dash.map((d) => d * w).join(' ')}"` : '';
  return `<line x1="${x}" y1="${y}" x2="${x + width}" y2="${y}" stroke="${style.colour}" stroke-width="${w}"${dash}/>`;
}

function symbolMarkup(symbol: LegendSymbol, box: { x: number; y: number; width: number; height: number }, fontSize: number): string {
  const { x, y, width, height } = box;
  const mid = y + height / 2;
  const scale = Math.max(1, fontSize / 16);
  switch (symbol.kind) {
    case 'fills': {
      const size = Math.round(fontSize * 0.5);
      return symbol.colours
        .map((c, i) => `<rect x="${x + (i % 5) * (size + 2)}" y="${y + Math.floor(i / 5) * (size + 2)}" width="${size}" height="${size}" fill="${c}" stroke="#52606D" stroke-width="1"/>`)
        .join('');
    }
    case 'line':
      if (symbol.line === 'municipality') return `<rect x="${x}" y="${mid - 5}" width="${width}" height="10" fill="#BFC7CF"/>${lineSample({ colour: SVG_COLOURS.municipalityLine, width: 1.5, dash: null }, x, mid, width, 1)}`;
      return lineSample(symbol.line === 'region' ? REGION_LINE : symbol.line === 'highlight' ? HIGHLIGHT_LINE : SUBREGION_LINE, x, mid, width, scale);
    case 'overlay':
      return lineSample(OVERLAY_LINES[symbol.slot], x, mid, width, scale);
    case 'mark':
      return `<rect x="${x}" y="${y}" width="${height * 1.4}" height="${height}" fill="url(#lg-${symbol.mark === 'hatch' ? 'hatch' : 'dots'})" stroke="${MARKED_LINE.colour}" stroke-width="${symbol.mark === 'hatch' ? 3 : 2}"/>`;
    case 'blank':
      return `<rect x="${x}" y="${y}" width="${height * 1.4}" height="${height}" fill="${symbol.colour}" stroke="#52606D" stroke-width="1"/>`;
  }
}

/** The layout of a request (exported for the preview's checks and the tests). */
export function exportLayout(request: ExportRequest, measure: MeasureText): ExportLayout {
  return layoutExport(
    {
      width: request.width,
      height: request.height,
      title: request.title,
      subtitle: request.subtitle,
      legendTitle: request.legendTitle,
      legend: request.legend.map((e) => ({ id: e.id, text: e.text, swatches: e.symbol.kind === 'fills' ? e.symbol.colours.length : 0 })),
      source: request.source,
      mapAspect: request.camera ? undefined : NL_ASPECT,
    },
    measure,
  );
}

/** The whole export as a standalone SVG document. */
export function exportSvg(request: ExportRequest, measure: MeasureText): string {
  const { width, height } = request;
  const layout = exportLayout(request, measure);
  const { map } = layout;
  const mapSvg = sceneSvg(request.scene, { width: Math.round(map.width), height: Math.round(map.height), camera: request.camera?.(Math.round(map.width), Math.round(map.height)), labelSize: layout.labelSize, idPrefix: 'map-', padding: 8 }).replace(
    /^<svg /,
    `<svg x="${map.x}" y="${map.y}" `,
  );
  const legendFont = layout.legend[0]?.text.fontSize ?? 24;
  const rows = layout.legend
    .map((row, i) => `<g data-legend="${escapeXml(row.id)}">${symbolMarkup(request.legend[i].symbol, row.symbol, legendFont)}${textMarkup(row.text, INK)}</g>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${EXPORT_FONT}'>` +
    `<title>${escapeXml(request.title)}</title>` +
    `<defs>${patternDefs('lg-', Math.max(1, legendFont / 20))}</defs>` +
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>` +
    `<g data-part="title">${textMarkup(layout.title, INK)}${textMarkup(layout.subtitle, MUTED)}</g>` +
    mapSvg +
    `<g data-part="legend">${textMarkup(layout.legendTitle, INK)}${rows}</g>` +
    `<g data-part="source">${textMarkup(layout.source, MUTED)}</g>` +
    `</svg>`
  );
}

/** Draws an SVG document onto a canvas of its size through a Blob URL image and encodes it as PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(width, height);
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the browser could not draw the SVG'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not encode the PNG');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
