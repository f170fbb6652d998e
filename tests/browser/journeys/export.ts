/**
 * Exporting the map (issue 12): the preview, then SVG and PNG files at every size, with their texts
 * read back and the 1920 x 1080 PNG's pixels measured. A few exported images are kept in
 * test-output/ for a person to look at. The layout of the image is specified in
 * tests/unit/presentation/exportLayout.test.ts.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { projectRoot } from '../../unit/realData.ts';
import { assertClean, closePage, download, openPage, step, visit } from '../harness.ts';
import { mapIdle, settled } from '../mapHarness.ts';

const OUTPUT = join(projectRoot, 'test-output');

/** The text of each <text> of an SVG part, lines joined by spaces, entities decoded. */
function svgTexts(svg: string, part?: string): string[] {
  const scope = part ? (new RegExp(`<g data-(?:part|legend)="${part}">([\\s\\S]*?)</g>`).exec(svg)?.[1] ?? '') : svg;
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...scope.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decode([...m[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(' ')));
}

/** How much of a PNG is drawn: the share of non-white pixels, the number of colours, and ink in the title band and the legend column. */
function inkOf(png: Buffer): { share: number; colours: number; title: boolean; legend: boolean } {
  const { data, width } = PNG.sync.read(png);
  const colours = new Set<number>();
  let notWhite = 0;
  for (let i = 0; i < data.length; i += 16) {
    if (data[i] < 245 || data[i + 1] < 245 || data[i + 2] < 245) notWhite++;
    colours.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
  }
  // Dark ink (red channel under 100) somewhere in a rectangle.
  const darkIn = (x0: number, y0: number, w: number, h: number) => {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) if (data[(y * width + x) * 4] < 100) return true;
    return false;
  };
  // Title band (top left) and legend column (right of the country, so in the right half).
  return { share: notWhite / (data.length / 16), colours: colours.size, title: darkIn(40, 20, 600, 60), legend: darkIn(1100, 120, 780, 300) };
}

it('exporting the map (issue 12): previews, then saves SVG and PNG at every size with the full title, every legend entry in words and the region labels; the 1920 x 1080 PNG is not blank; focus returns to the button', async () => {
  await mkdir(OUTPUT, { recursive: true });
  const app = await openPage({ viewport: { width: 1440, height: 900 } });
  const { page } = app;
  let legend: string[] = [];

  await step('the screen legend names the outline with its round', async () => {
    await visit(app, 'v=1&layer=wmo_2013_05&lang=nl&ov=jeugd_2013_10');
    await mapIdle(page);
    await settled(page);
    legend = await page.locator('[data-testid="legend"] li').allInnerTexts();
    assert.ok(legend.some((l) => /^Jeugd: Vierde inventarisatie regionale samenwerking jeugd \(31 oktober 2013\)$/.test(l)), legend.join(' | '));
  });

  await step('the export dialog shows a preview', async () => {
    await page.getByTestId('export-png').click();
    await page.getByTestId('export-preview').waitFor();
  });

  for (const [size, width, height] of [['1920x1080', 1920, 1080], ['1280x720', 1280, 720], ['a4', 1754, 1240]] as const) {
    await step(`${size}: the SVG file carries the title, the legend, the source and the labels`, async () => {
      await page.getByTestId(`export-size-${size}`).check();
      await page.waitForFunction((w) => (document.querySelector('[data-testid="export-preview"]') as HTMLImageElement | null)?.naturalWidth === w, width);
      const { text: svg } = await download(page, 'export-save-svg');
      assert.match(svg, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`));
      const [title, subtitle] = svgTexts(svg, 'title');
      assert.equal(title, 'Eerste inventarisatie regionale samenwerking nieuwe Wmo-taken (mei 2013)', 'the whole title');
      assert.match(subtitle, /Peildatum: 31 mei 2013/);
      const legendTexts = [...svg.matchAll(/<g data-legend="([^"]+)">/g)].map((m) => svgTexts(svg, m[1])[0]);
      assert.deepEqual(legendTexts, legend, 'every legend entry, in the words of the screen legend');
      assert.match(svgTexts(svg, 'source')[0], /^Bron: \[Uitgever niet vermeld in het bronbestand; vermoedelijk VNG\] \(2013\)\. Eerste inventarisatie .*; VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg\. Vierde inventarisatie .*\. Gemeentegrenzen 2013: CBS\/Kadaster \(CC BY 4\.0\)/);
      const labels = [...svg.matchAll(/<text data-region="[^"]*">([\s\S]*?)<\/text>/g)].map((m) => [...m[1].matchAll(/>([^<]+)</g)].map((t) => t[1]).join(' '));
      assert.ok(labels.length >= 15, `region labels on the map (${labels.length})`);
      assert.ok(['Food Valley', 'Drechtsteden', 'Rijnmond', 'Haaglanden'].some((name) => labels.includes(name)), labels.join(', '));
      assert.doesNotMatch(svg, /\.txt|href="http/, 'no file names, nothing from the network');
      await writeFile(join(OUTPUT, `export-${size}.svg`), svg);
    });

    await step(`${size}: the PNG file has the size in its name and header`, async () => {
      const png = await download(page, 'export-save-png');
      assert.equal(png.name, `regioscoop-wmo_2013_05-${size}.png`);
      assert.equal(png.bytes.subarray(1, 4).toString('ascii'), 'PNG');
      assert.equal(png.bytes.readUInt32BE(16), width);
      assert.equal(png.bytes.readUInt32BE(20), height);
      await writeFile(join(OUTPUT, `export-${size}.png`), png.bytes);
      if (size === '1920x1080') {
        const ink = inkOf(png.bytes);
        assert.ok(ink.share > 0.15, `the image is not blank (${(ink.share * 100).toFixed(1)}% drawn)`);
        assert.ok(ink.colours > 8, `the map's colours are in it (${ink.colours})`);
        assert.ok(ink.title && ink.legend, 'title and legend are drawn');
      }
    });
  }

  await step('closing the dialog returns focus to the export button', async () => {
    await page.getByTestId('export-close').click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'export-png', 'focus returns to the export button');
  });

  // The exports (blob: and data: images on a canvas) ran under the CSP.
  assertClean(app);
  await closePage(app);
});
