import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapIdle, openApp, harnessForFile, switchLanguage } from './harness.ts';

const harness = harnessForFile();

describe('presenting', () => {
  it('saves a view, presents it in large type with the controls hidden, steps with the arrow keys, leaves with Escape, and keeps it after a reload', async () => {
    // Stepping through several views (scene, camera, titles) is specified in tests/unit/ui/app-present.test.tsx.
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    await mapIdle(page);
    await page.getByTestId('save-view').click();
    await page.getByTestId('division').selectOption('provincie');
    await mapIdle(page);
    await page.getByTestId('presenter-start').click();
    const presenter = page.getByTestId('presenter');
    await presenter.waitFor();
    assert.equal(await page.locator('.topbar').isVisible(), false, 'controls are hidden');
    assert.equal(await page.locator('#panel').isVisible(), false);
    assert.ok(await page.getByTestId('map').isVisible());
    assert.ok(await page.getByTestId('presenter-chart').isVisible(), 'the chart slot is shown');
    assert.match(await page.evaluate(() => document.documentElement.dataset.fullscreen ?? ''), /^(yes|refused)$/);
    for (const selector of ['[data-testid="presenter-title"]', '.presenter-hint', '.presenter-source', '.presenter-chart .recharts-cartesian-axis-tick-label text', '.legend li']) {
      const size = await page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(size >= 24, `${selector} is ${size}px`);
    }
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('presenter-step').filter({ hasText: 'Weergave 1 van 1' }).waitFor();
    await mapIdle(page);
    assert.match(await page.getByTestId('presenter-title').innerText(), /Vierde inventarisatie/);

    await page.keyboard.press('Escape');
    await page.locator('.topbar').waitFor();
    assert.equal(await presenter.count(), 0, 'Escape leaves presenter mode');
    assert.doesNotMatch(page.url(), /presenter/);

    await page.reload();
    await mapIdle(page);
    // The saved-views panel is a lazy chunk at the foot of the side panel: wait for it.
    await page.getByTestId('saved-list').locator('li').first().waitFor();
    assert.equal(await page.getByTestId('saved-list').locator('li').count(), 1, 'the saved view survives a reload');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

});

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
