/**
 * Presenting and layout (issue 12): presenter mode on a laptop and on a 1920 x 1080 screen, saved
 * views carried to another machine in a file, and reflow without horizontal scrolling from 320 CSS px
 * up (and at 200 % and 400 % zoom on a 1280 px screen). Stepping through several saved views is
 * specified in tests/unit/ui/app-present.test.tsx.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations } from '../axe.ts';
import { assertClean, closePage, download, openPage, step, visit } from '../harness.ts';
import { mapIdle, settled } from '../mapHarness.ts';

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(page: Page, selector: string): Promise<Rect> {
  const b = await page.locator(selector).first().boundingBox();
  assert.ok(b, `${selector} is on the page`);
  return b;
}

/** The font size in CSS px of the first element a selector finds. */
const fontSize = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

/** The municipalities at the country's four corners and its far north. */
const EXTREMES = ['GM1714', 'GM1903', 'GM0010', 'GM0400', 'GM0088'];

/** Window sizes for reflow (WCAG 1.4.10), from 320 CSS px up. */
const SIZES: [string, number, number][] = [
  ['320 CSS px', 320, 640],
  ['a 390 x 844 phone', 390, 844],
  ['1024 x 768', 1024, 768],
  ['1440 x 900', 1440, 900],
  ['1920 x 1080', 1920, 1080],
  ['200 % zoom on 1280 x 900', 640, 450],
  ['400 % zoom on 1280 x 900', 320, 225],
];

