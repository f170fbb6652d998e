// @vitest-environment happy-dom
/**
 * The charts of the analysis panel through their table alternatives, in the whole App (moved here
 * from the browser journeys): the selection shared with the map, reported beside computed
 * population, overlap with another division, the seed tables and the congruence ranking.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, within } from '@testing-library/react';
import { fakeIntersectionObserver } from './fakeIntersectionObserver.ts';
import { map, renderApp, screen, setUpAppHarness, waitFor, waitForScene } from './renderApp.tsx';

setUpAppHarness();

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const LONG = { timeout: 20_000 };

/** The table alternative of a chart as rows of cell texts (the table is switched on when needed). */
async function chartTable(id: string): Promise<string[][]> {
  const toggle = await screen.findByTestId(`toggle-table-${id}`, {}, LONG);
  if (toggle.getAttribute('aria-pressed') !== 'true') fireEvent.click(toggle);
  await waitFor(() => expect(screen.getByTestId(`table-${id}`).querySelectorAll('tbody tr').length).toBeGreaterThan(0), LONG);
  return [...screen.getByTestId(`table-${id}`).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => text(td).replace(/^▶\s*/, '')));
}

/** The first source line of a chart. */
async function sourceLine(id: string): Promise<string> {
  const chart = await screen.findByTestId(`chart-${id}`, {}, LONG);
  return text(chart.querySelector('.source-line')!);
}

describe('charts beside the map, linked with the selection', () => {
  it('titles the region sizes with their round and sources, and marks the region of a municipality clicked on the map', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    const chart = await screen.findByTestId('chart-sizes', {}, LONG);
    expect(text(chart.querySelector('h3')!)).toMatch(/Regiogrootte: inwoners per regio · Vierde inventarisatie/);
    expect(await sourceLine('sizes')).toMatch(/^Bron: VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg\. Vierde inventarisatie[^;]*; CBS-inwoners op 1 januari 2013 \(CBS StatLine/);
    expect(within(chart).queryByTestId('chart-selected')).toBeNull();
    await waitForScene((s) => s.fillColour.size > 0);
    map().click('GM0317');
    await waitFor(() => expect(text(within(chart).getByTestId('chart-selected'))).toMatch(/Geselecteerde regio \(▶\): Eemland/), LONG);
    const rows = await chartTable('sizes');
    expect(rows).toHaveLength(42);
    expect(text(screen.getByTestId('table-sizes').querySelector('tr[aria-selected="true"] td')!)).toBe('▶ Eemland');
  });

  it('shows reported and computed population side by side without reconciling them', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&chart=reported');
    expect(await sourceLine('reported')).toMatch(/^Bron: VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg\. Vierde inventarisatie[^;]*; inwonertallen zoals de bron ze drukt, en CBS-inwoners/);
    const rows = await chartTable('reported');
    expect(rows).toHaveLength(42);
    const achterhoek = rows.find((r) => r[0] === 'Achterhoek')!;
    expect(achterhoek.slice(1, 3)).toEqual(['300.050', '300.050']);
    expect(achterhoek[3]).toMatch(/^\d{3}\.\d{3}$/);
    expect(achterhoek[3]).not.toBe(achterhoek[1]);
  });

  it('shows how each youth region lies across the Wmo regions, and switches the other division', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&chart=overlap');
    const partner = (await screen.findByTestId('overlap-with', {}, LONG)) as HTMLSelectElement;
    expect(partner.value).toBe('wmo_2013_05');
    expect((await chartTable('overlap')).find((r) => r[0] === 'Eemland')![3]).toMatch(/Gooi- en Vechtstreek \d+ %/);
    fireEvent.change(partner, { target: { value: 'provincie_2013' } });
    await waitFor(() => expect(window.location.hash).toMatch(/ovl=provincie_2013/));
    await waitFor(() => expect(text(screen.getByTestId('chart-overlap').querySelector('h3')!)).toMatch(/Provincies 2013/), LONG);
    await waitFor(async () => expect((await chartTable('overlap')).find((r) => r[0] === 'Eemland')![1]).toBe('100'), LONG);
  });

  it('charts the seed tables with their source, as printed', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&chart=tasks');
    expect(await sourceLine('tasks')).toMatch(/^Bron: VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg\. Vierde inventarisatie.*, Welke Taak op welke Schaal\?$/);
    const tasks = await chartTable('tasks');
    expect(tasks).toHaveLength(11);
    for (const r of tasks) expect(r.at(-1)).toBe('42');
    const choose = (chart: string) => fireEvent.change(screen.getByTestId('chart-choice'), { target: { value: chart } });

    choose('intentions');
    expect((await chartTable('intentions')).find((r) => r[0] === 'Organisatie eerste lijn')).toEqual(['Organisatie eerste lijn', '17', '24', '22', '16', '38']);
    choose('cjg');
    expect(await sourceLine('cjg')).toMatch(/Samenwerking als weloverwogen keuze/);
    const kinds = await chartTable('cjg');
    expect(kinds).toHaveLength(32);
    expect(kinds.some((r) => r[0] === 'Centrum voor Jeugd en Gezin' && r[1] === '83')).toBe(true);
    choose('groups');
    expect(await sourceLine('groups')).toMatch(/Bovenregionale samenwerking vindt plaats in/);
    const groups = await chartTable('groups');
    expect(groups).toHaveLength(9);
    expect(groups.find((r) => r[0] === 'De 6 Utrechtse regio’s')?.slice(1, 3)).toEqual(['5', '6']);
    choose('care');
    expect((await chartTable('care')).map((r) => r[2])).toEqual(['85%', '10 %', '4 %', '0,97%', '0,03%']);
  });
});

