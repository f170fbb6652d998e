import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { harnessForFile, openApp } from './harness.ts';

const harness = harnessForFile();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A/AA violations axe-core finds on the page, as short lines. */
async function violations(page: Page): Promise<string[]> {
  // Under the strict CSP an inline <script> tag is refused; evaluate runs outside it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** The text of a download started by clicking a test id. */
async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFile((await file.path())!, 'utf8');
}

describe('a region page in the browser', () => {
  it('meets WCAG 2.1 AA and exports its members as a CSV that cites its source', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&region=j-food-valley');
    await page.getByTestId('region-page-title').waitFor();
    await page.getByTestId('region-reported').waitFor();
    assert.deepEqual(await violations(page), [], 'the region page meets WCAG 2.1 AA');
    const csv = await download(page, 'csv-semicolon-region-j-food-valley');
    assert.match(csv, /^\uFEFFDeelnemende gemeenten van Food Valley/);
    assert.match(csv, /Bronnen: VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg/);
    assert.match(csv, /\r\nGM0289;Wageningen;37408;/);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
