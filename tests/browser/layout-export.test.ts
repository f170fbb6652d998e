/** The keyboard region mode and the table twin (the rest moved to journeys/). */import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { mapIdle, openApp, harnessForFile } from './harness.ts';

const harness = harnessForFile();
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  });
  return found.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('keyboard region mode and the table twin', () => {
  it('lists every region as a button, moves with the arrow keys and selects with Enter; axe finds nothing', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl');
    await mapIdle(page);
    assert.match(await page.getByTestId('map-summary').innerText(), /42 regio's; grootste Rijnmond, 1,27 mln inwoners/);
    await page.getByTestId('region-keys-toggle').focus();
    await page.keyboard.press('Enter');
    const buttons = page.locator('.region-key-list button');
    assert.equal(await buttons.count(), 42);
    await page.keyboard.press('Tab');
    assert.match(await page.evaluate(() => document.activeElement!.textContent!), /^Achterhoek/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.match(await page.evaluate(() => document.activeElement!.textContent!), /^Arnhem\d+ gemeenten, [\d.]+ inwoners$/);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    const name = (await page.evaluate(() => document.activeElement!.querySelector('strong')!.textContent!))!;
    await page.keyboard.press('Enter');
    await page.getByTestId('selection').waitFor();
    assert.equal(await page.getByTestId('region-name').first().innerText(), name);
    assert.equal(await page.locator('.region-key-list button[aria-current="true"] strong').innerText(), name);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByTestId('toggle-table').click();
    // The table twin is a lazy chunk: focus moves once it is there.
    await page.getByTestId('municipality-table').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'table-twin-title', 'focus moves to the table');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid^="csv-semicolon-gemeenten"]').click()]);
    const text = await readFile((await csv.path())!, 'utf8');
    // Title and cited sources first, an empty line, then the header and one row per municipality.
    const table = text.split(/\r?\n\r?\n/)[1];
    assert.equal(table.trim().split('\n').length, 409, 'header and 408 municipalities');
    assert.match(text, /GM0317;Eemnes;[^;]*;Eemland;/);
    assert.match(text, /Vierde inventarisatie regionale samenwerking jeugd/, 'the source is cited');
    await page.close();
  });
});

