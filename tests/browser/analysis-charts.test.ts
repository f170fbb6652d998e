import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { mapIdle, municipalityPoint, openApp, harnessForFile } from './harness.ts';

const harness = harnessForFile();

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFile((await file.path())!, 'utf8');
}

/** The table alternative of a chart as rows of cell texts. */
async function chartTable(page: Page, id: string): Promise<string[][]> {
  const toggle = page.getByTestId(`toggle-table-${id}`);
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const rows = page.getByTestId(`table-${id}`).locator('tbody tr');
  await rows.first().waitFor();
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.replace(/^▶\s*/, ''))));
}

describe('charts beside the map, linked with the selection', () => {
  it('selects the region of a clicked bar on the map, and highlights the region of a municipality clicked on the map', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    const chart = page.getByTestId('chart-sizes');
    assert.match(await chart.locator('h3').innerText(), /Regiogrootte: inwoners per regio · Vierde inventarisatie/);
    assert.match(await chart.locator('.source-line').first().innerText(), /^Bron: VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg\. Vierde inventarisatie[^;]*; CBS-inwoners op 1 januari 2013 \(CBS StatLine/);
    const bars = chart.locator('rect.bar');
    await bars.first().waitFor();
    assert.equal(await bars.count(), 42);
    assert.equal(await chart.locator('rect.bar-highlight').count(), 0, 'nothing selected yet');

    await mapIdle(page);
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
    const rows = await chartTable(page, 'sizes');
    assert.equal(rows.length, 42);
    assert.equal(await page.getByTestId('table-sizes').locator('tr[aria-selected="true"] td').first().innerText(), '▶ Rijnmond');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('shows reported and computed population side by side without reconciling them', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&chart=reported');
    assert.match(await page.getByTestId('chart-reported').locator('.source-line').first().innerText(), /^Bron: VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg\. Vierde inventarisatie[^;]*; inwonertallen zoals de bron ze drukt, en CBS-inwoners/);
    const rows = await chartTable(page, 'reported');
    assert.equal(rows.length, 42);
    const achterhoek = rows.find((r) => r[0] === 'Achterhoek')!;
    assert.equal(achterhoek[1], '300.050', 'the reported figure as printed');
    assert.equal(achterhoek[2], '300.050');
    assert.notEqual(achterhoek[3], achterhoek[1], 'the computed figure stays next to it');
    assert.match(achterhoek[3], /^\d{3}\.\d{3}$/);
    await page.close();
  });

  it('shows how each youth region lies across the Wmo regions, and switches the other division', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&chart=overlap');
    assert.equal(await page.getByTestId('overlap-with').inputValue(), 'wmo_2013_05');
    let rows = await chartTable(page, 'overlap');
    const eemland = rows.find((r) => r[0] === 'Eemland')!;
    assert.match(eemland[3], /Gooi- en Vechtstreek \d+ %/);
    await page.getByTestId('overlap-with').selectOption('provincie_2013');
    await page.waitForFunction(() => location.hash.includes('ovl=provincie_2013'));
    await page.getByTestId('chart-overlap').locator('h3', { hasText: 'Provincies 2013' }).waitFor();
    rows = await chartTable(page, 'overlap');
    assert.equal(rows.find((r) => r[0] === 'Eemland')![1], '100', 'Eemland lies within the province of Utrecht');
    await page.close();
  });

  it('charts the seed tables with their source, and exports them', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&chart=tasks');
    assert.match(await page.getByTestId('chart-tasks').locator('.source-line').first().innerText(), /^Bron: VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg\. Vierde inventarisatie.*, Welke Taak op welke Schaal\?$/);
    await page.getByTestId('chart-tasks').locator('.recharts-legend-wrapper').waitFor();
    const tasks = await chartTable(page, 'tasks');
    assert.equal(tasks.length, 11);
    for (const r of tasks) assert.equal(r.at(-1), '42', `${r[0]} adds up to 42 regions`);
    const csv = await download(page, 'csv-semicolon-tasks');
    assert.ok(csv.startsWith('\uFEFF'), 'a BOM for Excel');
    assert.ok(csv.includes('\r\nTaak;lokaal;subregionaal;regionaal;bovenregionaal;n.t.b.;gemengd;Totaal\r\n'), csv.slice(0, 400));
    assert.match(csv.split('\r\n').slice(0, 6).join(' '), /VNG \(2013\)/, 'a header block cites the source');
    assert.match(csv, /\r\nOrganisatie eerste lijn;34;/);

    await page.getByTestId('chart-choice').selectOption('intentions');
    const intentions = await chartTable(page, 'intentions');
    assert.deepEqual(intentions.find((r) => r[0] === 'Organisatie eerste lijn'), ['Organisatie eerste lijn', '17', '24', '22', '16', '38']);

    await page.getByTestId('chart-choice').selectOption('cjg');
    assert.match(await page.getByTestId('chart-cjg').locator('.source-line').first().innerText(), /Samenwerking als weloverwogen keuze/);
    const kinds = await chartTable(page, 'cjg');
    assert.equal(kinds.length, 32);
    assert.ok(kinds.some((r) => r[0] === 'Centrum voor Jeugd en Gezin' && r[1] === '83'));

    await page.getByTestId('chart-choice').selectOption('groups');
    assert.match(await page.getByTestId('chart-groups').locator('.source-line').first().innerText(), /Bovenregionale samenwerking vindt plaats in/);
    const groups = await chartTable(page, 'groups');
    assert.equal(groups.length, 9);
    assert.deepEqual(groups.find((r) => r[0] === 'De 6 Utrechtse regio’s')?.slice(1, 3), ['5', '6'], 'listed and printed counts side by side');

    await page.getByTestId('chart-choice').selectOption('care');
    const care = await chartTable(page, 'care');
    assert.deepEqual(care.map((r) => r[2]), ['85%', '10 %', '4 %', '0,97%', '0,03%'], 'percentages as printed in 003');
    await page.close();
  });
});

