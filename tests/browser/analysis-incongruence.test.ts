import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { mapIdle, municipalityPoint, openApp, harnessForFile } from './harness.ts';

const harness = harnessForFile();

const INCONGRUENCE = 'v=1&layer=jeugd_2013_10&lang=nl&tab=incongruence';

/** Clicks an export button and returns the downloaded file's text. */
async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('incongruence mode: youth (Oct 2013) against Wmo (May 2013)', () => {
  it('draws the marks in two patterns, scrolls the list to a municipality clicked on the map, and exports the whole classification as comma and semicolon CSV', async () => {
    const { page, consoleErrors, externalRequests } = await openApp(harness, INCONGRUENCE);
    const list = page.getByTestId('inc-list');
    await list.locator('li').first().waitFor();
    await mapIdle(page);
    // The SVG renderer draws each marked municipality with its pattern (15 crossing, 153 nested).
    const [hatch, dots] = await page.evaluate(() => ['hatch', 'dots'].map((kind) => document.querySelectorAll(`[data-testid="map"] path[fill*="${kind}"]`).length));
    assert.deepEqual({ hatch, dots }, { hatch: 15, dots: 153 });
    const meppel = await municipalityPoint(page, 'GM0119');
    await page.mouse.click(meppel.x, meppel.y);
    await page.waitForFunction(() => document.querySelector('li[data-code="GM0119"]')?.getAttribute('aria-current') === 'true');
    const inView = await list.locator('li[data-code="GM0119"]').evaluate((li) => {
      const box = li.closest('[data-testid="inc-list"]')!.getBoundingClientRect();
      const r = li.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    assert.ok(inView, 'the list scrolled to Meppel');

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
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(externalRequests, []);
    await page.close();
  });

});