it('presenting and layout (issue 12): presenter mode in large type with the controls hidden, Escape and a reload; saved views to a file and onto another machine; presenter 1920 x 1080 with the whole country, chart, title and source; reflow at 320 px and six more sizes; axe-core on the phone and the stage', async () => {
  const laptop = await openPage();
  let saved = '';

  await step('saves a view, presents it in large type with the controls hidden, steps with the arrow keys, leaves with Escape, and keeps it after a reload', async () => {
    const { page } = laptop;
    await visit(laptop, 'v=1&layer=jeugd_2013_10&lang=nl');
    await mapIdle(page);
    await page.getByTestId('save-view').click();
    await page.getByTestId('division').selectOption('provincie');
    await mapIdle(page);
    await page.getByTestId('presenter-start').click();
    const presenter = page.getByTestId('presenter');
    await presenter.waitFor();
    assert.equal(await page.locator('.topbar').isVisible(), false, 'controls are hidden');
    assert.equal(await page.locator('#panel').isVisible(), false);
    assert.ok(await page.getByTestId('map').isVisible());
    assert.ok(await page.getByTestId('presenter-chart').isVisible(), 'the chart slot is shown');
    assert.match(await page.evaluate(() => document.documentElement.dataset.fullscreen ?? ''), /^(yes|refused)$/);
    for (const selector of ['[data-testid="presenter-title"]', '.presenter-hint', '.presenter-source', '.presenter-chart .recharts-cartesian-axis-tick-label text', '.legend li']) {
      const size = await fontSize(page, selector);
      assert.ok(size >= 24, `${selector} is ${size}px`);
    }
    // At 1400 x 900 the chart's bars have room inside the window, and the legend goes under the map.
    // (No named helper inside: tsx would wrap it in a function the page does not have.)
    const layout = await page.evaluate(() => ({
      bars: [...document.querySelectorAll('.presenter-chart rect.bar')].map((b) => ({ width: b.getBoundingClientRect().width, right: b.getBoundingClientRect().right })),
      map: document.querySelector('[data-testid="map"]')!.getBoundingClientRect().toJSON() as DOMRect,
      legend: document.querySelector('.legend')!.getBoundingClientRect().toJSON() as DOMRect,
      area: document.querySelector('.map-area')!.getBoundingClientRect().toJSON() as DOMRect,
    }));
    assert.ok(layout.bars.length > 0 && layout.bars.every((b) => b.width > 20 && b.right <= 1400), `presenter bars: ${JSON.stringify(layout.bars)}`);
    assert.ok(layout.legend!.top >= layout.map!.bottom - 1, 'the legend is under the map');
    assert.ok(layout.map!.width >= layout.area!.width - 2, 'the map has the width of its column');
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('presenter-step').filter({ hasText: 'Weergave 1 van 1' }).waitFor();
    await mapIdle(page);
    assert.match(await page.getByTestId('presenter-title').innerText(), /Vierde inventarisatie/);

    await page.keyboard.press('Escape');
    await page.locator('.topbar').waitFor();
    assert.equal(await presenter.count(), 0, 'Escape leaves presenter mode');
    assert.doesNotMatch(page.url(), /presenter/);

    await page.reload();
    await mapIdle(page);
    // The saved-views panel is a lazy chunk at the foot of the side panel: wait for it.
    await page.getByTestId('saved-list').locator('li').first().waitFor();
    assert.equal(await page.getByTestId('saved-list').locator('li').count(), 1, 'the saved view survives a reload');
  });

  await step('exports the saved views to a file and refuses a malformed file without losing anything', async () => {
    const { page } = laptop;
    await page.getByRole('combobox', { name: /Zoek gemeente/ }).fill('Eemnes');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('sel=GM0317'));
    await page.getByLabel('Titel').fill('Eemnes');
    await page.getByTestId('save-view').click();
    await page.getByTestId('saved-list').getByRole('button', { name: 'Eemnes', exact: true }).waitFor();
    saved = (await download(page, 'saved-export')).text;
    assert.equal(JSON.parse(saved).format, 'regioscoop-saved-views');
    assert.deepEqual(
      JSON.parse(saved).views.map((v: { title: string }) => v.title),
      [await page.getByTestId('saved-list').locator('li button.link').first().innerText(), 'Eemnes'],
    );

    await page.getByTestId('saved-import').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"views": [') });
    // The file is read asynchronously: wait for its message, then check it.
    await page.getByTestId('saved-message').filter({ hasText: 'kapot.json' }).waitFor();
    assert.match(await page.getByTestId('saved-message').innerText(), /kapot\.json is niet geladen: het is geen JSON-bestand.*Er is niets veranderd\./);
    assert.equal(await page.getByTestId('saved-list').locator('li').count(), 2);
  });
  assertClean(laptop);
  await closePage(laptop);

  await step('on another machine the file brings the views back, and one opens its view', async () => {
    const other = await openPage();
    const { page } = other;
    await visit(other, 'v=1&layer=ggd_2013&lang=nl');
    await mapIdle(page);
    assert.equal(await page.getByTestId('saved-list').count(), 0);
    await page.getByTestId('saved-import').setInputFiles({ name: 'weergaven.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await page.getByTestId('saved-message').filter({ hasText: 'weergaven.json' }).waitFor();
    assert.match(await page.getByTestId('saved-message').innerText(), /2 weergaven geladen uit weergaven\.json/);
    await page.getByTestId('saved-list').getByRole('button', { name: 'Eemnes', exact: true }).click();
    await mapIdle(page);
    assert.match(page.url(), /layer=jeugd_2013_10/);
    assert.match(page.url(), /sel=GM0317/);
    assertClean(other);
    await closePage(other);
  });

  const stage = await openPage({ viewport: { width: 1920, height: 1080 } });
  const { page } = stage;

  await step('presenter mode at 1920 x 1080: the whole country beside the legend, the chart of the saved view, its title and source, in 24 px type; axe finds nothing', async () => {
    await visit(stage, 'v=1&layer=jeugd_2013_10&lang=nl&rnd=jeugd_2013_05');
    await mapIdle(page);
    assert.equal(await page.getByTestId('save-view-chart').inputValue(), 'changes', 'a comparison suggests the chart of its changes');
    await page.getByLabel('Titel').fill('West-Brabant gesplitst');
    await page.getByTestId('save-view').click();
    await page.getByTestId('presenter-start').click();
    await page.getByTestId('presenter').waitFor();
    await page.keyboard.press('ArrowRight');
    await mapIdle(page);
    await settled(page);
    assert.equal(await page.getByTestId('presenter-title').innerText(), 'West-Brabant gesplitst');
    assert.equal(await page.getByTestId('presenter-chart').getAttribute('data-chart'), 'changes');
    assert.match(await page.getByTestId('presenter-chart').innerText(), /20 gemeenten in een andere regio[\s\S]*Bergen op Zoom/);
    assert.match(await page.getByTestId('presenter-source').innerText(), /^Bron: .*Vierde inventarisatie.*Derde inventarisatie.*CBS\/Kadaster \(CC BY 4\.0\)/);
    const map = await box(page, '[data-testid="map"]');
    assert.ok(!overlaps(await box(page, '[data-testid="legend"]'), map), 'the legend sits beside the map');
    // The narrow legend column must not break its title inside the word ("Legen" / "da").
    const title = await page.evaluate(() => {
      const h2 = document.querySelector('.legend-head h2') as HTMLElement;
      return { height: h2.getBoundingClientRect().height, line: parseFloat(getComputedStyle(h2).lineHeight) || parseFloat(getComputedStyle(h2).fontSize) * 1.3 };
    });
    assert.ok(title.height < title.line * 1.5, `the legend title is on one line (${title.height} px, line ${title.line} px)`);
    for (const code of EXTREMES) {
      const p = await page.evaluate((c) => (window as unknown as { __regioscoopMap: { project(c: string): { x: number; y: number } | null } }).__regioscoopMap.project(c), code);
      assert.ok(p && p.x >= 0 && p.y >= 0 && p.x <= map.width && p.y <= map.height, `${code} is on the map (${JSON.stringify(p)} in ${map.width} x ${map.height})`);
    }
    for (const selector of ['.legend li', '.presenter-source', '.presenter-chart li', '[data-testid="map"] text']) {
      const size = await fontSize(page, selector);
      assert.ok(size >= 24, `${selector} is ${size}px`);
    }
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    await page.locator('.topbar').waitFor();
  });

  await step('reflow: every size fits without horizontal scrolling, the legend not over the map, resizing one page; the phone layout has no axe violations', async () => {
    await page.setViewportSize({ width: SIZES[0][1], height: SIZES[0][2] });
    await visit(stage, 'v=1&layer=jeugd_2013_10&lang=nl&sel=GM0317&rnd=jeugd_2013_05&ov=wmo_2013_05');
    await mapIdle(page);
    for (const [name, width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.waitForFunction((w) => window.innerWidth === w, width);
      await mapIdle(page);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(widths.scroll <= widths.client, `${name}: page is ${widths.scroll} px wide in a ${widths.client} px window`);
      for (const select of ['round', 'division', 'compare-with']) {
        const s = await box(page, `[data-testid="${select}"]`);
        assert.ok(s.x >= 0 && s.x + s.width <= widths.client + 0.5, `${name}: the ${select} select fits (${Math.round(s.x)}-${Math.round(s.x + s.width)})`);
      }
      assert.ok(!overlaps(await box(page, '[data-testid="legend"]'), await box(page, '[data-testid="map"]')), `${name}: the legend does not cover the map`);
      if (width <= 900) {
        const area = await box(page, '.map-area');
        const selection = await box(page, '[data-testid="selection"]');
        assert.ok(selection.y - (area.y + area.height) < 80, `${name}: the selection comes right after the map (${Math.round(selection.y - area.y - area.height)} px below it)`);
      }
      if (width === 390) {
        // The saved-views panel is a lazy chunk: axe checks it once it is there.
        await page.getByTestId('saved-list').or(page.getByTestId('saved-import')).first().waitFor();
        assert.deepEqual(await axeViolations(page), [], `${name}: axe-core`);
      }
    }
  });

  assertClean(stage);
  await closePage(stage);
});
