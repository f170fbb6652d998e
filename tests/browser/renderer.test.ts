/**
 * The map on every desktop: SVG by default without a GPU, MapLibre when forced, the app without
 * WebGL at all, and the failures that must end in a message in their own panel instead of a blank page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { harnessForFile, mapIdle, openApp, rendererKind, startHarness, type Harness, switchLanguage } from './harness.ts';

const harness = harnessForFile();
const map = (page: import('playwright-core').Page) => page.getByTestId('map');

describe('MapLibre (forced, as on a machine with a GPU)', () => {
  it('falls back to SVG by itself and says so when MapLibre\'s code cannot be loaded (as after a redeploy)', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route(/\/assets\/maplibre[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${harness.baseUrl}?renderer=maplibre#v=1&layer=jeugd_2013_10&lang=nl`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map"] path[data-code]').length === 408, null, { timeout: 30_000 });
    assert.equal(await rendererKind(page), 'svg');
    assert.match(await page.getByTestId('renderer-status').innerText(), /Kaart getekend als SVG: WebGL werkte niet/);
    await page.close();
  });

  it('falls back to SVG when MapLibre\'s worker fails to load, instead of an empty map', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route(/maplibre-gl-worker/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${harness.baseUrl}?renderer=maplibre#v=1&layer=jeugd_2013_10&lang=nl`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map"] path[data-code]').length === 408, null, { timeout: 30_000 });
    assert.match(await page.getByTestId('renderer-status').innerText(), /WebGL werkte niet/);
    await page.close();
  });
});

describe('one failing part does not take the app down', () => {
  it('shows a message in the map panel for a geometry file with a bad arc index; table and search still work', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route(/gemeente_2013[^/]*\.json$/, async (route) => {
      const response = await route.fetch();
      const topo = await response.json();
      // Passes the load check (a topology with codes), throws while the geometry is drawn.
      topo.objects.municipalities.geometries[5].arcs = [[999999]];
      await route.fulfill({ response, body: JSON.stringify(topo) });
    });
    await page.goto(`${harness.baseUrl}#v=1&layer=jeugd_2013_10&lang=nl`);
    const message = page.locator('[data-testid="panel-error-map"], [data-testid="load-error"]');
    await message.first().waitFor({ timeout: 30_000 });
    assert.match(await message.first().innerText(), /Dit onderdeel kon niet worden getoond|Er ging iets mis/);
    // The rest works: the side panel and the language switch.
    await switchLanguage(page, 'EN');
    assert.match(await message.first().innerText(), /This part could not be shown|Something went wrong/, 'the message follows the language');
    assert.ok(await page.locator('#panel').isVisible());
    await page.close();
  });

  it('offers a reload in the charts panel when its lazily loaded code is gone, and the map keeps working', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route(/\/assets\/BarChartView[^/]*\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>new version</title>' }));
    await page.goto(`${harness.baseUrl}#v=1&layer=jeugd_2013_10&lang=nl`);
    const error = page.getByTestId('panel-error-analysis');
    await error.waitFor({ timeout: 30_000 });
    assert.match(await error.innerText(), /Laad de pagina opnieuw/);
    assert.ok(await error.getByRole('button', { name: 'Pagina opnieuw laden' }).isVisible());
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map"] path[data-code]').length === 408);
    await page.close();
  });
});

describe('without WebGL at all (Chromium --disable-webgl, as Chrome 139+ without a GPU)', () => {
  let noWebGl: Harness;
  before(async () => {
    noWebGl = await startHarness(['--disable-webgl']);
  });
  after(async () => {
    await noWebGl.close();
  });

  it('starts, draws the map as SVG, and the table, search and selection work; asking for MapLibre still draws SVG', async () => {
    const { page, consoleErrors } = await openApp(noWebGl, 'v=1&layer=jeugd_2013_10&lang=nl', undefined, '?renderer=maplibre');
    await mapIdle(page);
    assert.equal(await rendererKind(page), 'svg');
    assert.match(await page.getByTestId('renderer-status').innerText(), /WebGL is in deze browser niet beschikbaar/);
    assert.equal(await map(page).locator('path[data-code]').count(), 408);
    await page.getByTestId('toggle-table').click();
    await page.getByTestId('municipality-table').waitFor();
    assert.equal(await page.locator('.table-area tbody tr').count(), 408);
    await page.getByRole('combobox', { name: /Zoek gemeente/ }).fill('Eemnes');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('sel=GM0317'));
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
