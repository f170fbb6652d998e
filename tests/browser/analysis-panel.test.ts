import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openApp, harnessForFile } from './harness.ts';
import { loadLayers, projectRoot } from '../unit/realData.ts';

const harness = harnessForFile();

describe('the analysis panel', () => {
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
    const table = page.getByTestId('table-overview');
    await table.locator('tbody tr').first().waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(!loaded.some((u) => /BarChartView/.test(u)), 'no chart shown, no chart code fetched');
    // A tab reached by the keyboard shows a focus ring.
    const charts = page.getByRole('tab', { name: 'Grafieken' });
    await page.getByRole('tab', { name: 'Gegevensoverzicht' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'analysis-tab-overview');
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), 'none', 'the focused tab shows a focus ring');

    // The data overview's CSV holds every division and round, in the order the table is sorted.
    const layers = loadLayers();
    await table.getByRole('button', { name: 'Sorteren op Afwijkingen' }).click();
    await table.locator('th[aria-sort="descending"]').waitFor();
    const headers = await table.locator('thead th').allInnerTexts();
    const column = headers.findIndex((h) => h.startsWith('Afwijkingen')) + 1;
    const discrepancies = (await table.locator(`tbody tr td:nth-child(${column})`).allInnerTexts()).map(Number);
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
    assert.deepEqual(lines.slice(1).map((l) => Number(l.split(';').at(-2))), discrepancies, 'exported in the sorted order');
    assert.deepEqual([...new Set(lines.slice(1).map((l) => l.split(';').at(-1)))], ['in orde'], 'the load-time check finds nothing in the shipped files');

    await charts.click();
    await page.getByTestId('chart-sizes').locator('rect.bar').first().waitFor();
    await page.waitForFunction(() => !location.hash.includes('tab='));
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('tab=overview'));
    assert.equal(await page.getByRole('tab', { name: 'Gegevensoverzicht' }).getAttribute('aria-selected'), 'true', 'back restores the previous tab');
    await page.close();
  });
});
