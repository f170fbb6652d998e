import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canvasColourAt, mapIdle, municipalityPoint, openApp, harnessForFile } from './harness.ts';
import { coloursAround, pixelsNear, settled } from './exploreHarness.ts';

const harness = harnessForFile();

const GGD_RED: [number, number, number] = [0xb2, 0x18, 0x2b];

describe('map layers', () => {
  it('outlines GGD and police regions over the youth map, each with its own legend line, and a copied link reopens it', async () => {
    const { page, consoleErrors, externalRequests } = await openApp(harness);
    await mapIdle(page);
    assert.ok((await pixelsNear(page, GGD_RED)) < 50, 'no GGD outline before it is switched on');
    await page.getByTestId('overlay-ggd').check();
    await page.getByTestId('overlay-politie').check();
    await settled(page);
    assert.ok((await pixelsNear(page, GGD_RED)) > 500, 'the GGD outline is drawn in its dashed red');
    const legend = await page.getByTestId('legend-overlay').allInnerTexts();
    assert.deepEqual(legend.map((l) => l.split(':')[0].trim()), ['GGD', 'Politie']);
    assert.match(page.url(), /ov=ggd_2013%2Cpolitie_eenheid_2013/);

    const amsterdam = await municipalityPoint(page, 'GM0363');
    const opaque = await canvasColourAt(page, amsterdam);
    await page.getByTestId('fill-opacity').fill('30');
    await settled(page);
    const faint = await canvasColourAt(page, amsterdam);
    assert.notDeepEqual(faint, opaque, 'the fill got fainter');
    assert.match(page.url(), /op=30/);

    const { page: copy } = await openApp(harness, new URL(page.url()).hash.slice(1));
    await mapIdle(copy);
    await settled(copy);
    assert.equal(await copy.getByTestId('legend-overlay').count(), 2);
    assert.equal(await copy.getByTestId('fill-opacity').inputValue(), '30');
    assert.ok(await copy.getByTestId('overlay-ggd').isChecked());
    assert.ok((await pixelsNear(copy, GGD_RED)) > 500, 'the reopened link draws the outline too');

    await page.goBack();
    await settled(page);
    assert.doesNotMatch(page.url(), /op=30/, 'back undoes the opacity change');
    assert.equal(await page.getByTestId('fill-opacity').inputValue(), '90');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(externalRequests, []);
    await copy.close();
    await page.close();
  });

  it('draws Wmo 2013 subregion borders and hides them with the switch', async () => {
    const { page } = await openApp(harness, 'v=1&layer=wmo_2013_05&lang=nl');
    await mapIdle(page);
    await settled(page);
    const subregionGrey: [number, number, number] = [0x3e, 0x4c, 0x59];
    const shown = await pixelsNear(page, subregionGrey, 12);
    await page.getByTestId('subregions').uncheck();
    await settled(page);
    const hidden = await pixelsNear(page, subregionGrey, 12);
    assert.ok(shown > hidden + 200, `subregion lines disappear (${shown} -> ${hidden} pixels)`);
    assert.match(page.url(), /sub=0/);
    await page.close();
  });

  it('opens a link with an unknown outline as the default view with a notice', async () => {
    const { page } = await openApp(harness, 'v=1&layer=ggd_2013&ov=nonsense');
    await mapIdle(page);
    assert.match(await page.getByRole('alert').first().innerText(), /nonsense/);
    assert.equal(await page.getByTestId('legend-overlay').count(), 0);
    await page.close();
  });
});

describe('compare mode', () => {
  it('marks and lists Weesp and Wijdemeren moving to Utrecht-West and West-Brabant splitting, May vs October 2013', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    await mapIdle(page);
    const weesp = await municipalityPoint(page, 'GM0457');
    const plain = await coloursAround(page, weesp, 5);
    await page.getByTestId('compare-with').selectOption('jeugd_2013_05');
    await settled(page);
    const moved = await page.getByTestId('moved-list').locator('li').allInnerTexts();
    assert.deepEqual(moved, ['Weesp: Gooi- en Vechtstreek → Utrecht-West', 'Wijdemeren: Gooi- en Vechtstreek → Utrecht-West']);
    assert.match(await page.getByTestId('region-changes').innerText(), /West-Brabant gesplitst in West-Brabant-Oost, West-Brabant-West/);
    assert.match(await page.getByTestId('legend-marked').innerText(), /Andere regio dan in Derde inventarisatie .*voorjaar 2013.* \(20\)/);
    const hatched = await coloursAround(page, weesp, 5);
    assert.ok(hatched > plain, `Weesp is hatched (${plain} -> ${hatched} colours)`);
    assert.match(page.url(), /rnd=jeugd_2013_05/);

    await page.getByTestId('moved-list').getByRole('button', { name: 'Wijdemeren' }).click();
    assert.match(await page.getByTestId('selection').locator('h2').innerText(), /Wijdemeren\s+GM1696/);
    assert.match(page.url(), /sel=GM1696/);

    await page.getByTestId('division').selectOption('ggd');
    await mapIdle(page);
    assert.doesNotMatch(page.url(), /rnd=/, 'switching domain ends the comparison');
    assert.equal(await page.getByTestId('legend-marked').count(), 0);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('compares the CBS youth regions of 2015 with October 2013 across municipal mergers, from a link', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugdregio_2015&lang=nl&rnd=jeugd_2013_10');
    await mapIdle(page);
    await page.getByTestId('followed-list').waitFor();
    const moved = await page.getByTestId('moved-list').locator('li').allInnerTexts();
    assert.equal(moved.length, 2, moved.join(' | '));
    assert.match(moved.join(' | '), /Voorschoten: .* → /);
    assert.match(moved.join(' | '), /Wageningen: .* → /);
    const followed = await page.getByTestId('followed-list').innerText();
    assert.match(followed, /Boskoop \(Holland Rijnland\) ging op in Alphen aan den Rijn/);
    assert.match(await page.getByTestId('compare').locator('h3').first().innerText(), /Verhuisd \(2\)/);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
