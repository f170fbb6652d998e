/** Journey: import a round in the browser, find it after a reload, and a hostile file leaves it intact. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harnessForFile, openApp } from './harness.ts';
import { youthOct2013AsNames } from '../unit/import/fixtures.ts';

const harness = harnessForFile();
const dir = mkdtempSync(join(tmpdir(), 'regioscoop-import-'));

test('imports youth Oct 2013 as semicolon CSV with names, equal to the shipped layer; survives a reload; a hostile file changes nothing', async () => {
  const { page, consoleErrors } = await openApp(harness);
  const csv = join(dir, 'jeugd-okt-2013.csv');
  writeFileSync(csv, youthOct2013AsNames().text);
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles(csv);
  await page.getByTestId('report-summary').waitFor();
  assert.match(await page.getByTestId('report-summary').innerText(), /^0 fout\(en\).*42 regio's, 408 gemeenten/);
  await page.getByTestId('meta-title').fill('Jeugd okt 2013 (import)');
  await page.getByTestId('meta-date').fill('2013-10-31');
  await page.getByTestId('meta-source').fill('VNG, vierde inventarisatie, 31 oktober 2013');
  await page.getByTestId('import-save').click();
  await page.getByTestId('imported-round').waitFor();
  const layerId = await page.getByTestId('imported-round').getAttribute('data-layer');
  assert.ok(layerId?.startsWith('import-'));
  assert.match(await page.getByTestId('region-count').innerText(), /42 regio's, 408 gemeenten/);

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
