import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canvasColourAt, drawnShare, mapIdle, municipalityPoint, openApp, harnessForFile } from './harness.ts';

const harness = harnessForFile();

describe('the map of the youth regions of 31 October 2013', () => {
  it('draws 408 municipalities in 42 regions with no console errors and no request leaving the machine; hover shows the tooltip; a division switch repaints', async () => {
    const { page, consoleErrors, externalRequests } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    await mapIdle(page);
    assert.match(await page.getByTestId('region-count').innerText(), /42 regio's, 408 gemeenten/);
    assert.ok((await drawnShare(page)) > 0.2, 'the canvas shows polygons, not only background');

    const eemnes = await municipalityPoint(page, 'GM0317');
    await page.mouse.move(eemnes.x, eemnes.y);
    assert.match(await page.getByTestId('tooltip').innerText(), /Eemnes[\s\S]*GM0317[\s\S]*Eemland/);
    await page.mouse.move(5, 5);

    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));
    // Eemnes and Huizen: youth in Eemland and Gooi- en Vechtstreek (neighbours, other colours); Wmo both in Gooi- en Vechtstreek.
    const colours = async () => [await canvasColourAt(page, await municipalityPoint(page, 'GM0317')), await canvasColourAt(page, await municipalityPoint(page, 'GM0406'))];
    const [eemnesYouth, huizenYouth] = await colours();
    assert.notDeepEqual(eemnesYouth, huizenYouth);
    await page.getByTestId('division').selectOption('wmo');
    await page.waitForFunction(() => /43 regio's/.test(document.querySelector('[data-testid="region-count"]')?.textContent ?? ''));
    await mapIdle(page);
    const [eemnesWmo, huizenWmo] = await colours();
    assert.deepEqual(eemnesWmo, huizenWmo, 'the map repainted: Eemnes now shares Huizen\'s region colour');
    assert.deepEqual(navigations.filter((u) => !u.includes('#')), [], 'no page reload');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(externalRequests, []);
    await page.close();
  });
});
