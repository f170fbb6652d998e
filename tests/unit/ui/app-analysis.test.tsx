// @vitest-environment happy-dom
/**
 * Analysis journeys of the whole App against the fake renderer (moved here from the browser
 * journeys): the incongruence tab, its marks on the map and its language switch, the tabs and
 * their keys, links with analysis fields, and the sortable data overview with its links.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, within } from '@testing-library/react';
import { map, renderApp, screen, setUpAppHarness, waitFor, waitForScene } from './renderApp.tsx';
import { loadLayers } from '../realData.ts';
import type { MapScene } from '../../../src/map/types.ts';

setUpAppHarness();

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const LONG = { timeout: 20_000 };
const TAB = 'v=1&layer=jeugd_2013_10&lang=nl&tab=incongruence';
const THE_NINE = ['Eemnes', 'Lansingerland', 'Meppel', 'Nijkerk', 'Voorschoten', 'Weesp', 'Westerveld', 'Wijdemeren', 'Zeewolde'];

/** Names at the start of the sentences of one group. */
function groupNames(category: string): string[] {
  return [...screen.getByTestId(`inc-group-${category}`).querySelectorAll('li')].map((li) => text(li).split(':')[0].replace('▶', '').trim());
}

/** Waits until the incongruence list has its sentences. */
async function incongruenceListed(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId('inc-group-moved').querySelectorAll('li').length).toBeGreaterThan(0), LONG);
}

const marksOf = (s: MapScene, kind: 'hatch' | 'dots') => [...s.marks.values()].filter((k) => k === kind).length;

