/**
 * The app in a browser without WebGL at all (issue 8): Chromium started with --disable-webgl, as
 * Chrome 139+ on a machine without a GPU. The only journey with a browser of its own.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, launchBrowser, openPage, step, visit } from '../harness.ts';
import { mapIdle, rendererKind } from '../mapHarness.ts';

it('without WebGL (issue 8, Chromium --disable-webgl): starts and draws the map as SVG even when MapLibre is asked for; the table twin, search and selection work', async () => {
  const browser = await launchBrowser(['--disable-webgl']);
  try {
    const app = await openPage({ browser });
    const { page } = app;
    await step('asking for MapLibre still draws SVG, and says why', async () => {
      await visit(app, 'v=1&layer=jeugd_2013_10&lang=nl', '?renderer=maplibre');
      await mapIdle(page);
      assert.equal(await rendererKind(page), 'svg');
      assert.match(await page.getByTestId('renderer-status').innerText(), /WebGL is in deze browser niet beschikbaar/);
      assert.equal(await page.getByTestId('map').locator('path[data-code]').count(), 408);
    });
    await step('the table twin lists 408 municipalities', async () => {
      await page.getByTestId('toggle-table').click();
      await page.getByTestId('municipality-table').waitFor();
      assert.equal(await page.locator('.table-area tbody tr').count(), 408);
    });
    await step('search selects a municipality', async () => {
      await page.getByRole('combobox', { name: /Zoek gemeente/ }).fill('Eemnes');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash.includes('sel=GM0317'));
    });
    assertClean(app);
  } finally {
    await browser.close();
  }
});
