import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canvasColourAt, drawnShare, mapIdle, municipalityPoint, openApp, harnessForFile } from './harness.ts';

const harness = harnessForFile();

describe('the map of the youth regions of 31 October 2013', () => {
  it('draws 408 municipalities in 42 regions with no console errors and no request leaving the machine', async () => {
    const { page, consoleErrors, externalRequests } = await openApp(harness);
    await mapIdle(page);
    assert.match(await page.getByTestId('region-count').innerText(), /42 regio's, 408 gemeenten/);
    assert.ok((await drawnShare(page)) > 0.2, 'the canvas shows polygons, not only background');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(externalRequests, []);
    await page.close();
  });

  it('shows name, CBS code and region when hovering Eemnes', async () => {
    const { page } = await openApp(harness);
    await mapIdle(page);
    const at = await municipalityPoint(page, 'GM0317');
    await page.mouse.move(at.x, at.y);
    const tooltip = await page.getByTestId('tooltip').innerText();
    assert.match(tooltip, /Eemnes/);
    assert.match(tooltip, /GM0317/);
    assert.match(tooltip, /Eemland/);
    await page.close();
  });

  it('keeps Amsterdam selected after a click and lists its region members with population', async () => {
    const { page } = await openApp(harness);
    await mapIdle(page);
    const at = await municipalityPoint(page, 'GM0363');
    await page.mouse.click(at.x, at.y);
    const selection = page.getByTestId('selection');
    assert.match(await selection.locator('h2').innerText(), /Amsterdam\s+GM0363/);
    assert.equal(await page.getByTestId('region-name').first().innerText(), 'Amsterdam-Amstelland');
    const members = await page.getByTestId('members').first().locator('tbody tr').allInnerTexts();
    assert.equal(members.length, 6);
    assert.ok(members.some((m) => /Amstelveen\s+\d{2}\.\d{3}/.test(m)), `Amstelveen with population in ${members.join(' | ')}`);
    assert.match(page.url(), /sel=GM0363/);
    await page.mouse.move(5, 5);
    assert.match(await selection.locator('h2').innerText(), /Amsterdam/, 'selection stays after the mouse leaves');
    await page.close();
  });

  it('recolours without reloading when the division switches to Wmo, GGD, police and provinces', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&sel=GM0317');
    await mapIdle(page);
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));
    // Eemnes and Huizen: youth in Eemland and Gooi- en Vechtstreek (neighbours, other colours); Wmo both in Gooi- en Vechtstreek.
    const colours = async () => [await canvasColourAt(page, await municipalityPoint(page, 'GM0317')), await canvasColourAt(page, await municipalityPoint(page, 'GM0406'))];
    const [eemnesYouth, huizenYouth] = await colours();
    assert.notDeepEqual(eemnesYouth, huizenYouth);
    assert.equal(await page.getByTestId('region-name').first().innerText(), 'Eemland');

    await page.getByTestId('division').selectOption('wmo');
    await mapIdle(page);
    assert.match(await page.getByTestId('region-count').innerText(), /43 regio's/);
    assert.equal(await page.getByTestId('region-name').first().innerText(), 'Gooi- en Vechtstreek');
    assert.equal(await page.getByTestId('region-name').nth(1).innerText(), 'Eem en Vallei', 'Eemnes is also in a second Wmo region');
    const [eemnesWmo, huizenWmo] = await colours();
    assert.deepEqual(eemnesWmo, huizenWmo, 'the map recoloured: Eemnes now shares Huizen\'s region colour');

    for (const [domain, count, region] of [['ggd', 28, 'GGD Midden-Nederland'], ['politie', 10, 'Midden-Nederland'], ['provincie', 12, 'Utrecht']] as const) {
      await page.getByTestId('division').selectOption(domain);
      await mapIdle(page);
      assert.match(await page.getByTestId('region-count').innerText(), new RegExp(`${count} regio's`));
      assert.equal(await page.getByTestId('region-name').first().innerText(), region);
    }
    const utrecht = await canvasColourAt(page, await municipalityPoint(page, 'GM0317'));
    const noordHolland = await canvasColourAt(page, await municipalityPoint(page, 'GM0363'));
    assert.notDeepEqual(utrecht, noordHolland, 'Utrecht and Noord-Holland (neighbours) differ in colour');
    assert.deepEqual(navigations.filter((u) => !u.includes('#')), [], 'no page reload');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('offers the map as a sortable table of 408 municipalities whose rows select by keyboard', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    await page.getByTestId('toggle-table').click();
    const table = page.getByTestId('municipality-table');
    // The table twin is a lazy chunk: count its rows once it is there.
    await table.locator('tbody tr').first().waitFor();
    assert.equal(await table.locator('tbody tr').count(), 408);
    assert.match(page.url(), /table=1/);
    await table.getByRole('button', { name: 'Sorteren op Regio' }).click();
    assert.equal(await table.locator('th[aria-sort="ascending"]').innerText(), 'Regio ▲');
    const first = await table.locator('tbody tr').first().locator('td').allInnerTexts();
    assert.equal(first[2], 'Achterhoek', `first row sorted by region: ${first.join(' | ')}`);
    assert.match(first[4], /afgeleid|in de tekst/, 'the confidence of the membership is shown');
    const eemnes = table.getByRole('button', { name: 'Eemnes', exact: true });
    await eemnes.focus();
    await page.keyboard.press('Enter');
    assert.match(await page.getByTestId('selection').locator('h2').innerText(), /Eemnes\s+GM0317/);
    assert.equal(await table.locator('tr[aria-selected="true"] td').first().innerText(), '▶ Eemnes', 'the selected row is marked, not by colour alone');
    await page.close();
  });

  it('opens a malformed link as the default view with a notice', async () => {
    const { page } = await openApp(harness, 'v=1&layer=nonsense');
    await mapIdle(page);
    assert.match(await page.getByRole('alert').first().innerText(), /nonsense/);
    assert.match(await page.getByTestId('region-count').innerText(), /42 regio's/);
    await page.close();
  });
});