describe('incongruence tab: youth (Oct 2013) against Wmo (May 2013)', () => {
  it('states the criterion, counts every category, groups all 408 municipalities and marks 15 hatched and 153 dotted on the map', async () => {
    await renderApp(TAB);
    await incongruenceListed();
    expect(text(screen.getByTestId('inc-criterion'))).toMatch(/dezelfde gemeenten, de ene regio helemaal binnen de andere/);
    const counts = text(screen.getByTestId('inc-count'));
    expect(counts).toMatch(/Van de 408 gemeenten/);
    expect(counts).toMatch(/15 over de grens: 9 zelf met andere partners, 6 gebleven/);
    expect(counts).toMatch(/153 in een regio die helemaal binnen de andere ligt/);
    expect(counts).toMatch(/240 met dezelfde partners/);
    expect(counts).toMatch(/0 niet in elke indeling ingedeeld/);
    expect(counts).toMatch(/4 in twee regio’s tegelijk/);
    expect(groupNames('moved')).toEqual(THE_NINE);
    expect(groupNames('regionChanged')).toEqual(['Amersfoort', 'Baarn', 'Bunschoten', 'Leusden', 'Soest', 'Woudenberg']);
    expect(groupNames('multiple').sort()).toEqual(['Delft', 'Eemnes', 'Pijnacker-Nootdorp', 'Voorst']);
    expect(text(screen.getByTestId('inc-group-moved'))).toMatch(/Eemnes: jeugd met Eemland; Wmo met Gooi- en Vechtstreek en ook met Eem en Vallei/);

    const nested = screen.getByTestId('inc-group-nested') as HTMLDetailsElement;
    expect(nested.open).toBe(false);
    expect(text(nested)).toMatch(/Helmond: jeugd met heel Zuid-Oost Brabant \(20 partners\), Wmo alleen met De Peel \(5\)/);
    expect(nested.querySelectorAll('li')).toHaveLength(153);
    expect(text(screen.getByTestId('inc-distance'))).toMatch(/0 betekent dezelfde partners, 1 geen enkele gedeelde partner/);

    await waitForScene((s) => marksOf(s, 'hatch') === 15 && marksOf(s, 'dots') === 153);
    expect(map().scene().marks.get('GM0317')).toBe('hatch');
    const legend = text(screen.getByTestId('legend'));
    expect(legend).toMatch(/Over de grens \(incongruent\) \(15\)/);
    expect(legend).toMatch(/Regio binnen de andere \(andere schaal\) \(153\)/);

    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    await waitFor(() => expect(text(screen.getByTestId('inc-group-moved'))).toMatch(/Eemnes: youth with Eemland; Wmo with Gooi- en Vechtstreek and also with Eem en Vallei/), LONG);
    expect(text(screen.getByTestId('legend'))).toMatch(/Crossing the border \(incongruent\) \(15\)/);
  });

  it('keeps the jargon in the detail: no Jaccard distance in the tab text outside it', async () => {
    await renderApp(TAB);
    await incongruenceListed();
    const panel = screen.getByTestId('tabpanel-incongruence').cloneNode(true) as HTMLElement;
    panel.querySelector('[data-testid="inc-distance"]')?.remove();
    expect(text(panel)).not.toMatch(/Jaccard-afstand \d|verschoven tussen/);
  });

  it('does not ask for two divisions while two are chosen, offers no year with only one, and marks the map of the year chosen', async () => {
    await renderApp(TAB);
    await incongruenceListed();
    expect(text(screen.getByTestId('tabpanel-incongruence'))).not.toMatch(/Kies minstens twee/);
    expect(text(screen.getByTestId('inc-keep-two'))).toMatch(/blijven altijd twee indelingen gekozen/);
    const year = screen.getByTestId('inc-year') as HTMLSelectElement;
    expect([...year.options].map((o) => o.textContent)).toEqual(['2011', '2012', '2013', '2014']);
    const marks2013 = map().scene().marks;
    fireEvent.change(year, { target: { value: '2014' } });
    await waitFor(() => expect(window.location.hash).toMatch(/layer=[a-z_]+_2014/), LONG);
    await waitFor(() => expect(text(screen.getByTestId('inc-count'))).toMatch(/Van de 403 gemeenten/), LONG);
    expect(screen.queryByTestId('inc-other-year')).toBeNull();
    await waitForScene((s) => s.municipalities.features.length === 403 && s.marks !== marks2013 && s.marks.size > 0);
    expect(text(screen.getByTestId('legend'))).toMatch(/Over de grens \(incongruent\) \(\d+\)/);
  });

  it('says so when the map shows another year, and shows the compared division on the map at a click', async () => {
    await renderApp('v=1&layer=ggd_2014&lang=nl&tab=incongruence');
    await incongruenceListed();
    expect(text(screen.getByTestId('inc-other-year'))).toMatch(/De kaart toont gemeentegrenzen van 2014; de markeringen horen bij 2013/);
    await waitForScene((s) => s.municipalities.features.length === 403);
    expect(map().scene().marks.size).toBe(0);
    expect(screen.queryByTestId('legend-marked')).toBeNull();
    fireEvent.click(screen.getByTestId('inc-show-on-map'));
    await waitFor(() => expect(window.location.hash).toMatch(/layer=jeugd_2013_10/), LONG);
    await waitForScene((s) => s.municipalities.features.length === 408 && marksOf(s, 'hatch') === 15);
    expect(screen.queryByTestId('inc-other-year')).toBeNull();
    await waitFor(() => expect(text(screen.getByTestId('legend-marked'))).toMatch(/\(15\)/));
  });

  it('highlights the list item of a municipality clicked on the map, and selects on the map from the list, naming the partners of each division', async () => {
    await renderApp(TAB);
    const list = await screen.findByTestId('inc-list', {}, LONG);
    await waitFor(() => expect(list.querySelectorAll('li').length).toBeGreaterThan(0), LONG);
    map().click('GM0119');
    await waitFor(() => expect(list.querySelector('li[data-code="GM0119"]')!.getAttribute('aria-current')).toBe('true'));
    fireEvent.click(within(list).getAllByRole('button', { name: /^Eemnes: / })[0]);
    await waitForScene((s) => s.selected === 'GM0317');
    expect(text(within(screen.getByTestId('selection')).getByRole('heading', { level: 2 }))).toMatch(/Eemnes\s*GM0317/);
    await waitFor(() => expect(window.location.hash).toMatch(/sel=GM0317/));
    const eemnes = list.querySelector('li[data-code="GM0317"]')!;
    expect(eemnes.getAttribute('aria-current')).toBe('true');
    expect(list.querySelector('li[data-code="GM0119"]')!.getAttribute('aria-current')).toBeNull();
    const partners = text(within(eemnes as HTMLElement).getByTestId('inc-partners'));
    expect(partners).toMatch(/alleen bij jeugd: [^;]*Amersfoort/);
    expect(partners).toMatch(/alleen bij Wmo: [^;]*Hilversum/);
  });

  it('compares three rounds from a link, speaks English after switching, and drops a round when unticked', async () => {
    await renderApp(`${TAB}&cmp=jeugd_2013_05,jeugd_2013_10,wmo_2013_05`);
    await screen.findByTestId('inc-list', {}, LONG);
    // The list is rendered anew when the rounds compared change: read the one on screen.
    const eemnes = () => [...(screen.queryByTestId('inc-list')?.querySelectorAll('li') ?? [])].map(text).find((i) => i.startsWith('Eemnes: '));
    await waitFor(() => expect(eemnes()).toMatch(/^Eemnes: jeugd mei 2013 met Eemland; jeugd okt\. 2013 met Eemland; Wmo met Gooi- en Vechtstreek en ook met Eem en Vallei/), LONG);
    expect((screen.getByTestId('inc-layer-wmo_2013_05') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    await waitFor(() => expect(eemnes()).toMatch(/^Eemnes: youth May 2013 with Eemland; youth Oct 2013 with Eemland; Wmo with Gooi- en Vechtstreek and also with Eem en Vallei/), LONG);
    fireEvent.click(screen.getByTestId('inc-layer-jeugd_2013_05'));
    await waitFor(() => expect(window.location.hash).not.toMatch(/jeugd_2013_05/));
    await waitFor(() => expect(eemnes()).toMatch(/^Eemnes: youth with Eemland; Wmo with/), LONG);
  });
});

describe('the analysis tabs', () => {
  it('switches tabs with the arrow keys, Home and End, moves focus, and writes the tab into the link', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    await screen.findByRole('tab', { name: 'Grafieken' }, LONG);
    const tab = (name: string) => screen.getByRole('tab', { name });
    const selected = (name: string) => tab(name).getAttribute('aria-selected') === 'true';
    tab('Grafieken').focus();
    fireEvent.keyDown(tab('Grafieken'), { key: 'ArrowRight' });
    await waitFor(() => expect(selected('Incongruentie')).toBe(true));
    expect(document.activeElement?.id).toBe('analysis-tab-incongruence');
    await waitFor(() => expect(window.location.hash).toMatch(/tab=incongruence/));
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('analysis-tab-incongruence');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(selected('Gegevensoverzicht')).toBe(true));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await waitFor(() => expect(selected('Grafieken')).toBe(true));
    await waitFor(() => expect(window.location.hash).not.toMatch(/tab=/));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    await waitFor(() => expect(window.location.hash).toMatch(/tab=overview/));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(selected('Grafieken')).toBe(true));
    for (const other of screen.getAllByRole('tab', { selected: false })) expect(other.getAttribute('tabindex')).toBe('-1');
    expect(tab('Grafieken').getAttribute('tabindex')).not.toBe('-1');
  });

  it('opens an old v=1 link without analysis fields on the charts', async () => {
    await renderApp('v=1&layer=ggd_2013&lang=en&sel=GM0317');
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Charts' }).getAttribute('aria-selected')).toBe('true'), LONG);
    await screen.findByTestId('chart-sizes', {}, LONG);
  });

  it('drops a compared division of another geometry year with a notice, and opens the rest of the link', async () => {
    await renderApp('v=1&layer=ggd_2013&lang=nl&tab=incongruence&cmp=jeugd_2013_10,ggd_2014');
    const alert = await screen.findByRole('alert', {}, LONG);
    expect(text(alert)).toMatch(/vergeleken indeling "ggd_2014" \(ander geometriejaar\)/);
    expect((await screen.findByRole('tab', { name: 'Incongruentie' }, LONG)).getAttribute('aria-selected')).toBe('true');
  });
});

