/**
 * Journeys of issue 10 (sections 1 and 3): the incongruence tab states its criterion, counts and
 * groups every municipality and marks the map in two patterns, without stuck or contradictory
 * states; the search finds the names people type. Asserted through the DOM and the renderer hook.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { harnessForFile, mapIdle, openApp, switchLanguage } from './harness.ts';

const harness = harnessForFile();

const TAB = 'v=1&layer=jeugd_2013_10&lang=nl&tab=incongruence';
const THE_NINE = ['Eemnes', 'Lansingerland', 'Meppel', 'Nijkerk', 'Voorschoten', 'Weesp', 'Westerveld', 'Wijdemeren', 'Zeewolde'];

/** Names at the start of the sentences of one group. */
async function groupNames(page: Page, category: string): Promise<string[]> {
  const items = await page.getByTestId(`inc-group-${category}`).locator('li').allTextContents();
  return items.map((text) => text.split(':')[0].replace('▶', '').trim());
}

/** Marked municipalities the SVG renderer draws, by pattern (null when another renderer draws). */
async function drawnMarks(page: Page): Promise<{ hatch: number; dots: number } | null> {
  return page.evaluate(() => {
    const map = (window as unknown as { __regioscoopMap?: { kind: string } }).__regioscoopMap;
    if (map?.kind !== 'svg') return null;
    // No named helper inside evaluate: the test loader would wrap it in a function the page lacks.
    const [hatch, dots] = ['hatch', 'dots'].map((kind) => document.querySelectorAll(`[data-testid="map"] path[fill*="${kind}"]`).length);
    return { hatch, dots };
  });
}

describe('incongruence tab: youth (Oct 2013) against Wmo (May 2013)', () => {
  it('states the criterion, counts every category and groups all 408 municipalities with sentences naming every region', async () => {
    const { page, consoleErrors, externalRequests } = await openApp(harness, TAB);
    await page.getByTestId('inc-group-moved').locator('li').first().waitFor();
    assert.match(await page.getByTestId('inc-criterion').innerText(), /dezelfde gemeenten, de ene regio helemaal binnen de andere/);
    const counts = await page.getByTestId('inc-count').innerText();
    assert.match(counts, /Van de 408 gemeenten/);
    assert.match(counts, /15 over de grens: 9 zelf met andere partners, 6 gebleven/);
    assert.match(counts, /153 in een regio die helemaal binnen de andere ligt/);
    assert.match(counts, /240 met dezelfde partners/);
    assert.match(counts, /0 niet in elke indeling ingedeeld/);
    assert.match(counts, /4 in twee regio’s tegelijk/);

    assert.deepEqual(await groupNames(page, 'moved'), THE_NINE);
    assert.deepEqual(await groupNames(page, 'regionChanged'), ['Amersfoort', 'Baarn', 'Bunschoten', 'Leusden', 'Soest', 'Woudenberg']);
    assert.deepEqual((await groupNames(page, 'multiple')).sort(), ['Delft', 'Eemnes', 'Pijnacker-Nootdorp', 'Voorst']);
    const moved = await page.getByTestId('inc-group-moved').innerText();
    assert.match(moved, /Eemnes: jeugd met Eemland; Wmo met Gooi- en Vechtstreek en ook met Eem en Vallei/);

    // The long nested list opens on request and names both scales.
    const nested = page.getByTestId('inc-group-nested');
    assert.equal(await nested.getAttribute('open'), null, 'closed at first');
    await nested.locator('summary').click();
    assert.match(await nested.innerText(), /Helmond: jeugd met heel Zuid-Oost Brabant \(20 partners\), Wmo alleen met De Peel \(5\)/);
    assert.equal(await nested.locator('li').count(), 153);

    assert.doesNotMatch(await page.getByTestId('tabpanel-incongruence').innerText(), /Jaccard-afstand \d|verschoven tussen/, 'no jargon outside the detail');
    const distance = page.getByTestId('inc-distance');
    await distance.locator('summary').click();
    assert.match(await distance.innerText(), /0 betekent dezelfde partners, 1 geen enkele gedeelde partner/);

    await mapIdle(page);
    const legend = await page.getByTestId('legend').innerText();
    assert.match(legend, /Over de grens \(incongruent\) \(15\)/);
    assert.match(legend, /Regio binnen de andere \(andere schaal\) \(153\)/);
    const marks = await drawnMarks(page);
    if (marks) assert.deepEqual(marks, { hatch: 15, dots: 153 });

    await switchLanguage(page, 'EN');
    assert.match(await page.getByTestId('inc-group-moved').innerText(), /Eemnes: youth with Eemland; Wmo with Gooi- en Vechtstreek and also with Eem en Vallei/);
    assert.match(await page.getByTestId('legend').innerText(), /Crossing the border \(incongruent\) \(15\)/);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(externalRequests, []);
    await page.close();
  });

  it('does not ask for two divisions while two are chosen, offers no year with only one, and marks the map of the year chosen', async () => {
    const { page } = await openApp(harness, TAB);
    await page.getByTestId('inc-group-moved').locator('li').first().waitFor();
    const panel = page.getByTestId('tabpanel-incongruence');
    assert.doesNotMatch(await panel.innerText(), /Kies minstens twee/);
    assert.match(await page.getByTestId('inc-keep-two').innerText(), /blijven altijd twee indelingen gekozen/);
    const years = await page.getByTestId('inc-year').locator('option').allTextContents();
    assert.deepEqual(years, ['2011', '2012', '2013', '2014'], '2015 has a single division and used to load forever');

    await page.getByTestId('inc-year').selectOption('2014');
    await page.waitForFunction(() => /layer=[a-z_]+_2014/.test(location.hash));
    await page.getByTestId('inc-group-moved').locator('li').first().waitFor();
    assert.match(await page.getByTestId('inc-count').innerText(), /Van de 403 gemeenten/);
    assert.equal(await page.getByTestId('inc-other-year').count(), 0);
    await mapIdle(page);
    assert.match(await page.getByTestId('legend').innerText(), /Over de grens \(incongruent\) \(\d+\)/, 'the map of 2014 carries the marks');
    await page.close();
  });

  it('says so when the map shows another year, and shows the compared division on the map at a click', async () => {
    const { page } = await openApp(harness, 'v=1&layer=ggd_2014&lang=nl&tab=incongruence');
    await page.getByTestId('inc-group-moved').locator('li').first().waitFor();
    assert.match(await page.getByTestId('inc-other-year').innerText(), /De kaart toont gemeentegrenzen van 2014; de markeringen horen bij 2013/);
    await mapIdle(page);
    assert.equal(await page.getByTestId('legend-marked').count(), 0, 'nothing of 2013 is marked on the 2014 map');
    await page.getByTestId('inc-show-on-map').click();
    await page.waitForFunction(() => location.hash.includes('layer=jeugd_2013_10'));
    assert.equal(await page.getByTestId('inc-other-year').count(), 0);
    await mapIdle(page);
    assert.match(await page.getByTestId('legend-marked').innerText(), /\(15\)/);
    await page.close();
  });
});

