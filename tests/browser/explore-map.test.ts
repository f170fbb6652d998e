/**
 * What only a browser shows of the map layers: the outlines, the fainter fill, the subregion lines
 * and the hatching of compare mode in the map's pixels, and the browser's back button. What the
 * app hands the renderer (overlays, opacity, marks, legend lines) is specified in
 * tests/unit/ui/app-explore.test.tsx.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canvasColourAt, mapIdle, municipalityPoint, openApp, harnessForFile } from './harness.ts';
import { coloursAround, pixelsNear, settled } from './exploreHarness.ts';

const harness = harnessForFile();

const GGD_RED: [number, number, number] = [0xb2, 0x18, 0x2b];
const SUBREGION_GREY: [number, number, number] = [0x3e, 0x4c, 0x59];

describe('map layers in pixels', () => {
  it('draws the GGD outline in dashed red and a fainter fill, back undoes it; Wmo subregion lines go with their switch; compare mode hatches Weesp', async () => {
    const { page, consoleErrors, externalRequests } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    await mapIdle(page);
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
    await page.getByTestId('division').selectOption('wmo');
    await page.waitForFunction(() => location.hash.includes('layer=wmo_2013_05'));
    await mapIdle(page);
    await settled(page);
    const shown = await pixelsNear(page, SUBREGION_GREY, 12);
    await page.getByTestId('subregions').uncheck();
    await page.waitForFunction(() => location.hash.includes('sub=0'));
    await settled(page);
    const hidden = await pixelsNear(page, SUBREGION_GREY, 12);
    assert.ok(shown > hidden + 200, `subregion lines disappear (${shown} -> ${hidden} pixels)`);

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
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(externalRequests, []);
    await page.close();
  });
});
