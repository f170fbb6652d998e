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

describe('charts in the browser', () => {
  it('draws a bar per region, highlights the bar of a municipality clicked on the map, selects from a bar, and exports the seed and congruence tables', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    const chart = page.getByTestId('chart-sizes');
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

    await page.getByTestId('chart-choice').selectOption('tasks');
    await page.getByTestId('chart-tasks').locator('.recharts-legend-wrapper').waitFor();
    // The CSV buttons sit with the chart's table.
    await page.getByTestId('toggle-table-tasks').click();
    const csv = await download(page, 'csv-semicolon-tasks');
    assert.ok(csv.startsWith('\uFEFF'), 'a BOM for Excel');
    assert.ok(csv.includes('\r\nTaak;lokaal;subregionaal;regionaal;bovenregionaal;n.t.b.;gemengd;Totaal\r\n'), csv.slice(0, 400));
    assert.match(csv.split('\r\n').slice(0, 6).join(' '), /VNG \(2013\)/, 'a header block cites the source');
    assert.match(csv, /\r\nOrganisatie eerste lijn;34;/);

    await page.getByRole('tab', { name: 'Congruentie', exact: true }).click();
    const congruence = page.getByTestId('chart-congruence');
    await congruence.locator('rect.bar').first().waitFor();
    assert.equal(await congruence.locator('rect.bar').count(), 22, 'ARI and normalised VI for 11 divisions');
    await page.getByTestId('toggle-table-congruence').click();
    const comma = await download(page, 'csv-comma-congruence');
    assert.match(comma, /\r\n1,Jeugdregio's \(CBS\) 2013 \(indeling 2015\),0\.\d+,0\.\d+,0\.\d+,inwoners\r\n/);
    const semicolon = await download(page, 'csv-semicolon-congruence');
    assert.match(semicolon, /\r\n1;Jeugdregio's \(CBS\) 2013 \(indeling 2015\);0,\d+;0,\d+;0,\d+;inwoners\r\n/);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