describe('the data overview', () => {
  it('lists every division and round with computed and stated counts, sorts by discrepancies, and links to the layer and its chart', async () => {
    const layers = loadLayers();
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&tab=overview');
    const table = await screen.findByTestId('table-overview', {}, LONG);
    await waitFor(() => expect(table.querySelectorAll('tbody tr')).toHaveLength(layers.length), LONG);
    const youth = [...table.querySelectorAll('tr[data-key="jeugd_2013_10"] td')].map(text);
    expect(youth.slice(4, 7)).toEqual(['42', '42', '100 %']);
    expect(youth[8]).toMatch(/VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg/);
    expect(Number(youth[11])).toBeGreaterThan(0);
    expect(text(table.querySelectorAll('tr[data-key="cjg_2011"] td')[7])).toBe('onbekend');

    fireEvent.click(within(table).getByRole('button', { name: 'Sorteren op Afwijkingen' }));
    await waitFor(() => expect(text(table.querySelector('th[aria-sort="descending"]')!)).toBe('Afwijkingen ▼'));
    const column = [...table.querySelectorAll('thead th')].map(text).findIndex((h) => h.startsWith('Afwijkingen')) + 1;
    const discrepancies = [...table.querySelectorAll(`tbody tr td:nth-child(${column})`)].map((td) => Number(text(td)));
    expect(discrepancies).toEqual([...discrepancies].sort((a, b) => b - a));
    expect(new Set(discrepancies).size).toBeGreaterThan(1);

    fireEvent.click(table.querySelector('tr[data-key="wmo_2013_05"] button.link')!);
    await waitFor(() => expect(window.location.hash).toMatch(/layer=wmo_2013_05/), LONG);
    fireEvent.click(within(table).getByRole('button', { name: /^\d+: gerapporteerde en berekende inwoners van Derde inventarisatie/ }));
    await waitFor(() => expect(window.location.hash).toMatch(/layer=jeugd_2013_05.*chart=reported|chart=reported.*layer=jeugd_2013_05/), LONG);
    expect(screen.getByRole('tab', { name: 'Grafieken' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(within(screen.getByTestId('chart-reported')).getAllByRole('heading', { level: 3 }).some((h) => /Derde inventarisatie/.test(text(h)))).toBe(true), LONG);
  });
});
