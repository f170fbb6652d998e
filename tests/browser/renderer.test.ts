/**
 * The map on every desktop: SVG by default without a GPU, MapLibre when forced, the app without
 * WebGL at all, and the failures that must end in a message in their own panel instead of a blank page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { drawnShare, harnessForFile, mapIdle, municipalityPoint, openApp, rendererKind, startHarness, type Harness, switchLanguage } from './harness.ts';

const harness = harnessForFile();
const map = (page: import('playwright-core').Page) => page.getByTestId('map');

describe('the SVG map (the default on machines without a GPU)', () => {
  it('is chosen and says why, draws 408 municipalities with region names, and switches labels off', async () => {
    const { page, consoleErrors, externalRequests } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    await mapIdle(page);
    assert.equal(await rendererKind(page), 'svg');
    assert.match(await page.getByTestId('renderer-status').innerText(), /Kaart getekend als SVG \(geen grafische kaart gevonden\)/);
    assert.equal(await map(page).locator('path[data-code]').count(), 408);
    const labels = await map(page).locator('.map-labels text').allTextContents();
    assert.ok(labels.length >= 25, `region names on the map (${labels.length})`);
    assert.ok(labels.some((l) => l.replace(/\s+/g, ' ') === 'Rijnmond'), 'the largest region is named');
    assert.ok((await drawnShare(page)) > 0.2, 'the map shows polygons, not only background');

    await page.getByTestId('toggle-labels').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map"] .map-labels text').length === 0);
    assert.match(page.url(), /lbl=0/);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(externalRequests, []);
    await page.close();
  });

  it('zooms with the buttons and keys, puts the camera in the link, and "Heel Nederland" goes back', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=wmo_2013_05&lang=nl');
    await mapIdle(page);
    const zoom = () => page.evaluate(() => (window as unknown as { __regioscoopMap: { camera(): { zoom: number } } }).__regioscoopMap.camera().zoom);
    const home = await zoom();
    await page.getByTestId('zoom-in').click();
    await page.waitForFunction(() => location.hash.includes('cam='));
    assert.ok(Math.abs((await zoom()) - home - 1) < 0.01, 'one zoom level in');
    await map(page).locator('svg').focus();
    await page.keyboard.press('+');
    assert.ok(Math.abs((await zoom()) - home - 2) < 0.01, '+ zooms in as well');
    await page.keyboard.press('ArrowLeft');
    const link = page.url();
    assert.match(link, /cam=/);

    // The copied link opens the same view.
    const copy = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await copy.goto(link);
    await mapIdle(copy);
    const camera = () => (window as unknown as { __regioscoopMap: { camera(): { center: [number, number]; zoom: number } } }).__regioscoopMap.camera();
    const [a, b] = [await page.evaluate(camera), await copy.evaluate(camera)];
    assert.ok(Math.abs(a.zoom - b.zoom) < 0.02 && Math.abs(a.center[0] - b.center[0]) < 0.001 && Math.abs(a.center[1] - b.center[1]) < 0.001, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    await copy.close();

    await page.getByRole('button', { name: 'Heel Nederland' }).click();
    assert.ok(Math.abs((await zoom()) - home) < 0.01);
    await page.waitForFunction(() => !location.hash.includes('cam='));
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('goes back to the whole country when a selection is cleared, instead of staying at zoom 9', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    await mapIdle(page);
    const zoom = () => page.evaluate(() => (window as unknown as { __regioscoopMap: { camera(): { zoom: number } } }).__regioscoopMap.camera().zoom);
    const home = await zoom();
    const eemnes = await municipalityPoint(page, 'GM0317');
    await page.mouse.click(eemnes.x, eemnes.y);
    await page.waitForFunction(() => location.hash.includes('sel=GM0317'));
    assert.ok((await zoom()) > home + 1, 'zoomed in to Eemnes');
    await page.getByRole('button', { name: 'Selectie opheffen' }).click();
    await page.waitForFunction(() => !location.hash.includes('sel='));
    assert.ok(Math.abs((await zoom()) - home) < 0.01, 'back to the whole country');
    await page.close();
  });
});

describe('MapLibre (forced, as on a machine with a GPU)', () => {
  it('draws on a WebGL canvas with labels, and hover and click work through the renderer interface', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl', undefined, '?renderer=maplibre');
    await mapIdle(page);
    assert.equal(await rendererKind(page), 'maplibre');
    assert.match(await page.getByTestId('renderer-status').innerText(), /WebGL \(gevraagd in het adres\)/);
    assert.equal(await map(page).locator('canvas').count(), 1);
    assert.ok((await map(page).locator('.map-labels text').count()) >= 25, 'labels drawn over the canvas');
    assert.ok((await drawnShare(page)) > 0.2);
    const eemnes = await municipalityPoint(page, 'GM0317');
    await page.mouse.move(eemnes.x, eemnes.y);
    await page.getByTestId('tooltip').waitFor();
    assert.match(await page.getByTestId('tooltip').innerText(), /Eemnes[\s\S]*Eemland/);
    await page.mouse.click(eemnes.x, eemnes.y);
    await page.waitForFunction(() => location.hash.includes('sel=GM0317'));
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

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
