/**
 * One failing part does not take the app down (issue 8): each failure ends in a message in the
 * panel it belongs to, and the rest of the app keeps working. One page; every failure is staged
 * by answering one request differently and opening the app afresh.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { closePage, openPage, step, switchLanguage, visit } from '../harness.ts';
import { rendererKind } from '../mapHarness.ts';

const YOUTH = 'v=1&layer=jeugd_2013_10&lang=nl';

/** Waits until the SVG map has drawn all 408 municipalities of 2013. */
async function svgMapDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="map"] path[data-code]').length === 408, null, { timeout: 30_000 });
}

it("failures end in a message in their own panel (issue 8): MapLibre's chunk or worker missing falls back to SVG, a bad arc index in a geometry file, a lazily loaded chunk that returns HTML offers a reload, a saved view with camera latitude 100", async () => {
  const app = await openPage();
  const { page } = app;

  await step("MapLibre's code cannot be loaded (as after a redeploy): SVG by itself, and the renderer status says so", async () => {
    await page.route(/\/assets\/maplibre[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await visit(app, YOUTH, '?renderer=maplibre');
    await svgMapDrawn(page);
    assert.equal(await rendererKind(page), 'svg');
    assert.match(await page.getByTestId('renderer-status').innerText(), /Kaart getekend als SVG: WebGL werkte niet/);
    await page.unrouteAll();
  });

  await step("MapLibre's worker fails to load: SVG instead of an empty map", async () => {
    await page.route(/maplibre-gl-worker/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await visit(app, YOUTH, '?renderer=maplibre');
    await svgMapDrawn(page);
    assert.equal(await rendererKind(page), 'svg');
    assert.match(await page.getByTestId('renderer-status').innerText(), /WebGL werkte niet/);
    await page.unrouteAll();
  });

  await step('a geometry file with a bad arc index: a message in the map panel, in the chosen language; the side panel stays', async () => {
    await page.route(/gemeente_2013[^/]*\.json$/, async (route) => {
      const response = await route.fetch();
      const topo = await response.json();
      // Passes the load check (a topology with codes), throws while the geometry is drawn.
      topo.objects.municipalities.geometries[5].arcs = [[999999]];
      await route.fulfill({ response, body: JSON.stringify(topo) });
    });
    await visit(app, YOUTH);
    const message = page.locator('[data-testid="panel-error-map"], [data-testid="load-error"]');
    await message.first().waitFor({ timeout: 30_000 });
    assert.match(await message.first().innerText(), /Dit onderdeel kon niet worden getoond|Er ging iets mis/);
    await switchLanguage(page, 'EN');
    assert.match(await message.first().innerText(), /This part could not be shown|Something went wrong/, 'the message follows the language');
    assert.ok(await page.locator('#panel').isVisible());
    await page.unrouteAll();
  });

  await step("the charts' lazily loaded code answers with HTML (a new version is deployed): the charts panel offers a reload, the map works", async () => {
    await page.route(/\/assets\/BarChartView[^/]*\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>new version</title>' }));
    await visit(app, YOUTH);
    const error = page.getByTestId('panel-error-analysis');
    await error.waitFor({ timeout: 30_000 });
    assert.match(await error.innerText(), /Laad de pagina opnieuw/);
    assert.ok(await error.getByRole('button', { name: 'Pagina opnieuw laden' }).isVisible());
    await svgMapDrawn(page);
    await page.unrouteAll();
  });

  await step('a saved-views file with a view at camera latitude 100: the saved-views panel names it, the valid view is loaded', async () => {
    await visit(app, YOUTH);
    await svgMapDrawn(page);
    const views = [
      { id: 'a', title: 'Eemnes', hash: 'v=1&layer=wmo_2013_05&lang=nl&sel=GM0317', camera: { center: [5.2, 52.2], zoom: 9 }, chart: 'sizes' },
      { id: 'b', title: 'Noordpool', hash: 'v=1&layer=jeugd_2013_10&lang=nl', camera: { center: [5, 100], zoom: 7 }, chart: 'sizes' },
    ];
    const file = JSON.stringify({ format: 'regioscoop-saved-views', version: 2, views });
    await page.getByTestId('saved-import').setInputFiles({ name: 'scheef.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const message = page.getByTestId('saved-message');
    await message.filter({ hasText: 'scheef.json' }).waitFor();
    assert.match(await message.innerText(), /^1 weergave geladen uit scheef\.json\. Niet geladen: Noordpool: de camerastand ligt buiten de kaart\.$/);
    assert.deepEqual(await page.getByTestId('saved-list').getByRole('button', { name: /^(Eemnes|Noordpool)$/ }).allInnerTexts(), ['Eemnes']);
  });

  await closePage(app);
});
