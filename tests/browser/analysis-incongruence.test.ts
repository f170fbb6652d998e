import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { mapIdle, municipalityPoint, openApp, harnessForFile, switchLanguage } from './harness.ts';

const harness = harnessForFile();

const INCONGRUENCE = 'v=1&layer=jeugd_2013_10&lang=nl&tab=incongruence';
const KNOWN = ['Eemnes', 'Meppel', 'Westerveld', 'Zeewolde', 'Nijkerk', 'Lansingerland', 'Voorschoten'];

/** Clicks an export button and returns the downloaded file's text. */
async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('incongruence mode: youth (Oct 2013) against Wmo (May 2013)', () => {
  it('explains each incongruent municipality in a Dutch sentence, ranked, and marks them on the map', async () => {
    const { page, consoleErrors, externalRequests } = await openApp(harness, INCONGRUENCE);
    const list = page.getByTestId('inc-list');
    await list.locator('li').first().waitFor();
    const items = await list.locator('li').allInnerTexts();
    for (const name of KNOWN) assert.ok(items.some((i) => i.startsWith(`${name}: `)), `${name} in the list`);
    assert.ok(items.some((i) => i.startsWith('Eemnes: jeugd met Eemland; Wmo met Gooi- en Vechtstreek en ook met Eem en Vallei')), items.join('\n'));
    assert.match(await page.getByTestId('inc-count').innerText(), /15 over de grens/);
    await mapIdle(page);
    assert.match(await page.locator('.legend').innerText(), /Over de grens \(incongruent\) \(15\)/, 'the legend explains the hatching of the marked municipalities');
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(externalRequests, []);
    await page.close();
  });

  it('highlights and scrolls to the list item of a municipality clicked on the map, and selects on the map from the list', async () => {
    const { page } = await openApp(harness, INCONGRUENCE);
    const list = page.getByTestId('inc-list');
    await list.locator('li').first().waitFor();
    await mapIdle(page);
    const meppel = await municipalityPoint(page, 'GM0119');
    await page.mouse.click(meppel.x, meppel.y);
    await page.waitForFunction(() => document.querySelector('li[data-code="GM0119"]')?.getAttribute('aria-current') === 'true');
    const inView = await list.locator('li[data-code="GM0119"]').evaluate((li) => {
      const box = li.closest('[data-testid="inc-list"]')!.getBoundingClientRect();
      const r = li.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    assert.ok(inView, 'the list scrolled to Meppel');

    await list.getByRole('button', { name: /^Eemnes: / }).first().click();
    assert.match(await page.getByTestId('selection').locator('h2').innerText(), /Eemnes\s+GM0317/);
    assert.match(page.url(), /sel=GM0317/);
    assert.equal(await list.locator('li[data-code="GM0317"]').first().getAttribute('aria-current'), 'true');
    assert.equal(await list.locator('li[data-code="GM0119"]').getAttribute('aria-current'), null, 'Meppel is no longer highlighted');
    const partners = await list.locator('li[data-code="GM0317"]').first().getByTestId('inc-partners').innerText();
    assert.match(partners, /alleen bij jeugd: [^;]*Amersfoort/, 'the partners only youth gives Eemnes are named');
    assert.match(partners, /alleen bij Wmo: [^;]*Hilversum/);
    await page.close();
  });

  it('speaks English after switching the language, and compares three rounds from a link', async () => {
    const { page } = await openApp(harness, `${INCONGRUENCE}&cmp=jeugd_2013_05,jeugd_2013_10,wmo_2013_05`);
    const list = page.getByTestId('inc-list');
    await list.locator('li').first().waitFor();
    const dutch = await list.locator('li').allInnerTexts();
    assert.ok(dutch.some((i) => i.startsWith('Eemnes: jeugd mei 2013 met Eemland; jeugd okt. 2013 met Eemland; Wmo met Gooi- en Vechtstreek en ook met Eem en Vallei')), dutch.join('\n'));
    assert.equal(await page.getByTestId('inc-layer-wmo_2013_05').isChecked(), true);
    await switchLanguage(page, 'EN');
    const english = await list.locator('li').allInnerTexts();
    assert.ok(english.some((i) => i.startsWith('Eemnes: youth May 2013 with Eemland; youth Oct 2013 with Eemland; Wmo with Gooi- en Vechtstreek and also with Eem en Vallei')), english.join('\n'));
    await page.getByTestId('inc-layer-jeugd_2013_05').uncheck();
    await page.waitForFunction(() => !location.hash.includes('jeugd_2013_05'));
    assert.ok((await list.locator('li').allInnerTexts()).some((i) => i.startsWith('Eemnes: youth with Eemland; Wmo with')));
    await page.close();
  });

  it('exports the whole classification as comma CSV and as semicolon CSV with decimal commas, both UTF-8 with BOM', async () => {
    const { page } = await openApp(harness, INCONGRUENCE);
    await page.getByTestId('inc-list').locator('li').first().waitFor();
    const comma = await download(page, 'csv-comma-incongruence');
    assert.equal(comma.name, 'regioscoop-incongruence.csv');
    assert.equal(comma.text.charCodeAt(0), 0xfeff, 'starts with a BOM');
    const lines = comma.text.slice(1).trimEnd().split('\r\n');
    assert.equal(
      lines[0],
      'cbs_code,gemeente,categorie,categorie_uitleg,in_twee_regios,uitleg,regio jeugd_2013_10,partners jeugd_2013_10,ook_in jeugd_2013_10,regio wmo_2013_05,partners wmo_2013_05,ook_in wmo_2013_05,jaccard_afstand_max,inwoners',
    );
    assert.equal(lines.length, 408 + 1, 'one line per municipality of 2013');
    assert.ok(
      lines.some((l) => /^GM0317,Eemnes,moved,[^,]+,ja,Eemnes: jeugd met Eemland; Wmo met Gooi- en Vechtstreek en ook met Eem en Vallei,Eemland,\d+,,Gooi- en Vechtstreek,\d+,Eem en Vallei,1,\d+$/.test(l)),
      lines.filter((l) => l.includes('GM0317')).join('\n'),
    );

    const semicolon = await download(page, 'csv-semicolon-incongruence');
    assert.equal(semicolon.name, 'regioscoop-incongruence-nl.csv');
    assert.equal(semicolon.text.charCodeAt(0), 0xfeff);
    assert.match(semicolon.text.split('\r\n').find((l) => l.startsWith('GM1696;'))!, /;0,\d+;\d+$/, 'Wijdemeren: Jaccard distance with a decimal comma');
    await page.close();
  });

  it('shows the list before the map has drawn: MapLibre\'s worker is held back', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/maplibre-gl-worker/, async (route) => {
      await held;
      await route.continue();
    });
    // Forced onto MapLibre (the renderer with a worker) by the support-desk parameter.
    await page.goto(`${harness.baseUrl}?renderer=maplibre#${INCONGRUENCE}`);
    const list = page.getByTestId('inc-list');
    await list.getByRole('button', { name: /^Zeewolde: / }).click();
    assert.match(await page.getByTestId('selection').locator('h2').innerText(), /Zeewolde/);
    const drawn = await page.evaluate(() => Boolean((window as unknown as { __regioscoopMap?: unknown }).__regioscoopMap) && document.querySelector('[data-testid="map"] canvas') !== null);
    const idle = await page.evaluate(() => {
      const map = (window as unknown as { __regioscoopMap?: { idle(): Promise<void> } }).__regioscoopMap;
      return map ? Promise.race([map.idle().then(() => 'idle'), new Promise((r) => setTimeout(() => r('busy'), 300))]) : 'no map';
    });
    assert.notEqual(idle, 'idle', `the map has not finished drawing (canvas: ${drawn})`);
    release();
    await page.close();
  });
});
