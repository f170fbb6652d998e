/**
 * The analysis panel in the browser: what it costs the first load, the data overview, the charts
 * and their bars, the congruence ranking and the incongruence marks, with the CSV files of each.
 * The tables and lists themselves are specified in tests/unit/ui/app-analysis.test.tsx and
 * app-charts.test.tsx against the fake renderer.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadLayers, projectRoot } from '../../unit/realData.ts';
import { assertClean, closePage, download, openPage, step, visit } from '../harness.ts';
import { mapIdle, municipalityPoint } from '../mapHarness.ts';

it('the analysis panel: under 200 KB of own initial JavaScript without Recharts; the data overview, sorted and exported; bars highlighted from the map and selecting on it; seed and congruence tables as CSV; incongruence marks in two patterns, the list scrolled from the map, the classification as CSV', async () => {
  await step("the app's own initial JavaScript is under 200 KB gzipped, Recharts loaded only on demand", async () => {
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
  });

  const app = await openPage();
  const { page } = app;

  await step('the data overview fetches no chart code, its tab shows a focus ring, its CSV holds every layer in the sorted order', async () => {
    await visit(app, 'v=1&layer=jeugd_2013_10&lang=nl&tab=overview');
    const table = page.getByTestId('table-overview');
    await table.locator('tbody tr').first().waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(!loaded.some((u) => /BarChartView/.test(u)), 'no chart shown, no chart code fetched');
    // A tab reached by the keyboard shows a focus ring.
    await page.getByRole('tab', { name: 'Gegevensoverzicht' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'analysis-tab-overview');
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), 'none', 'the focused tab shows a focus ring');

    const layers = loadLayers();
    await table.getByRole('button', { name: 'Sorteren op Afwijkingen' }).click();
    await table.locator('th[aria-sort="descending"]').waitFor();
    const headers = await table.locator('thead th').allInnerTexts();
    const column = headers.findIndex((h) => h.startsWith('Afwijkingen')) + 1;
    const discrepancies = (await table.locator(`tbody tr td:nth-child(${column})`).allInnerTexts()).map(Number);
    const { text } = await download(page, 'csv-semicolon-overview');
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
  });

  const chart = page.getByTestId('chart-sizes');
  const bars = chart.locator('rect.bar');

  await step('the charts tab draws a bar per region; back restores the overview tab', async () => {
    await page.getByRole('tab', { name: 'Grafieken' }).click();
    await bars.first().waitFor();
    assert.equal(await bars.count(), 42);
    assert.equal(await chart.locator('rect.bar-highlight').count(), 0, 'nothing selected yet');
    await page.waitForFunction(() => !location.hash.includes('tab='));
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('tab=overview'));
    assert.equal(await page.getByRole('tab', { name: 'Gegevensoverzicht' }).getAttribute('aria-selected'), 'true', 'back restores the previous tab');
    await page.getByRole('tab', { name: 'Grafieken' }).click();
    await bars.first().waitFor();
  });

  await step('a municipality clicked on the map highlights its bar; a bar clicked selects its region on the map', async () => {
    await mapIdle(page);
    // The tab clicks scrolled the side panel into view; the map is at the top of the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    const eemnes = await municipalityPoint(page, 'GM0317');
    await page.mouse.click(eemnes.x, eemnes.y);
    await page.waitForFunction(() => document.querySelector('[data-testid="chart-selected"]')?.textContent?.includes('Eemland'));
    assert.ok(((await chart.locator('.recharts-yAxis-tick-labels').textContent()) ?? '').includes('▶ Eemland'), 'the label carries the highlight, not only the outline');
    const highlighted = chart.locator('rect.bar-highlight');
    assert.equal(await highlighted.count(), 1);
    assert.equal(await highlighted.getAttribute('stroke-width'), '3');

    // The chart scrolls Eemland's bar into its own view once the bar exists, which can move the bars
    // under a positional click; the click event goes to the first bar itself.
    await page.waitForFunction(() => (document.querySelector('[data-testid="chart-sizes"] .chart-scroll')?.scrollTop ?? 0) > 0);
    await bars.first().dispatchEvent('click');
    assert.equal(await page.getByTestId('region-name').first().innerText(), 'Rijnmond', 'the largest region, first bar, is selected on the map');
    // The charts follow the selection a moment after the map (a deferred render): wait for it.
    await chart.getByTestId('chart-selected').filter({ hasText: 'Rijnmond' }).waitFor();
    assert.match(await chart.getByTestId('chart-selected').innerText(), /Geselecteerde regio \(▶\): Rijnmond/);
    assert.equal(await chart.locator('rect.bar-highlight').count(), 1);
  });

  await step('the seed table of tasks and the congruence ranking as CSV', async () => {
    await page.getByTestId('chart-choice').selectOption('tasks');
    await page.getByTestId('chart-tasks').locator('.recharts-legend-wrapper').waitFor();
    // The CSV buttons sit with the chart's table.
    await page.getByTestId('toggle-table-tasks').click();
    const { text: csv } = await download(page, 'csv-semicolon-tasks');
    assert.ok(csv.startsWith('\uFEFF'), 'a BOM for Excel');
    assert.ok(csv.includes('\r\nTaak;lokaal;subregionaal;regionaal;bovenregionaal;n.t.b.;gemengd;Totaal\r\n'), csv.slice(0, 400));
    assert.match(csv.split('\r\n').slice(0, 6).join(' '), /VNG \(2013\)/, 'a header block cites the source');
    assert.match(csv, /\r\nOrganisatie eerste lijn;34;/);

    await page.getByRole('tab', { name: 'Congruentie', exact: true }).click();
    const congruence = page.getByTestId('chart-congruence');
    await congruence.locator('rect.bar').first().waitFor();
    assert.equal(await congruence.locator('rect.bar').count(), 22, 'ARI and normalised VI for 11 divisions');
    await page.getByTestId('toggle-table-congruence').click();
    const { text: comma } = await download(page, 'csv-comma-congruence');
    assert.match(comma, /\r\n1,Jeugdregio's \(CBS\) 2013 \(indeling 2015\),0\.\d+,0\.\d+,0\.\d+,inwoners\r\n/);
    const { text: semicolon } = await download(page, 'csv-semicolon-congruence');
    assert.match(semicolon, /\r\n1;Jeugdregio's \(CBS\) 2013 \(indeling 2015\);0,\d+;0,\d+;0,\d+;inwoners\r\n/);
  });

  await step('incongruence of youth (Oct 2013) against Wmo (May 2013): marks in two patterns, the list scrolled to a municipality clicked on the map, the classification as comma and semicolon CSV', async () => {
    await visit(app, 'v=1&layer=jeugd_2013_10&lang=nl&tab=incongruence');
    const list = page.getByTestId('inc-list');
    await list.locator('li').first().waitFor();
    await mapIdle(page);
    // The SVG renderer draws each marked municipality with its pattern (15 crossing, 153 nested).
    const [hatch, dots] = await page.evaluate(() => ['hatch', 'dots'].map((kind) => document.querySelectorAll(`[data-testid="map"] path[fill*="${kind}"]`).length));
    assert.deepEqual({ hatch, dots }, { hatch: 15, dots: 153 });
    const meppel = await municipalityPoint(page, 'GM0119');
    await page.mouse.click(meppel.x, meppel.y);
    await page.waitForFunction(() => document.querySelector('li[data-code="GM0119"]')?.getAttribute('aria-current') === 'true');
    const inView = await list.locator('li[data-code="GM0119"]').evaluate((li) => {
      const box = li.closest('[data-testid="inc-list"]')!.getBoundingClientRect();
      const r = li.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    assert.ok(inView, 'the list scrolled to Meppel');

    const comma = await download(page, 'csv-comma-incongruence');
    assert.equal(comma.name, 'regioscoop-incongruence.csv');
    assert.equal(comma.text.charCodeAt(0), 0xfeff, 'starts with a BOM');
    const lines = comma.text.slice(1).trimEnd().split('\r\n');
    assert.equal(
      lines[0],
      'cbs_code,gemeente,categorie,categorie_uitleg,in_twee_regios,uitleg,regio jeugd_2013_10,partners jeugd_2013_10,ook_in jeugd_2013_10,regio wmo_2013_05,partners wmo_2013_05,ook_in wmo_2013_05,jaccard_afstand_max,inwoners',
    );
    assert.equal(lines.length, 408 + 1, 'one line per municipality of 2013');
    assert.ok(
      lines.some((l) => /^GM0317,Eemnes,moved,[^,]+,ja,Eemnes: jeugd met Eemland; Wmo met Gooi- en Vechtstreek en ook met Eem en Vallei,Eemland,\d+,,Gooi- en Vechtstreek,\d+,Eem en Vallei,1,\d+$/.test(l)),
      lines.filter((l) => l.includes('GM0317')).join('\n'),
    );
    const semicolon = await download(page, 'csv-semicolon-incongruence');
    assert.equal(semicolon.name, 'regioscoop-incongruence-nl.csv');
    assert.equal(semicolon.text.charCodeAt(0), 0xfeff);
    assert.match(semicolon.text.split('\r\n').find((l) => l.startsWith('GM1696;'))!, /;0,\d+;\d+$/, 'Wijdemeren: Jaccard distance with a decimal comma');
  });

  // Every tab (overview, charts, congruence, incongruence) ran under the CSP.
  assertClean(app);
  await closePage(app);
});