describe('congruence overview', () => {
  it('ranks every other 2013 division by its fit to the youth regions, as chart and table, exportable', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&tab=congruence');
    const chart = page.getByTestId('chart-congruence');
    assert.match(await chart.locator('h3').innerText(), /Overeenkomst met Vierde inventarisatie/);
    await chart.locator('rect.bar').first().waitFor();
    assert.equal(await chart.locator('rect.bar').count(), 22, 'ARI and normalised VI for 11 divisions');
    const rows = await chartTable(page, 'congruence');
    assert.equal(rows.length, 11);
    assert.deepEqual(rows.map((r) => r[0]), Array.from({ length: 11 }, (_, i) => String(i + 1)));
    const ari = rows.map((r) => Number(r[2].replace(',', '.')));
    for (let i = 1; i < ari.length; i++) assert.ok(ari[i - 1] >= ari[i], 'highest adjusted Rand index first');
    assert.equal(rows.at(-1)![1], 'Provincies 2013');
    const comma = await download(page, 'csv-comma-congruence');
    assert.match(comma, /\r\n1,Jeugdregio's \(CBS\) 2013 \(indeling 2015\),0\.\d+,0\.\d+,0\.\d+,inwoners\r\n/);
    const semicolon = await download(page, 'csv-semicolon-congruence');
    assert.match(semicolon, /\r\n1;Jeugdregio's \(CBS\) 2013 \(indeling 2015\);0,\d+;0,\d+;0,\d+;inwoners\r\n/);

    await page.getByTestId('cong-reference').selectOption('ggd_2013');
    await page.waitForFunction(() => location.hash.includes('ref=ggd_2013'));
    await chart.locator('h3', { hasText: "GGD-regio's 2013" }).waitFor();
    await page.close();
  });
});
