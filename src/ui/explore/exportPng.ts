/**
 * PNG export of the map at presentation resolution (1920 × 1080): title, the map canvas, the legend and
 * the source line drawn into an offscreen canvas. Loaded on first use, so it costs the start-up nothing.
 */
import type { LayerView } from '../../domain/layerView.ts';
import { translate, type Lang } from '../../i18n/messages.ts';
import { MARKED_LINE, OVERLAY_LINES, REGION_LINE, SUBREGION_LINE, type LineStyle } from '../../map/lineStyles.ts';
import type { LegendEntry } from '../../domain/presentation/legend.ts';

/** Size of the exported image in pixels. */
export const EXPORT_SIZE = { width: 1920, height: 1080 } as const;

/** The map is redrawn at this many device pixels per CSS pixel for the export, so it stays sharp. */
export const EXPORT_PIXEL_RATIO = 2;

const INK = '#1F2933';
const FONT = 'system-ui, "DejaVu Sans", sans-serif';
const LEGEND_X = 1440;

function drawLine(ctx: CanvasRenderingContext2D, style: LineStyle, x: number, y: number): void {
  ctx.save();
  ctx.strokeStyle = style.colour;
  ctx.lineWidth = style.width * 1.5;
  ctx.setLineDash(style.dash ? style.dash.map((d) => d * style.width * 1.5) : []);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 56, y);
  ctx.stroke();
  ctx.restore();
}

function drawHatch(ctx: CanvasRenderingContext2D, x: number, y: number, size: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, size, size);
  ctx.clip();
  ctx.strokeStyle = INK;
  ctx.lineWidth = 3;
  for (let d = -size; d < size * 2; d += 9) {
    ctx.beginPath();
    ctx.moveTo(x + d, y + size);
    ctx.lineTo(x + d + size, y);
    ctx.stroke();
  }
  ctx.restore();
  ctx.strokeStyle = MARKED_LINE.colour;
  ctx.lineWidth = MARKED_LINE.width;
  ctx.strokeRect(x, y, size, size);
}

/** Writes text, shortened with an ellipsis to fit a width. */
function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, width: number): void {
  let shown = text;
  while (shown.length > 4 && ctx.measureText(shown).width > width) shown = `${shown.slice(0, -2)}…`;
  ctx.fillText(shown, x, y);
}

/** Draws the export image: title, map, legend, source. */
export function renderExport(map: HTMLCanvasElement, view: LayerView, entries: readonly LegendEntry[], lang: Lang): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = EXPORT_SIZE.width;
  canvas.height = EXPORT_SIZE.height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `bold 44px ${FONT}`;
  fitText(ctx, view.layer.label[lang], 40, 64, canvas.width - 80);
  ctx.font = `26px ${FONT}`;
  ctx.fillStyle = '#3E4C59';
  const subtitle = `${translate(lang, 'regionCount', { n: view.regions.size })} · ${translate(lang, 'referenceDate')}: ${view.layer.referenceDate} · ${translate(lang, 'geometryYear')}: ${view.layer.geometryYear}`;
  fitText(ctx, subtitle, 40, 102, canvas.width - 80);

  // The map keeps its aspect ratio inside the area left of the legend.
  const area = { x: 40, y: 124, width: LEGEND_X - 60, height: 890 };
  const scale = Math.min(area.width / map.width, area.height / map.height);
  const w = map.width * scale;
  const h = map.height * scale;
  ctx.drawImage(map, area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);

  let y = 150;
  ctx.fillStyle = INK;
  ctx.font = `bold 30px ${FONT}`;
  ctx.fillText(translate(lang, 'legend'), LEGEND_X, y);
  ctx.font = `24px ${FONT}`;
  const row = (draw: () => void, label: string) => {
    y += 44;
    draw();
    ctx.fillStyle = INK;
    fitText(ctx, label, LEGEND_X + 70, y + 8, EXPORT_SIZE.width - LEGEND_X - 100);
  };
  const lineOf = (line: 'region' | 'subregion' | 'municipality'): LineStyle => (line === 'region' ? REGION_LINE : line === 'subregion' ? SUBREGION_LINE : { colour: '#9AA5B1', width: 1, dash: null });
  for (const entry of entries) {
    const symbol = entry.symbol;
    row(() => {
      if (symbol.kind === 'fills' || symbol.kind === 'blank') {
        const colours = symbol.kind === 'fills' ? symbol.colours : [symbol.colour];
        const step = 56 / colours.length;
        colours.forEach((c, i) => {
          ctx.fillStyle = c;
          ctx.fillRect(LEGEND_X + i * step, y - 12, step - 1, 26);
        });
      } else if (symbol.kind === 'line') drawLine(ctx, lineOf(symbol.line), LEGEND_X, y);
      else if (symbol.kind === 'overlay') drawLine(ctx, OVERLAY_LINES[symbol.slot], LEGEND_X, y);
      else drawHatch(ctx, LEGEND_X + 14, y - 14, 28);
    }, entry.text);
  }

  ctx.fillStyle = '#3E4C59';
  ctx.font = `22px ${FONT}`;
  fitText(ctx, translate(lang, 'exportSource'), 40, EXPORT_SIZE.height - 30, canvas.width - 80);
  return canvas;
}

/** Renders the export and offers it as a download named after the layer. */
export async function exportMapPng(map: HTMLCanvasElement, view: LayerView, entries: readonly LegendEntry[], lang: Lang): Promise<void> {
  const canvas = renderExport(map, view, entries, lang);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `regioscoop-${view.layer.id}.png`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
