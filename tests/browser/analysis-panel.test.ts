import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openApp, harnessForFile } from './harness.ts';
import { loadLayers, projectRoot } from '../unit/realData.ts';

const harness = harnessForFile();

describe('the analysis panel', () => {
  it('switches tabs with the arrow keys, Home and End, keeps focus visible, and writes the tab into the link', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    const tab = (name: string) => page.getByRole('tab', { name });
    await tab('Grafieken').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await tab('Incongruentie').getAttribute('aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'analysis-tab-incongruence');
    const outline = await tab('Incongruentie').evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused tab shows a focus ring');
    assert.match(page.url(), /tab=incongruence/);
    assert.equal(await page.getByRole('tabpanel').getAttribute('aria-labelledby'), 'analysis-tab-incongruence');
    await page.keyboard.press('End');
    assert.equal(await tab('Gegevensoverzicht').getAttribute('aria-selected'), 'true');
    await page.keyboard.press('ArrowRight');
    assert.equal(await tab('Grafieken').getAttribute('aria-selected'), 'true', 'wraps around');
    assert.doesNotMatch(page.url(), /tab=/, 'the default tab writes nothing into the link');
    await page.keyboard.press('ArrowLeft');
    assert.match(page.url(), /tab=overview/);
    await page.keyboard.press('Home');
    assert.equal(await tab('Grafieken').getAttribute('aria-selected'), 'true');
    assert.equal(await page.getByRole('tab', { selected: false }).first().getAttribute('tabindex'), '-1', 'only the active tab is in the tab order');
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('tab=overview'));
    assert.equal(await tab('Gegevensoverzicht').getAttribute('aria-selected'), 'true', 'back restores the previous tab');
    await page.close();
  });

  it('opens an old v=1 link without analysis parameters, and drops a malformed analysis field with a notice', async () => {
    const { page } = await openApp(harness, 'v=1&layer=ggd_2013&lang=en&sel=GM0317');
    assert.equal(await page.getByRole('tab', { name: 'Charts' }).getAttribute('aria-selected'), 'true');
    await page.getByTestId('chart-sizes').waitFor();
    await page.close();
    const bad = await openApp(harness, 'v=1&layer=ggd_2013&lang=nl&tab=incongruence&cmp=jeugd_2013_10,ggd_2014');
    assert.match(await bad.page.getByRole('alert').first().innerText(), /vergeleken indeling "ggd_2014" \(ander geometriejaar\)/);
    assert.equal(await bad.page.getByRole('tab', { name: 'Incongruentie' }).getAttribute('aria-selected'), 'true', 'the rest of the link opens');
    await bad.page.close();
  });

  it('lists every division and round in a sortable data overview, exportable to CSV', async () => {
    const layers = loadLayers();
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&tab=overview');
    const table = page.getByTestId('table-overview');
    const rows = table.locator('tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), layers.length);
    const youth = await table.locator('tr[data-key="jeugd_2013_10"] td').allInnerTexts();
    assert.equal(youth[4], '42', 'regions computed');
    assert.equal(youth[5], '42', 'regions stated');
    assert.equal(youth[6], '100 %', 'coverage');
    assert.match(youth[8], /VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg/, 'the source cited as people cite it, not as a file name');
    assert.ok(Number(youth[11]) > 0, 'reported-vs-computed discrepancies counted');
    assert.equal(await table.locator('tr[data-key="cjg_2011"] td').nth(7).innerText(), 'onbekend');

    await table.getByRole('button', { name: 'Sorteren op Afwijkingen' }).click();
    assert.equal(await table.locator('th[aria-sort="descending"]').innerText(), 'Afwijkingen ▼');
    const headers = await table.locator('thead th').allInnerTexts();
    const column = headers.findIndex((h) => h.startsWith('Afwijkingen')) + 1;
    const discrepancies = (await table.locator(`tbody tr td:nth-child(${column})`).allInnerTexts()).map(Number);
    assert.deepEqual(discrepancies, [...discrepancies].sort((a, b) => b - a));

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-semicolon-overview').click()]);
    const text = await readFile((await file.path())!, 'utf8');
    // After the header block that names the table and cites its sources, the table itself.
    const all = text.trimEnd().split('\r\n');
    assert.match(all[0], /^\uFEFFGegevensoverzicht/);
    const start = all.findIndex((l) => l.startsWith('Indeling of ronde;id;Peildatum;'));
    assert.ok(start > 0, text.slice(0, 300));
    const lines = all.slice(start);
    assert.match(lines[0], /;Afwijkingen;Controle bij het laden$/);
    assert.equal(lines.length, layers.length + 1);
    assert.equal(lines[1].split(';').at(-2), String(discrepancies[0]), 'exported in the sorted order');
    assert.deepEqual([...new Set(lines.slice(1).map((l) => l.split(';').at(-1)))], ['in orde'], 'the load-time check finds nothing in the shipped files');

    await table.locator('tr[data-key="wmo_2013_05"] button.link').first().click();
    await page.waitForFunction(() => location.hash.includes('layer=wmo_2013_05'));
    await table.getByRole('button', { name: /^\d+: gerapporteerde en berekende inwoners van Derde inventarisatie/ }).click();
    await page.waitForFunction(() => location.hash.includes('layer=jeugd_2013_05') && location.hash.includes('chart=reported'));
    assert.equal(await page.getByRole('tab', { name: 'Grafieken' }).getAttribute('aria-selected'), 'true');
    await page.getByTestId('chart-reported').locator('h3', { hasText: 'Derde inventarisatie' }).waitFor();
    await page.close();
  });

  it("keeps the app's own initial JavaScript under 200 KB gzipped, Recharts loaded only on demand", async () => {
    const html = await readFile(join(projectRoot, 'dist', 'index.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    assert.ok(files.length > 0, 'the entry script is found');
    let own = 0;
    for (const file of files.filter((f) => !/maplibre/.test(f))) {
      const code = await readFile(join(projectRoot, 'dist', file));
      assert.ok(!code.toString().includes('recharts-surface'), `${file} does not contain Recharts`);
      own += gzipSync(code).length;
    }
    assert.ok(own < 200 * 1024, `initial own JS ${Math.round(own / 1024)} KB gzipped`);

    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&tab=overview');
    await page.getByTestId('table-overview').locator('tbody tr').first().waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(!loaded.some((u) => /BarChartView/.test(u)), 'no chart shown, no chart code fetched');
    await page.getByRole('tab', { name: 'Grafieken' }).click();
    await page.getByTestId('chart-sizes').locator('rect.bar').first().waitFor();
    await page.close();
  });
});
