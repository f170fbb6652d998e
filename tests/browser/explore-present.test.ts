import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapIdle, openApp, harnessForFile, switchLanguage } from './harness.ts';

const harness = harnessForFile();

describe('keyboard and language', () => {
  it('reaches the division, round and search by Tab with a visible focus ring, and switches to English', async () => {
    const { page } = await openApp(harness);
    await mapIdle(page);
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid ?? document.activeElement!.tagName));
    }
    assert.deepEqual(order, ['A', 'division', 'round', 'search-input']);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none');
    await switchLanguage(page, 'EN');
    assert.match(await page.getByTestId('layer-panel').locator('h2').innerText(), /Map layers/);
    assert.ok(await page.getByRole('combobox', { name: 'Find municipality' }).isVisible());
    await page.close();
  });
});
