/**
 * MapLibre, forced by the support-desk parameter ?renderer=maplibre as on a machine with a GPU
 * (issue 8): the one journey on the WebGL renderer (software WebGL here, in the shared browser).
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, closePage, openPage, step, visit } from '../harness.ts';
import { drawnShare, mapIdle, municipalityPoint, rendererKind, settled } from '../mapHarness.ts';

it('MapLibre (issue 8, forced): the incongruence list works before its worker has drawn the map, then a WebGL canvas with labels, hover and click through the renderer interface, its chunk and blob: worker under the CSP', async () => {
  const app = await openPage();
  const { page } = app;
  const map = page.getByTestId('map');

  await step("the incongruence list works while MapLibre's worker is held back", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(/maplibre-gl-worker/, async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await visit(app, 'v=1&layer=jeugd_2013_10&lang=nl&tab=incongruence', '?renderer=maplibre');
    await page.waitForFunction(() => (window as unknown as { __regioscoopMap?: { kind: string } }).__regioscoopMap?.kind === 'maplibre', null, { timeout: 30_000 });
    // Notes on window when the map has drawn its scene; it cannot while the worker is held.
    await page.evaluate(() => {
      const w = window as unknown as { __regioscoopMap: { idle(): Promise<void> }; __mapDrawn?: boolean };
      w.__mapDrawn = false;
      void w.__regioscoopMap.idle().then(() => (w.__mapDrawn = true));
    });
    await page.getByTestId('inc-list').getByRole('button', { name: /^Zeewolde: / }).click();
    assert.match(await page.getByTestId('selection').locator('h2').innerText(), /Zeewolde/);
    assert.ok(requested, 'the worker was asked for');
    assert.equal(await page.evaluate(() => (window as unknown as { __mapDrawn: boolean }).__mapDrawn), false, 'the map has not finished drawing');
    release();
    await page.waitForFunction(() => (window as unknown as { __mapDrawn: boolean }).__mapDrawn, null, { timeout: 30_000 });
    await page.unrouteAll();
  });

  await step('draws on a WebGL canvas with labels; hover and click work through the renderer interface', async () => {
    // Back to the plain map of the whole country: the charts tab, no selection.
    await page.getByRole('tab', { name: 'Grafieken' }).click();
    await page.getByRole('button', { name: 'Selectie opheffen' }).click();
    await page.waitForFunction(() => !location.hash.includes('sel=') && !location.hash.includes('tab='));
    await mapIdle(page);
    await settled(page);
    // The clicks scrolled the side panel's tabs into view; the map is at the top of the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.equal(await rendererKind(page), 'maplibre');
    assert.match(await page.getByTestId('renderer-status').innerText(), /WebGL \(gevraagd in het adres\)/);
    assert.equal(await map.locator('canvas').count(), 1);
    assert.ok((await map.locator('.map-labels text').count()) >= 25, 'labels drawn over the canvas');
    assert.ok((await drawnShare(page)) > 0.2, 'the canvas shows polygons, not only background');
    const eemnes = await municipalityPoint(page, 'GM0317');
    await page.mouse.move(eemnes.x, eemnes.y);
    await page.getByTestId('tooltip').waitFor();
    assert.match(await page.getByTestId('tooltip').innerText(), /Eemnes[\s\S]*Eemland/);
    await page.mouse.click(eemnes.x, eemnes.y);
    await page.waitForFunction(() => location.hash.includes('sel=GM0317'));
  });

  // MapLibre's chunk and its blob: worker ran under the policy, and nothing left the machine.
  assertClean(app);
  await closePage(app);
});
