import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mapIdle, openApp, harnessForFile, switchLanguage } from './harness.ts';
import { settled } from './exploreHarness.ts';

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

  it('exports the map with legend, title and source as a 1920 × 1080 PNG that is not blank', async () => {
    const { page } = await openApp(harness, 'v=1&layer=wmo_2013_05&lang=nl&ov=ggd_2013');
    await mapIdle(page);
    await settled(page);
    await page.getByTestId('export-png').click();
    const save = page.getByTestId('export-save-png');
    await page.getByTestId('export-preview').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    assert.equal(download.suggestedFilename(), 'regioscoop-wmo_2013_05-1920x1080.png');
    const png = await readFile((await download.path())!);
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(png.readUInt32BE(16), 1920);
    assert.equal(png.readUInt32BE(20), 1080);
    const stats = await page.evaluate(async (dataUrl) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, img.width, img.height).data;
      const colours = new Set<number>();
      let notWhite = 0;
      for (let i = 0; i < d.length; i += 16) {
        if (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245) notWhite++;
        colours.add(((d[i] >> 4) << 8) | ((d[i + 1] >> 4) << 4) | (d[i + 2] >> 4));
      }
      // Title band (top left) and legend column (right of the country, so in the right half) carry ink too.
      const title = ctx.getImageData(40, 20, 600, 60).data.some((v, i) => i % 4 === 0 && v < 100);
      const legend = ctx.getImageData(1100, 120, 780, 300).data.some((v, i) => i % 4 === 0 && v < 100);
      return { share: notWhite / (d.length / 16), colours: colours.size, title, legend };
    }, `data:image/png;base64,${png.toString('base64')}`);
    assert.ok(stats.share > 0.15, `the image is not blank (${(stats.share * 100).toFixed(1)}% drawn)`);
    assert.ok(stats.colours > 8, `the map's colours are in it (${stats.colours})`);
    assert.ok(stats.title && stats.legend, 'title and legend are drawn');
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
