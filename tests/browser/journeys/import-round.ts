/**
 * Importing a round in the browser (issue 11): a real file through the file input, IndexedDB
 * across reloads, and the workspace file. The import pipeline itself is specified in tests/unit/import/.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { youthOct2013AsNames } from '../../unit/import/fixtures.ts';
import { assertClean, closePage, download, openPage, step, visit } from '../harness.ts';
import { mapIdle } from '../mapHarness.ts';

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
  await page.getByTestId('imported-round').filter({ hasText: title }).waitFor();
}

it('importing a round (issue 11): youth Oct 2013 from a semicolon CSV with names equals the shipped layer; it survives a reload; a hostile file leaves it intact; three unknown names get suggestions; the workspace is exported, cleared and imported again without duplicates', async () => {
  const app = await openPage();
  const { page } = app;
  let layerId: string | null = null;

  await step('a semicolon CSV with names imports as a round equal to the shipped layer', async () => {
    await visit(app);
    await chooseFile(page, 'jeugd-okt-2013.csv', youthOct2013AsNames().text);
    assert.match(await page.getByTestId('report-summary').innerText(), /^0 fout\(en\).*42 regio's, 408 gemeenten/);
    await saveRound(page, 'Jeugd okt 2013 (import)', 'VNG, vierde inventarisatie, 31 oktober 2013');
    assert.equal(await page.getByTestId('imported-round').count(), 1);
    layerId = await page.getByTestId('imported-round').getAttribute('data-layer');
    assert.ok(layerId?.startsWith('import-'));
    assert.match(await page.getByTestId('region-count').innerText(), /42 regio's, 408 gemeenten/);
    // Equal to the shipped layer: compared with it, no municipality is in another region.
    await page.getByTestId('compare-with').selectOption('jeugd_2013_10');
    await page.getByTestId('compare-summary').waitFor();
    assert.match(await page.getByTestId('compare-summary').innerText(), /: 0 gemeenten in een andere regio/);
  });

  await step('the imported round is still there after a reload', async () => {
    await page.reload();
    await page.getByTestId('imported-round').waitFor();
    assert.equal(await page.getByTestId('imported-round').getAttribute('data-layer'), layerId);
  });

  await step('a hostile file is refused and leaves the earlier import intact', async () => {
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
  });

  await step('three unknown names: the dialog lists them with suggestions, and the round saves once they are fixed', async () => {
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
    assert.equal(await page.getByTestId('imported-round').count(), 2);
  });
  assertClean(app);
  await closePage(app);

  await step('on a clean browser: the workspace is exported, the storage cleared, and the workspace imported again (twice adds nothing)', async () => {
    const fresh = await openPage();
    const other = fresh.page;
    await visit(fresh);
    await chooseFile(other, 'werkruimte.csv', youthOct2013AsNames().text);
    await saveRound(other, 'Jeugd voor de werkruimte', 'Eigen bestand');
    await mapIdle(other);
    await other.getByLabel('Titel').fill('Mijn import');
    await other.getByTestId('save-view').click();
    const link = other.url();
    const workspace = await download(other, 'export-workspace');
    const file = join(dir, workspace.name);
    writeFileSync(file, workspace.bytes);
    assert.equal(JSON.parse(workspace.text).rounds.length, 1);

    // Clear everything this site stored, as a user does in the browser settings.
    await other.evaluate(async () => {
      localStorage.clear();
      for (const db of await indexedDB.databases()) if (db.name) indexedDB.deleteDatabase(db.name);
    });
    await visit(fresh, link.slice(link.indexOf('#') + 1));
    await other.locator('.notice.banner').filter({ hasText: 'Werkruimte exporteren' }).waitFor();
    assert.match(await other.locator('.notice.banner').innerText(), /geïmporteerde laag "import-[^"]+", die niet in deze browser staat/);
    await mapIdle(other);
    assert.equal(await other.getByTestId('imported-round').count(), 0, 'the storage is empty');

    await other.getByTestId('import-workspace').setInputFiles(file);
    await other.locator('.notice.banner').filter({ hasText: 'Werkruimte geïmporteerd: 1 nieuwe ronde(s), 1 nieuwe weergave(n)' }).waitFor();
    await other.getByTestId('import-workspace').setInputFiles(file);
    await other.locator('.notice.banner').filter({ hasText: 'Werkruimte geïmporteerd: 0 nieuwe ronde(s), 0 nieuwe weergave(n); 2 waren er al' }).waitFor();
    assert.equal(await other.getByTestId('imported-round').count(), 1);
    assert.equal(await other.getByTestId('saved-list').locator('li').count(), 1);
    await other.reload();
    await other.getByTestId('imported-round').waitFor();
    assert.equal(await other.getByTestId('saved-list').locator('li').count(), 1, 'both survive a reload');
    assertClean(fresh);
    await closePage(fresh);
  });
});