describe('congruence overview', () => {
  it('ranks every other 2013 division by its fit to the youth regions, and changes the reference', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&tab=congruence');
    const chart = await screen.findByTestId('chart-congruence', {}, LONG);
    expect(text(chart.querySelector('h3')!)).toMatch(/Overeenkomst met Vierde inventarisatie/);
    const rows = await chartTable('congruence');
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 11 }, (_, i) => String(i + 1)));
    const ari = rows.map((r) => Number(r[2].replace(',', '.')));
    expect(ari).toEqual([...ari].sort((a, b) => b - a));
    expect(rows.at(-1)![1]).toBe('Provincies 2013');
    fireEvent.change(screen.getByTestId('cong-reference'), { target: { value: 'ggd_2013' } });
    await waitFor(() => expect(window.location.hash).toMatch(/ref=ggd_2013/));
    await waitFor(() => expect(text(screen.getByTestId('chart-congruence').querySelector('h3')!)).toMatch(/GGD-regio's 2013/), LONG);
  });
});

describe('charts off screen', () => {
  it('keep what they show while the panel is off screen, and catch up with the map as it comes on screen or the user pauses', async () => {
    const io = fakeIntersectionObserver();
    try {
      await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
      const title = async () => text((await screen.findByTestId('chart-sizes', {}, LONG)).querySelector('h3')!);
      expect(await title()).toMatch(/Vierde inventarisatie regionale samenwerking jeugd/);
      const panel = screen.getByTestId('analysis');
      const report = (isIntersecting: boolean) => io.report(panel, isIntersecting);
      report(false);
      fireEvent.change(screen.getByTestId('division'), { target: { value: 'wmo' } });
      await waitForScene((s) => s.regionBorders !== null && screen.getByTestId('region-count').textContent!.includes("43 regio's"));
      expect(await title()).toMatch(/jeugd/);
      report(true);
      await waitFor(async () => expect(await title()).toMatch(/Wmo/i), LONG);
      // Off screen again: the next switch shows once the user has paused for two seconds.
      report(false);
      fireEvent.change(screen.getByTestId('division'), { target: { value: 'jeugd' } });
      await waitForScene(() => screen.getByTestId('region-count').textContent!.includes("42 regio's"));
      expect(await title()).toMatch(/Wmo/i);
      await waitFor(async () => expect(await title()).toMatch(/jeugd/), LONG);
    } finally {
      io.restore();
    }
  });
});
