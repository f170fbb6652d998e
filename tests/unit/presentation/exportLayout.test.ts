import { describe, expect, it } from 'vitest';
import { EXPORT_SIZES, estimateTextWidth, layoutExport, wrapText, type ExportContent } from '../../../src/domain/presentation/exportLayout.ts';

/** A monospace measure: every character is 0.5 em wide, so widths are easy to reason about. */
const mono = (text: string, size: number) => text.length * size * 0.5;

const title = 'Eerste inventarisatie regionale samenwerking nieuwe Wmo-taken (mei 2013): regio’s, subregio’s en de gemeenten die in twee regio’s samenwerken';
const content = (width: number, height: number, legendCount = 6): ExportContent => ({
  width,
  height,
  title,
  subtitle: "42 regio's · Peildatum: 31 oktober 2013 · Gemeentegrenzen: 2013",
  legendTitle: 'Legenda',
  legend: Array.from({ length: legendCount }, (_, i) => ({
    id: `e${i}`,
    text: i === 0 ? "Regio's (42)" : `Jeugd: Vierde inventarisatie regionale samenwerking jeugd (31 oktober 2013) ${i}`,
    swatches: i === 0 ? 7 : 0,
  })),
  source: 'Bron: VNG (2013). Rapportage samenwerking decentralisatie Jeugdzorg. Vierde inventarisatie regionale samenwerking jeugd, stand van zaken per 31 oktober 2013. Gemeentegrenzen 2013: CBS/Kadaster (CC BY 4.0).',
});

describe('wrapText', () => {
  it('breaks at spaces without losing a character', () => {
    const lines = wrapText('Andere regio dan in de derde inventarisatie (20)', 100, 10, false, mono);
    expect(lines).toEqual(['Andere regio dan in', 'de derde', 'inventarisatie (20)']);
    expect(lines.every((l) => mono(l, 10) <= 100)).toBe(true);
  });
  it('breaks after a hyphen and inside a word longer than the line', () => {
    expect(wrapText('Gooi-en-Vechtstreek', 50, 10, false, mono)).toEqual(['Gooi-en-', 'Vechtstree', 'k']);
  });
  it('keeps a short text on one line', () => {
    expect(wrapText('Regiogrens', 500, 10, false, mono)).toEqual(['Regiogrens']);
  });
});

describe('layoutExport: nothing is cut off at any export size', () => {
  for (const [id, { width, height }] of Object.entries(EXPORT_SIZES)) {
    it(`fits title, legend and source inside the ${id} page and gives the map the rest`, () => {
      const layout = layoutExport(content(width, height), estimateTextWidth);
      const blocks = [layout.title, layout.subtitle, layout.source, layout.legendTitle, ...layout.legend.map((r) => r.text)];
      for (const b of blocks) {
        for (const line of b.lines) expect(b.x + estimateTextWidth(line, b.fontSize, b.bold)).toBeLessThanOrEqual(width);
        expect(b.y + b.lines.length * b.lineHeight).toBeLessThanOrEqual(height);
      }
      // Every word of the long title is on the page.
      expect(layout.title.lines.join(' ').replace(/\s+/g, ' ')).toBe(title);
      expect(layout.title.lines.length).toBeGreaterThan(1);
      const { map, legendBox } = layout;
      expect(map.x + map.width).toBeLessThanOrEqual(legendBox.x);
      expect(map.y).toBeGreaterThanOrEqual(layout.subtitle.y + layout.subtitle.lines.length * layout.subtitle.lineHeight);
      expect(map.y + map.height).toBeLessThanOrEqual(layout.source.y);
      expect(legendBox.y + legendBox.height).toBeLessThanOrEqual(layout.source.y);
      expect(map.width * map.height).toBeGreaterThan(width * height * 0.35);
    });
  }
  it('shrinks the legend type (to no less than 60 %) when many entries would not fit', () => {
    const few = layoutExport(content(1280, 720, 3), estimateTextWidth);
    const many = layoutExport(content(1280, 720, 12), estimateTextWidth);
    expect(many.legend[0].text.fontSize).toBeLessThan(few.legend[0].text.fontSize);
    expect(many.legend[0].text.fontSize).toBeGreaterThanOrEqual(Math.round(few.legend[0].text.fontSize * 0.6));
    expect(many.legendBox.y + many.legendBox.height).toBeLessThanOrEqual(many.source.y);
  });
  it('with the Netherlands fitted, leaves no empty band: the map box is about as wide as the country needs', () => {
    const layout = layoutExport({ ...content(1920, 1080), mapAspect: 0.8 }, estimateTextWidth);
    expect(layout.map.width).toBeCloseTo(layout.map.height * 0.8 * 1.06, -1);
    expect(layout.legendBox.x - (layout.map.x + layout.map.width)).toBeLessThanOrEqual(30);
  });
});