describe('search as people type', () => {
  /** Types a query and returns the options offered. */
  async function offered(page: Page, query: string): Promise<string[]> {
    await page.getByTestId('search-input').fill(query);
    return page.getByTestId('search').getByRole('option').allInnerTexts();
  }

  it('finds "den bosch", "Den Haag" and "amsterdm", and opens the one chosen', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    await page.getByTestId('search-input').waitFor();
    assert.match((await offered(page, 'den bosch'))[0] ?? '', /^'s-Hertogenbosch GM0796, ook "Den Bosch"/);
    await page.getByTestId('search-input').press('Enter');
    assert.match(await page.getByTestId('selection').locator('h2').innerText(), /'s-Hertogenbosch/);

    assert.match((await offered(page, 'Den Haag'))[0] ?? '', /^'s-Gravenhage/);
    await page.getByTestId('search-input').press('Enter');
    assert.match(await page.getByTestId('selection').locator('h2').innerText(), /'s-Gravenhage\s+GM0518/);

    assert.match((await offered(page, 'amsterdm'))[0] ?? '', /^Amsterdam GM0363/);
    await page.getByTestId('search-input').press('Enter');
    assert.match(page.url(), /sel=GM0363/);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('finds a region and opens it through its largest member', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    const options = await offered(page, 'eemland');
    assert.match(options[0] ?? '', /^Eemland regio, 7 gemeenten/);
    await page.getByTestId('search-input').press('Enter');
    assert.match(await page.getByTestId('selection').locator('h2').innerText(), /Amersfoort/);
    assert.match(await page.getByTestId('search-status').textContent() ?? '', /Regio Eemland gekozen/);
    await page.close();
  });

  it('says visibly when nothing matches, in Dutch and in English', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    assert.deepEqual(await offered(page, 'xyzzy'), []);
    const status = page.getByTestId('search-status');
    assert.equal(await status.innerText(), 'Geen gemeente of regio gevonden voor "xyzzy".');
    assert.ok(await status.isVisible());
    await switchLanguage(page, 'EN');
    assert.equal(await status.innerText(), 'No municipality or region found for "xyzzy".');
    await page.close();
  });
});
