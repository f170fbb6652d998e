/**
 * The page layout of an exported map (PNG, SVG, print): title and subtitle on top, the legend in a
 * column on the right, the source line at the bottom, and the map filling the rest. Every text wraps
 * to its box, nothing is cut off: when the legend is taller than its column its type gets smaller,
 * down to a floor, and then the column gets wider. Pure: text is measured by a function passed in.
 */

/** The sizes offered for export, in pixels. A4 landscape is 297 x 210 mm at 150 dots per inch. */
export const EXPORT_SIZES = {
  '1920x1080': { width: 1920, height: 1080 },
  '1280x720': { width: 1280, height: 720 },
  a4: { width: 1754, height: 1240 },
} as const;
/** One of EXPORT_SIZES. */
export type ExportSizeId = keyof typeof EXPORT_SIZES;

/** Width in pixels of a text at a font size (bold or not). */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/**
 * A width estimate for DejaVu Sans / system sans-serif, on the wide side so that a viewer with a
 * wider fallback font still fits: narrow letters (i, l, punctuation) 0.32 em, capitals and wide
 * letters 0.74 em, digits 0.64 em, the rest 0.6 em; bold 8 % wider.
 */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => {
  let em = 0;
  for (const c of text) {
    if (/[ilj.,:;'’!|()[\]ft\s-]/.test(c)) em += 0.34;
    else if (/[mwMW@]/.test(c)) em += 0.92;
    else if (/[A-Z]/.test(c)) em += 0.74;
    else if (/[0-9]/.test(c)) em += 0.64;
    else em += 0.6;
  }
  return em * fontSize * (bold ? 1.08 : 1);
};

/**
 * Breaks a text into lines no wider than `maxWidth`, at spaces (and after hyphens or slashes); a
 * single word wider than the line is broken between letters. Never drops a character.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold: boolean, measure: MeasureText): string[] {
  const words = text.split(/(?<=[\s/-])/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s.trimEnd(), fontSize, bold) <= maxWidth;
  for (const word of words) {
    if (fits(line + word)) {
      line += word;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** A block of wrapped text: its lines, font size, line height and the baseline of its first line. */
export interface TextBlock {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  x: number;
  /** Top of the block. */
  y: number;
  bold: boolean;
}

/** A legend row: its symbol box and its wrapped text. */
export interface LegendRowBox {
  id: string;
  symbol: { x: number; y: number; width: number; height: number };
  text: TextBlock;
}

/** A rectangle in pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What goes on the page. */
export interface ExportContent {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  legendTitle: string;
  /** Legend rows: id, text and how many region colour swatches the symbol has (0 for other symbols). */
  legend: readonly { id: string; text: string; swatches: number }[];
  source: string;
  /**
   * Width / height of what the map shows when it is fitted (the Netherlands is about 0.8); the map
   * box is then no wider than that needs, and the legend sits right beside the country.
   */
  mapAspect?: number;
}

/** Where everything goes. */
export interface ExportLayout {
  title: TextBlock;
  subtitle: TextBlock;
  map: Box;
  legendBox: Box;
  legendTitle: TextBlock;
  legend: LegendRowBox[];
  source: TextBlock;
  /** Font size of the map's region labels. */
  labelSize: number;
}

function block(text: string, x: number, y: number, width: number, fontSize: number, bold: boolean, measure: MeasureText, leading = 1.25): TextBlock {
  return { lines: wrapText(text, width, fontSize, bold, measure), fontSize, lineHeight: Math.round(fontSize * leading), x, y, bold };
}

const blockHeight = (b: TextBlock) => b.lines.length * b.lineHeight;

function shiftLegend<L extends { legendTitle: TextBlock; rows: LegendRowBox[]; x: number }>(legend: L, dx: number): L {
  const move = (b: TextBlock) => ({ ...b, x: b.x + dx });
  return {
    ...legend,
    x: legend.x + dx,
    legendTitle: move(legend.legendTitle),
    rows: legend.rows.map((r) => ({ ...r, symbol: { ...r.symbol, x: r.symbol.x + dx }, text: move(r.text) })),
  };
}

/** Lays out a page; font sizes scale with the page (1920 x 1080 is the reference). */
export function layoutExport(content: ExportContent, measure: MeasureText): ExportLayout {
  const { width, height } = content;
  const s = Math.min(width / 1920, height / 1080);
  const margin = Math.round(40 * s);
  const gap = Math.round(24 * s);
  const inner = width - 2 * margin;

  const title = block(content.title, margin, margin, inner, Math.round(44 * s), true, measure, 1.15);
  const subtitle = block(content.subtitle, margin, title.y + blockHeight(title) + Math.round(6 * s), inner, Math.round(26 * s), false, measure);
  const source = block(content.source, margin, 0, inner, Math.round(20 * s), false, measure);
  source.y = height - margin - blockHeight(source);

  const top = subtitle.y + blockHeight(subtitle) + gap;
  const bottom = source.y - gap;
  const available = bottom - top;

  // The legend column: about a quarter of the width; its type shrinks (to 60 %) before it widens.
  const legendFor = (columnWidth: number, fontSize: number) => {
    const x = width - margin - columnWidth;
    const symbolWidth = Math.round(fontSize * 2.6);
    const textX = x + symbolWidth + Math.round(fontSize * 0.6);
    const textWidth = columnWidth - (textX - x);
    const legendTitle = block(content.legendTitle, x, top, columnWidth, Math.round(fontSize * 1.2), true, measure);
    let y = top + blockHeight(legendTitle) + Math.round(fontSize * 0.5);
    const rows: LegendRowBox[] = content.legend.map((entry) => {
      const text = block(entry.text, textX, y, textWidth, fontSize, false, measure);
      const perRow = 5;
      const swatchRows = Math.ceil(entry.swatches / perRow);
      const symbolHeight = entry.swatches > 0 ? swatchRows * Math.round(fontSize * 0.5) + (swatchRows - 1) * 2 : Math.round(fontSize * 1.0);
      const rowHeight = Math.max(blockHeight(text), symbolHeight);
      const row = { id: entry.id, symbol: { x, y: y + Math.round((Math.min(text.lineHeight, rowHeight) - Math.min(symbolHeight, rowHeight)) / 2), width: symbolWidth, height: symbolHeight }, text };
      y += rowHeight + Math.round(fontSize * 0.45);
      return row;
    });
    return { legendTitle, rows, bottom: y, x };
  };
  const baseFont = Math.round(24 * s);
  let columnWidth = Math.round(Math.max(300 * s, inner * 0.25));
  let fontSize = baseFont;
  let legend = legendFor(columnWidth, fontSize);
  while (legend.bottom > bottom && (fontSize > Math.round(baseFont * 0.6) || columnWidth < inner * 0.45)) {
    if (fontSize > Math.round(baseFont * 0.6)) fontSize -= 1;
    else columnWidth += Math.round(20 * s);
    legend = legendFor(columnWidth, fontSize);
  }
  let map: Box = { x: margin, y: top, width: legend.x - gap - margin, height: available };
  if (content.mapAspect) {
    // Fitted content leaves no empty band: the map box takes the width it needs (plus 6 %), the
    // legend column what is left up to 40 % of the page, and the pair is centred.
    const needed = Math.round(available * content.mapAspect * 1.06);
    if (needed < map.width) {
      const widerColumn = Math.min(Math.round(inner * 0.4), inner - needed - gap);
      if (widerColumn > columnWidth) {
        columnWidth = widerColumn;
        legend = legendFor(columnWidth, fontSize);
      }
      const total = needed + gap + columnWidth;
      const left = margin + Math.round((inner - total) / 2);
      map = { x: left, y: top, width: needed, height: available };
      legend = shiftLegend(legend, left + needed + gap - legend.x);
    }
  }
  return {
    title,
    subtitle,
    map,
    legendBox: { x: legend.x, y: top, width: columnWidth, height: legend.bottom - top },
    legendTitle: legend.legendTitle,
    legend: legend.rows,
    source,
    labelSize: Math.max(12, Math.round(17 * s)),
  };
}
