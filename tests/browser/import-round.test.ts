/** Journey: import a round in the browser, find it after a reload, and a hostile file leaves it intact. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { harnessForFile, mapIdle, openApp } from './harness.ts';
import { youthOct2013AsNames } from '../unit/import/fixtures.ts';

const harness = harnessForFile();
const dir = mkdtempSync(join(tmpdir(), 'regioscoop-import-'));

/** Writes a file, opens "Ronde importeren", chooses the file and waits for the validation report. */
async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  const path = join(dir, name);
  writeFileSync(path, text);
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId('report-summary').waitFor();
}

/** Fills in title, reference date and source, saves, and waits for the round in the list. */
async function saveRound(page: Page, title: string, source: string): Promise<void> {
  await page.getByTestId('meta-title').fill(title);
  await page.getByTestId('meta-date').fill('2013-10-31');
  await page.getByTestId('meta-source').fill(source);
  await page.getByTestId('import-save').click();
  await page.getByTestId('imported-round').waitFor();
}

test('imports youth Oct 2013 as semicolon CSV with names, equal to the shipped layer; survives a reload; a hostile file changes nothing', async () => {
  const { page, consoleErrors } = await openApp(harness);
  await chooseFile(page, 'jeugd-okt-2013.csv', youthOct2013AsNames().text);
  assert.match(await page.getByTestId('report-summary').innerText(), /^0 fout\(en\).*42 regio's, 408 gemeenten/);
  await saveRound(page, 'Jeugd okt 2013 (import)', 'VNG, vierde inventarisatie, 31 oktober 2013');
  const layerId = await page.getByTestId('imported-round').getAttribute('data-layer');
  assert.ok(layerId?.startsWith('import-'));
  assert.match(await page.getByTestId('region-count').innerText(), /42 regio's, 408 gemeenten/);
  // Equal to the shipped layer: compared with it, no municipality is in another region.
  await page.getByTestId('compare-with').selectOption('jeugd_2013_10');
  await page.getByTestId('compare-summary').waitFor();
  assert.match(await page.getByTestId('compare-summary').innerText(), /: 0 gemeenten in een andere regio/);

  await page.reload();
  await page.getByTestId('imported-round').waitFor();
  assert.equal(await page.getByTestId('imported-round').getAttribute('data-layer'), layerId);

  const hostile = join(dir, 'kwaad.csv');
  writeFileSync(hostile, 'Gemeente;Regio\n<script>alert(1)</script>;"open\n');
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles(hostile);
  await page.getByTestId('import-rejection').waitFor();
  assert.match(await page.getByTestId('import-rejection').innerText(), /Rij 2/);
  assert.equal(await page.getByTestId('import-save').isDisabled(), true);
  await page.keyboard.press('Escape');
  await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('imported-round').count(), 1);
  assert.deepEqual(consoleErrors, []);
});

test('a file with three unknown names: the dialog lists them with suggestions, and the round saves once they are fixed', async () => {
  const { page, consoleErrors } = await openApp(harness);
  const typos = new Map([['Amersfoort', 'Amersfort'], ['Zwolle', 'Zwole'], ['Groningen', 'Groninge']]);
  let text = youthOct2013AsNames().text;
  for (const [name, typo] of typos) text = text.replace(`\n${name};`, `\n${typo};`);
  await chooseFile(page, 'drie-fouten.csv', text);
  assert.match(await page.getByTestId('report-summary').innerText(), /^3 fout\(en\)/);
  assert.equal(await page.getByTestId('import-save').isDisabled(), true, 'errors block saving');
  const fixes = page.getByTestId('name-fix');
  assert.deepEqual((await fixes.evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).sort(), [...typos.values()].sort());
  for (const [name, typo] of typos) {
    const select = page.locator(`[data-testid="name-fix"][data-name="${typo}"]`);
    // The first suggestion is the municipality meant.
    const suggestion = await select.locator('optgroup').first().locator('option').first().innerText();
    assert.ok(suggestion.startsWith(name), `${typo}: suggested ${suggestion}`);
    await select.selectOption({ index: 1 });
  }
  await page.getByTestId('report-summary').filter({ hasText: /^0 fout/ }).waitFor();
  assert.match(await page.getByTestId('report-summary').innerText(), /42 regio's, 408 gemeenten/);
  await saveRound(page, 'Jeugd met drie verbeterde namen', 'Eigen bestand');
  assert.match(await page.getByTestId('region-count').innerText(), /42 regio's, 408 gemeenten/);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('exports the workspace, clears the browser storage, and imports the workspace again (twice adds nothing)', async () => {
  const { page, consoleErrors } = await openApp(harness);
  await chooseFile(page, 'werkruimte.csv', youthOct2013AsNames().text);
  await saveRound(page, 'Jeugd voor de werkruimte', 'Eigen bestand');
  await mapIdle(page);
  await page.getByLabel('Titel').fill('Mijn import');
  await page.getByTestId('save-view').click();
  const link = page.url();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-workspace').click()]);
  const file = join(dir, download.suggestedFilename());
  writeFileSync(file, await readFile((await download.path())!));
  assert.equal(JSON.parse(await readFile(file, 'utf8')).rounds.length, 1);

  // Clear everything this site stored, as a user does in the browser settings.
  await page.evaluate(async () => {
    localStorage.clear();
    for (const db of await indexedDB.databases()) if (db.name) indexedDB.deleteDatabase(db.name);
  });
  await page.goto('about:blank');
  await page.goto(link);
  await page.locator('.notice.banner').filter({ hasText: 'Werkruimte exporteren' }).waitFor();
  assert.match(await page.locator('.notice.banner').innerText(), /geïmporteerde laag "import-[^"]+", die niet in deze browser staat/);
  await mapIdle(page);
  assert.equal(await page.getByTestId('imported-round').count(), 0, 'the storage is empty');

  await page.getByTestId('import-workspace').setInputFiles(file);
  await page.locator('.notice.banner').filter({ hasText: 'Werkruimte geïmporteerd: 1 nieuwe ronde(s), 1 nieuwe weergave(n)' }).waitFor();
  await page.getByTestId('import-workspace').setInputFiles(file);
  await page.locator('.notice.banner').filter({ hasText: 'Werkruimte geïmporteerd: 0 nieuwe ronde(s), 0 nieuwe weergave(n); 2 waren er al' }).waitFor();
  assert.equal(await page.getByTestId('imported-round').count(), 1);
  assert.equal(await page.getByTestId('saved-list').locator('li').count(), 1);
  await page.reload();
  await page.getByTestId('imported-round').waitFor();
  assert.equal(await page.getByTestId('saved-list').locator('li').count(), 1, 'both survive a reload');
  assert.deepEqual(consoleErrors, []);
  await page.close();
});
