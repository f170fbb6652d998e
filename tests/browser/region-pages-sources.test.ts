import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { harnessForFile, openApp, switchLanguage } from './harness.ts';

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

/** What the side panel shows (closed "technische bron" details are not rendered, so not in it). */
const panelText = (page: Page) => page.locator('#panel').innerText();

// File names and paths are the technical reference only, never the visible source.
const FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt|\.\.\/shared|data\/cbs\/|\.csv\b/;
// Phrases of the data's notes, evidence and reasons in one language that must not show in the other.
const ENGLISH_NOTES = [/\bWmo list\b/, /\bWmo with\b/, /\bWmo \(AWBZ\) with\b/, /not named in the text/, /\bundecidable\b/, /\bcarried over\b/, /stated in the text/, /other reading/, /Likely reason/, /\bThe figure\b/];
const DUTCH_NOTES = [/Wmo-ledenlijst/, /\bWmo met\b/, /\bWmo \(AWBZ\) met\b/, /niet genoemd in de tekst/, /niet te beslissen/, /overgenomen indeling/, /in de tekst/, /andere lezing/, /Waarschijnlijke reden/, /\bHet cijfer\b/];

describe('region pages and sources', () => {
  it('opens a region page from a link: members with CBS code and population, printed and computed side by side, the doubt, and the link kept', async () => {
    const { page, consoleErrors } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&region=j-food-valley');
    await page.getByTestId('region-page-title').waitFor();
    assert.equal(await page.getByTestId('region-page-title').innerText(), 'Food Valley');
    const members = await page.getByTestId('region-members').innerText();
    assert.match(members, /GM0289\s+Wageningen\s+37\.408/);
    assert.match(members, /Totaal\s+337\.712/);
    await page.getByTestId('region-reported').waitFor();
    assert.equal(await page.getByTestId('region-reported').innerText(), '296.390');
    assert.equal(await page.getByTestId('region-difference').innerText(), '-41.322 (-12,2 %)', 'Dutch number formatting');
    assert.match(await page.getByTestId('region-likely-reason').innerText(), /niet te beslissen/);
    assert.match(await page.getByTestId('region-doubts').innerText(), /Wageningen: ingedeeld bij Food Valley; andere lezing: Arnhem/);
    assert.match(await page.getByTestId('region-changes').innerText(), /Derde inventarisatie.*dezelfde deelnemers/);
    assert.match(page.url(), /region=j-food-valley/);
    assert.deepEqual(await violations(page), [], 'the region page meets WCAG 2.1 AA');
    const csv = await download(page, 'csv-semicolon-region-j-food-valley');
    assert.match(csv, /^\uFEFFDeelnemende gemeenten van Food Valley/);
    assert.match(csv, /Bronnen: VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg/);
    assert.match(csv, /\r\nGM0289;Wageningen;37408;/);
    await page.getByTestId('close-region-page').click();
    assert.doesNotMatch(page.url(), /region=/);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('shows every source as a citation (publisher, title, date, Kamerstuk), the file only in a "technische bron" detail', async () => {
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&region=j-food-valley&sel=GM0289');
    await page.getByTestId('region-sources').waitFor();
    const sources = await page.getByTestId('region-sources').innerText();
    assert.match(sources, /VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg\. Vierde inventarisatie .* Kamerstukken II 2013\/14, 31 839, nr\. 343/);
    assert.match(sources, /Eerste inventarisatie regionale samenwerking nieuwe Wmo-taken/);
    await page.getByTestId('membership-provenance').first().waitFor();
    assert.doesNotMatch(await panelText(page), FILE_NAME, 'no file names outside the technical detail');
    const detail = page.getByTestId('layer-source').locator('details');
    await detail.locator('summary').click();
    assert.match(await detail.innerText(), /seeds\/000_a8adfdf92dd4663a\.txt, Regio's per provincie/);
    // A CBS division-year carried over from another year says so.
    await page.goto(`${harness.baseUrl}#v=1&layer=zorgkantoor_2013&lang=nl`);
    await page.getByTestId('layer-status').waitFor();
    assert.match(await page.getByTestId('layer-status').innerText(), /overgenomen indeling van een ander jaar/);
    assert.match(await page.getByTestId('layer-source').innerText(), /^CBS \(2011–2015\)\. Gebiedsindelingen/);
    await page.close();
  });

  it('shows the data notes in one language at a time: no English ones in the Dutch UI, no Dutch ones in the English UI', async () => {
    // Eemnes (notes, evidence), Food Valley (a contradiction, a doubt) and the layer notes.
    const { page } = await openApp(harness, 'v=1&layer=jeugd_2013_10&lang=nl&region=j-food-valley&sel=GM0317');
    await page.getByTestId('membership-note').waitFor();
    await page.getByTestId('region-likely-reason').waitFor();
    await page.locator('#panel details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const nl = await panelText(page);
    assert.match(nl, /Wmo \(AWBZ\) met Gooi- en Vechtstreek/);
    for (const phrase of ENGLISH_NOTES) assert.doesNotMatch(nl, phrase, `English in the Dutch UI: ${phrase}`);
    await switchLanguage(page, 'EN');
    await page.getByTestId('membership-note').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="membership-note"]')?.textContent?.includes('with'));
    await page.locator('#panel details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const en = await panelText(page);
    assert.match(en, /Wmo \(AWBZ\) with Gooi- en Vechtstreek/);
    assert.match(en, /Likely reason/);
    for (const phrase of DUTCH_NOTES) assert.doesNotMatch(en, phrase, `Dutch in the English UI: ${phrase}`);
    await page.close();
  });
});
