/** What only a browser shows of the link: the skip link keeps the view (the rest moved to journeys/). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { harnessForFile, mapIdle, openApp } from './harness.ts';

const harness = harnessForFile();

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
