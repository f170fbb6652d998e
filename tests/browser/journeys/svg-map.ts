/**
 * The SVG map, the default on machines without a GPU (issue 8), on one page: the first load and
 * its link, the drawing, hover, a division switch, outlines, subregion lines and compare marks in
 * the map's pixels, zooming and the camera in the link, and labels off. What the app hands the
 * renderer (overlays, opacity, marks, legend lines) is specified in tests/unit/ui/app-explore.test.tsx.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { assertClean, closePage, openPage, step, visit } from '../harness.ts';
import { camera, canvasColourAt, coloursAround, drawnShare, mapIdle, municipalityPoint, pixelsNear, rendererKind, settled } from '../mapHarness.ts';

const GGD_RED: [number, number, number] = [0xb2, 0x18, 0x2b];
const SUBREGION_GREY: [number, number, number] = [0x3e, 0x4c, 0x59];

it('the SVG map (issue 8, the default without a GPU): first load under a strict CSP, 408 municipalities in 42 regions, hover, a division switch repaints, outlines, opacity, subregion lines and compare hatching in pixels, zoom and the camera link, labels off', async () => {
  const app = await openPage();
  const { page } = app;
  const map = page.getByTestId('map');
  const zoom = async () => (await camera(page)).zoom;

  await step('the first load adds one history entry and ships a strict policy and a loading state', async () => {
    // A new page has one entry (about:blank); opening the app adds exactly one more.
    await page.goto(app.baseUrl);
    await mapIdle(page);
    assert.match(await page.evaluate(() => location.hash), /^#v=1&layer=jeugd_2013_10/);
    assert.equal(await page.evaluate(() => history.length), 2);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(policy);
    assert.match(policy, /script-src 'self';/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*/);
    assert.match(policy, /img-src 'self' blob: data:/);
    const html = await (await fetch(app.baseUrl)).text();
    assert.match(html, /class="boot"[^>]*role="status"/, 'index.html itself says the app is loading');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(html, /<style|style="/, 'no inline style');
    assert.equal(await page.getByTestId('boot').count(), 0, 'the app replaced the loading state');
  });

  await step('a link with an unknown outline: the rest opens, the notice names what was left out', async () => {
    await page.goto(`${app.baseUrl}#v=1&layer=ggd_2013&lang=en&ov=ggd_2099,provincie_2013`);
    // The link is read once its language is loaded: the notice says it has been.
    await page.getByText('Left out').waitFor();
    await mapIdle(page);
    assert.equal(await page.evaluate(() => history.length), 3);
    assert.match(await page.evaluate(() => location.hash), /ov=provincie_2013(&|$)/);
    assert.match(await page.getByText('Left out').innerText(), /outline "ggd_2099" \(unknown division\)/);
  });

  await step('draws 408 municipalities in 42 regions as SVG, says why, with region names', async () => {
    await visit(app, 'v=1&layer=jeugd_2013_10&lang=nl');
    await mapIdle(page);
    assert.equal(await rendererKind(page), 'svg');
    assert.match(await page.getByTestId('renderer-status').innerText(), /Kaart getekend als SVG \(geen grafische kaart gevonden\)/);
    assert.match(await page.getByTestId('region-count').innerText(), /42 regio's, 408 gemeenten/);
    assert.equal(await map.locator('path[data-code]').count(), 408);
    const labels = await map.locator('.map-labels text').allTextContents();
    assert.ok(labels.length >= 25, `region names on the map (${labels.length})`);
    assert.ok(labels.some((l) => l.replace(/\s+/g, ' ') === 'Rijnmond'), 'the largest region is named');
    assert.ok((await drawnShare(page)) > 0.2, 'the map shows polygons, not only background');
  });

  await step('hover shows the tooltip', async () => {
    const eemnes = await municipalityPoint(page, 'GM0317');
    await page.mouse.move(eemnes.x, eemnes.y);
    assert.match(await page.getByTestId('tooltip').innerText(), /Eemnes[\s\S]*GM0317[\s\S]*Eemland/);
    await page.mouse.move(5, 5);
  });

  await step('the GGD outline in dashed red and a fainter fill; back undoes the fill', async () => {
    assert.ok((await pixelsNear(page, GGD_RED)) < 50, 'no GGD outline before it is switched on');
    await page.getByTestId('overlay-ggd').check();
    await page.waitForFunction(() => location.hash.includes('ov=ggd_2013'));
    await settled(page);
    assert.ok((await pixelsNear(page, GGD_RED)) > 500, 'the GGD outline is drawn in its dashed red');

    const amsterdam = await municipalityPoint(page, 'GM0363');
    const opaque = await canvasColourAt(page, amsterdam);
    await page.getByTestId('fill-opacity').fill('30');
    await page.waitForFunction(() => location.hash.includes('op=30'));
    await settled(page);
    assert.notDeepEqual(await canvasColourAt(page, amsterdam), opaque, 'the fill got fainter');
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('op=30'));
    assert.equal(await page.getByTestId('fill-opacity').inputValue(), '90', 'back undoes the opacity change');
    await settled(page);
    assert.deepEqual(await canvasColourAt(page, amsterdam), opaque, 'and the map is painted as before');
    await page.getByTestId('overlay-ggd').uncheck();
    await page.waitForFunction(() => !location.hash.includes('ov='));
  });

  await step('a division switch repaints without a reload', async () => {
    const navigations: string[] = [];
    const record = (f: Frame) => navigations.push(f.url());
    page.on('framenavigated', record);
    // Eemnes and Huizen: youth in Eemland and Gooi- en Vechtstreek (neighbours, other colours); Wmo both in Gooi- en Vechtstreek.
    const colours = async () => [await canvasColourAt(page, await municipalityPoint(page, 'GM0317')), await canvasColourAt(page, await municipalityPoint(page, 'GM0406'))];
    await settled(page);
    const [eemnesYouth, huizenYouth] = await colours();
    assert.notDeepEqual(eemnesYouth, huizenYouth);
    await page.getByTestId('division').selectOption('wmo');
    await page.waitForFunction(() => /43 regio's/.test(document.querySelector('[data-testid="region-count"]')?.textContent ?? ''));
    await page.waitForFunction(() => location.hash.includes('layer=wmo_2013_05'));
    await mapIdle(page);
    const [eemnesWmo, huizenWmo] = await colours();
    assert.deepEqual(eemnesWmo, huizenWmo, "the map repainted: Eemnes now shares Huizen's region colour");
    page.off('framenavigated', record);
    assert.deepEqual(navigations.filter((u) => !u.includes('#')), [], 'no page reload');
  });

  await step('Wmo subregion lines go with their switch', async () => {
    await settled(page);
    const shown = await pixelsNear(page, SUBREGION_GREY, 12);
    await page.getByTestId('subregions').uncheck();
    await page.waitForFunction(() => location.hash.includes('sub=0'));
    await settled(page);
    const hidden = await pixelsNear(page, SUBREGION_GREY, 12);
    assert.ok(shown > hidden + 200, `subregion lines disappear (${shown} -> ${hidden} pixels)`);
  });

  await step('zooms with the buttons and keys, puts the camera in the link, and "Heel Nederland" goes back', async () => {
    const home = await zoom();
    await page.getByTestId('zoom-in').click();
    await page.waitForFunction(() => location.hash.includes('cam='));
    assert.ok(Math.abs((await zoom()) - home - 1) < 0.01, 'one zoom level in');
    await map.locator('svg').focus();
    await page.keyboard.press('+');
    assert.ok(Math.abs((await zoom()) - home - 2) < 0.01, '+ zooms in as well');
    await page.keyboard.press('ArrowLeft');
    const link = page.url();
    assert.match(link, /cam=/);

    // The copied link opens the same view (a second page of the same browser).
    const copy = await page.context().newPage();
    await copy.goto(link);
    await mapIdle(copy);
    const [a, b] = [await camera(page), await camera(copy)];
    assert.ok(Math.abs(a.zoom - b.zoom) < 0.02 && Math.abs(a.center[0] - b.center[0]) < 0.001 && Math.abs(a.center[1] - b.center[1]) < 0.001, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    await copy.close();

    await page.getByRole('button', { name: 'Heel Nederland' }).click();
    assert.ok(Math.abs((await zoom()) - home) < 0.01);
    await page.waitForFunction(() => !location.hash.includes('cam='));
  });

  await step('goes back to the whole country when a selection is cleared, instead of staying at zoom 9', async () => {
    const home = await zoom();
    const eemnes = await municipalityPoint(page, 'GM0317');
    await page.mouse.click(eemnes.x, eemnes.y);
    await page.waitForFunction(() => location.hash.includes('sel=GM0317'));
    assert.ok((await zoom()) > home + 1, 'zoomed in to Eemnes');
    await page.getByRole('button', { name: 'Selectie opheffen' }).click();
    await page.waitForFunction(() => !location.hash.includes('sel='));
    assert.ok(Math.abs((await zoom()) - home) < 0.01, 'back to the whole country');
    await page.mouse.move(5, 5);
  });

  await step('compare mode hatches Weesp', async () => {
    await page.getByTestId('division').selectOption('jeugd');
    await page.getByTestId('round').selectOption('jeugd_2013_10');
    await page.waitForFunction(() => location.hash.includes('layer=jeugd_2013_10'));
    await mapIdle(page);
    await settled(page);
    const weesp = await municipalityPoint(page, 'GM0457');
    const plain = await coloursAround(page, weesp, 5);
    await page.getByTestId('compare-with').selectOption('jeugd_2013_05');
    await page.getByTestId('moved-list').waitFor();
    await settled(page);
    const hatched = await coloursAround(page, weesp, 5);
    assert.ok(hatched > plain, `Weesp is hatched (${plain} -> ${hatched} colours)`);
  });

  await step('switches the region names off', async () => {
    await page.getByTestId('toggle-labels').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map"] .map-labels text').length === 0);
    assert.match(page.url(), /lbl=0/);
  });

  assertClean(app);
  await closePage(app);
});
