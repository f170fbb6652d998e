/**
 * Keyboard and screen-reader users (issue 12): the tab order and focus ring, the skip link, the
 * keyboard region mode and the table twin, and WCAG 2.1 A/AA checks with axe-core (contrast, names
 * of controls, ARIA use, landmarks) on the main views and a region page, in Dutch and English.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from '../axe.ts';
import { assertClean, closePage, download, openPage, step, switchLanguage, visit } from '../harness.ts';
import { mapIdle } from '../mapHarness.ts';

/** The main views axe-core checks, each opened as a link. */
const VIEWS: [string, string][] = [
  ['the youth map with Eemnes selected and the table twin open, in Dutch', 'v=1&layer=jeugd_2013_10&lang=nl&sel=GM0317&table=1'],
  ['the Wmo map in English', 'v=1&layer=wmo_2013_05&lang=en'],
  ['the incongruence list of youth against Wmo', 'v=1&layer=jeugd_2013_10&lang=nl&tab=incongruence&cmp=jeugd_2013_10,wmo_2013_05'],
  ['the congruence overview', 'v=1&layer=jeugd_2013_10&lang=nl&tab=congruence'],
  ['the data overview', 'v=1&layer=jeugd_2013_10&lang=en&tab=overview'],
  ['a round whose membership is unknown', 'v=1&layer=jeugd_2012_05&lang=nl'],
];

it('keyboard and axe-core (issue 12): Tab reaches the division, round and search with a focus ring, the skip link keeps the view, English; the keyboard region mode selects with Enter and the table twin takes focus and exports; a region page and six main views meet WCAG 2.1 AA', async () => {
  const app = await openPage();
  const { page } = app;
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid ?? document.activeElement!.tagName);

  await step('Tab reaches the skip link, division, round and search with a visible focus ring; the skip link moves the focus to the panel and keeps the view and the history, with no notice', async () => {
    await visit(app, 'v=1&layer=ggd_2013&lang=nl&sel=GM0363');
    await mapIdle(page);
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    assert.deepEqual(order, ['A', 'division', 'round', 'search-input']);
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), 'none');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), 'A', 'back on the skip link');
    const before = await page.evaluate('[location.hash, history.length]');
    await page.keyboard.press('Enter');
    await page.waitForFunction('document.activeElement && document.activeElement.id === "panel"');
    assert.deepEqual(await page.evaluate('[location.hash, history.length]'), before, 'the same link, and no new history entry');
    assert.match(await page.evaluate(() => location.hash), /sel=GM0363/);
    assert.deepEqual(await page.locator('.notice.banner').allInnerTexts(), []);
  });

  await step('switches to English', async () => {
    await switchLanguage(page, 'EN');
    assert.match(await page.getByTestId('layer-panel').locator('h2').innerText(), /Map layers/);
    assert.ok(await page.getByRole('combobox', { name: 'Find municipality' }).isVisible());
  });

  await step('the region mode lists every region as a button, moves with the arrow keys and selects with Enter; axe finds nothing', async () => {
    await visit(app, 'v=1&layer=jeugd_2013_10&lang=nl');
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
  });

  await step('the table twin takes focus and exports one row per municipality, citing its source', async () => {
    await page.getByTestId('toggle-table').click();
    // The table twin is a lazy chunk: focus moves once it is there.
    await page.getByTestId('municipality-table').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'table-twin-title', 'focus moves to the table');
    const { text } = await download(page, page.locator('[data-testid^="csv-semicolon-gemeenten"]'));
    // Title and cited sources first, an empty line, then the header and one row per municipality.
    const table = text.split(/\r?\n\r?\n/)[1];
    assert.equal(table.trim().split('\n').length, 409, 'header and 408 municipalities');
    assert.match(text, /GM0317;Eemnes;[^;]*;Eemland;/);
    assert.match(text, /Vierde inventarisatie regionale samenwerking jeugd/, 'the source is cited');
  });

  await step('a region page meets WCAG 2.1 AA and exports its members as a CSV that cites its source', async () => {
    await visit(app, 'v=1&layer=jeugd_2013_10&lang=nl&region=j-food-valley');
    await page.getByTestId('region-page-title').waitFor();
    await page.getByTestId('region-reported').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the region page meets WCAG 2.1 AA');
    const { text: csv } = await download(page, 'csv-semicolon-region-j-food-valley');
    assert.match(csv, /^\uFEFFDeelnemende gemeenten van Food Valley/);
    assert.match(csv, /Bronnen: VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg/);
    assert.match(csv, /\r\nGM0289;Wageningen;37408;/);
  });

  await step('axe-core finds no violations on any of the main views', async () => {
    const found: string[] = [];
    for (const [name, hash] of VIEWS) {
      await visit(app, hash);
      if (!hash.includes('2012_05')) await mapIdle(page);
      else await page.getByTestId('membership-unknown').waitFor();
      // Lazy parts of the page are checked once they are there.
      if (hash.includes('table=1')) await page.getByTestId('municipality-table').waitFor();
      if (hash.includes('tab=')) await page.locator('.analysis').first().waitFor();
      await page.getByTestId('saved-list').or(page.getByTestId('saved-import')).first().waitFor();
      found.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
    }
    assert.deepEqual(found, []);
  });

  assertClean(app);
  await closePage(app);
});
