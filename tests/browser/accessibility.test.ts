/**
 * WCAG 2.1 A/AA checks with axe-core on the app's main views, in Dutch and English: contrast,
 * names of controls, ARIA use, landmarks. The map canvas is an image with a label and a table twin.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { mapIdle, harnessForFile } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy forbids inline script tags.
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const harness = harnessForFile();

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const views: [string, string][] = [
    ['the youth map with Eemnes selected and the table twin open, in Dutch', 'v=1&layer=jeugd_2013_10&lang=nl&sel=GM0317&table=1'],
    ['the Wmo map in English', 'v=1&layer=wmo_2013_05&lang=en'],
    ['the incongruence list of youth against Wmo', 'v=1&layer=jeugd_2013_10&lang=nl&tab=incongruence&cmp=jeugd_2013_10,wmo_2013_05'],
    ['the congruence overview', 'v=1&layer=jeugd_2013_10&lang=nl&tab=congruence'],
    ['the data overview', 'v=1&layer=jeugd_2013_10&lang=en&tab=overview'],
    ['a round whose membership is unknown', 'v=1&layer=jeugd_2012_05&lang=nl'],
  ];
  it('finds no violations on any of the main views, opened one after another in one page', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const found: string[] = [];
    for (const [i, [name, hash]] of views.entries()) {
      // Each view opens as a link does, with a fresh load: after the first, a goto that changes only
      // the hash would change the view in place, so the page is reloaded on the new hash.
      await page.goto(`${harness.baseUrl}#${hash}`);
      if (i > 0) await page.reload();
      if (!hash.includes('2012_05')) await mapIdle(page);
      else await page.getByTestId('membership-unknown').waitFor();
      // Lazy parts of the page are checked once they are there.
      if (hash.includes('table=1')) await page.getByTestId('municipality-table').waitFor();
      if (hash.includes('tab=')) await page.locator('.analysis').first().waitFor();
      await page.getByTestId('saved-list').or(page.getByTestId('saved-import')).first().waitFor();
      found.push(...(await violations(page)).map((v) => `${name}: ${v}`));
    }
    assert.deepEqual(found, []);
    await page.close();
  });
});
