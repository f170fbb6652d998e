// @vitest-environment happy-dom
/**
 * Exploring journeys of the whole App against the fake renderer (moved here from the browser
 * journeys): outlines and their legend lines, compare mode and its marks, search as people type,
 * the municipality profile, the selection's region members, and links that are partly wrong.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, within } from '@testing-library/react';
import { map, renderApp, screen, setUpAppHarness, waitFor, waitForScene } from './renderApp.tsx';
import { loadLayers } from '../realData.ts';
import { useStore } from '../../../src/state/store.ts';
import type { MapScene } from '../../../src/map/types.ts';

setUpAppHarness();

/** Text of an element with runs of white space made single. */
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const drawn = (s: MapScene) => s.fillColour.size > 0;

/** Types a query into the search box and returns the options offered. */
async function offered(query: string): Promise<string[]> {
  const input = screen.getByTestId('search-input');
  fireEvent.change(input, { target: { value: query } });
  await waitFor(() => expect((input as HTMLInputElement).value).toBe(query));
  return within(screen.getByTestId('search')).queryAllByRole('option').map(text);
}

describe('outlines of further divisions', () => {
  it('outlines GGD and police regions over the youth map, each with its own legend line, in the link; the link reopens them', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    await waitForScene(drawn);
    fireEvent.click(screen.getByTestId('overlay-ggd'));
    fireEvent.click(screen.getByTestId('overlay-politie'));
    await waitForScene((s) => s.overlays.length === 2);
    expect(map().scene().overlays.map((o) => [o.layerId, o.slot])).toEqual([['ggd_2013', 0], ['politie_eenheid_2013', 1]]);
    expect(screen.getAllByTestId('legend-overlay').map((l) => text(l).split(':')[0].trim())).toEqual(['GGD', 'Politie']);
    fireEvent.change(screen.getByTestId('fill-opacity'), { target: { value: '30' } });
    await waitForScene((s) => s.fillOpacity === 0.3);
    await waitFor(() => expect(window.location.hash).toMatch(/ov=ggd_2013%2Cpolitie_eenheid_2013/));
    expect(window.location.hash).toMatch(/op=30/);
  });

  it('reopens a link with two outlines and a faint fill as it was left', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&ov=ggd_2013%2Cpolitie_eenheid_2013&op=30');
    await waitForScene((s) => s.overlays.length === 2 && s.fillOpacity === 0.3);
    expect(screen.getAllByTestId('legend-overlay')).toHaveLength(2);
    expect((screen.getByTestId('fill-opacity') as HTMLInputElement).value).toBe('30');
    expect((screen.getByTestId('overlay-ggd') as HTMLInputElement).checked).toBe(true);
  });

  it('hides the Wmo 2013 subregion borders with the switch, and says so in the link', async () => {
    await renderApp('v=1&layer=wmo_2013_05&lang=nl');
    await waitForScene((s) => (s.subregionBorders?.coordinates.length ?? 0) > 0);
    fireEvent.click(screen.getByTestId('subregions'));
    await waitForScene((s) => s.subregionBorders === null);
    await waitFor(() => expect(window.location.hash).toMatch(/sub=0/));
  });

  it('opens a link with an unknown outline as the view without it, with a notice naming it', async () => {
    await renderApp('v=1&layer=ggd_2013&ov=nonsense');
    await waitForScene(drawn);
    expect(text(screen.getAllByRole('alert')[0])).toMatch(/nonsense/);
    expect(screen.queryAllByTestId('legend-overlay')).toHaveLength(0);
    expect(map().scene().overlays).toHaveLength(0);
  });
});

describe('compare mode', () => {
  it('marks and lists Weesp and Wijdemeren moving to Utrecht-West and West-Brabant splitting, May vs October 2013', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    await waitForScene(drawn);
    expect(map().scene().marks.size).toBe(0);
    fireEvent.change(screen.getByTestId('compare-with'), { target: { value: 'jeugd_2013_05' } });
    const movedList = await screen.findByTestId('moved-list', {}, { timeout: 20_000 });
    expect(within(movedList).getAllByRole('listitem').map(text)).toEqual([
      'Weesp: Gooi- en Vechtstreek → Utrecht-West',
      'Wijdemeren: Gooi- en Vechtstreek → Utrecht-West',
    ]);
    expect(text(screen.getByTestId('region-changes'))).toMatch(/West-Brabant gesplitst in West-Brabant-Oost, West-Brabant-West/);
    expect(text(screen.getByTestId('legend-marked'))).toMatch(/Andere regio dan in Derde inventarisatie .*voorjaar 2013.* \(20\)/);
    await waitForScene((s) => s.marks.size === 20);
    expect(map().scene().marks.get('GM0457')).toBe('hatch');
    expect(map().scene().marks.get('GM1696')).toBe('hatch');
    expect(window.location.hash).toMatch(/rnd=jeugd_2013_05/);

    fireEvent.click(within(movedList).getByRole('button', { name: 'Wijdemeren' }));
    await waitForScene((s) => s.selected === 'GM1696');
    expect(text(within(screen.getByTestId('selection')).getByRole('heading', { level: 2 }))).toMatch(/Wijdemeren\s*GM1696/);
    await waitFor(() => expect(window.location.hash).toMatch(/sel=GM1696/));

    fireEvent.change(screen.getByTestId('division'), { target: { value: 'ggd' } });
    await waitForScene((s) => s.marks.size === 0);
    await waitFor(() => expect(window.location.hash).not.toMatch(/rnd=/));
    expect(screen.queryByTestId('legend-marked')).toBeNull();
  });

  it('compares the CBS youth regions of 2015 with October 2013 across municipal mergers, from a link', async () => {
    await renderApp('v=1&layer=jeugdregio_2015&lang=nl&rnd=jeugd_2013_10');
    const followed = await screen.findByTestId('followed-list', {}, { timeout: 20_000 });
    const moved = within(screen.getByTestId('moved-list')).getAllByRole('listitem').map(text);
    expect(moved).toHaveLength(2);
    expect(moved.join(' | ')).toMatch(/Voorschoten: .* → /);
    expect(moved.join(' | ')).toMatch(/Wageningen: .* → /);
    expect(text(followed)).toMatch(/Boskoop \(Holland Rijnland\) ging op in Alphen aan den Rijn/);
    expect(text(within(screen.getByTestId('compare')).getAllByRole('heading', { level: 3 })[0])).toMatch(/Verhuisd \(2\)/);
  });
});

describe('finding a municipality', () => {
  it('finds Súdwest-Fryslân from "sudwest fryslan" with the keys of an ARIA combobox', async () => {
    await renderApp();
    await waitForScene(drawn);
    const input = screen.getByRole('combobox', { name: /^Zoek gemeente/ });
    input.focus();
    const options = await offered('sudwest fryslan');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(options[0]).toMatch(/Súdwest-Fryslân\s*GM1900/);
    expect(input.getAttribute('aria-activedescendant')).toBe(within(screen.getByRole('listbox')).getAllByRole('option')[0].id);
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('false'));
    expect((input as HTMLInputElement).value).toBe('sudwest fryslan');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitForScene((s) => s.selected === 'GM1900');
    expect(text(within(screen.getByTestId('selection')).getByRole('heading', { level: 2 }))).toMatch(/Súdwest-Fryslân\s*GM1900/);
    await waitFor(() => expect(window.location.hash).toMatch(/sel=GM1900/));
  });

  it('finds "den bosch", "Den Haag" and "amsterdm", and opens the one chosen', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    await waitForScene(drawn);
    const input = screen.getByTestId('search-input');
    expect((await offered('den bosch'))[0]).toMatch(/^'s-Hertogenbosch\s*GM0796, ook "Den Bosch"/);
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitForScene((s) => s.selected === 'GM0796');
    expect((await offered('Den Haag'))[0]).toMatch(/^'s-Gravenhage/);
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitForScene((s) => s.selected === 'GM0518');
    expect(text(within(screen.getByTestId('selection')).getByRole('heading', { level: 2 }))).toMatch(/'s-Gravenhage\s*GM0518/);
    expect((await offered('amsterdm'))[0]).toMatch(/^Amsterdam\s*GM0363/);
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toMatch(/sel=GM0363/));
  });

  it('finds a region and opens it through its largest member', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    await waitForScene(drawn);
    expect((await offered('eemland'))[0]).toMatch(/^Eemland\s*regio, 7 gemeenten/);
    fireEvent.keyDown(screen.getByTestId('search-input'), { key: 'Enter' });
    await waitForScene((s) => s.selected === 'GM0307');
    expect(text(within(screen.getByTestId('selection')).getByRole('heading', { level: 2 }))).toMatch(/Amersfoort/);
    expect(text(screen.getByTestId('search-status'))).toMatch(/Regio Eemland gekozen/);
  });

  it('says visibly when nothing matches, in Dutch and in English', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    await waitForScene(drawn);
    expect(await offered('xyzzy')).toEqual([]);
    await waitFor(() => expect(text(screen.getByTestId('search-status'))).toBe('Geen gemeente of regio gevonden voor "xyzzy".'));
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    await waitFor(() => expect(text(screen.getByTestId('search-status'))).toBe('No municipality or region found for "xyzzy".'));
  });

  it('finds Eemnes by CBS code, zooms to it and profiles every 2013 layer with its partners and population', async () => {
    await renderApp();
    await waitForScene(drawn);
    await offered('gm0317');
    const input = screen.getByTestId('search-input');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitForScene((s) => s.selected === 'GM0317');
    expect(map().zoomedTo).toContain('GM0317');
    const profile = await screen.findByTestId('profile', {}, { timeout: 20_000 });
    expect(text(within(profile).getByRole('heading', { level: 2 }))).toMatch(/Profiel van Eemnes/);
    expect(text(screen.getByTestId('profile-population'))).toMatch(/Inwoners: \d{1,2}\.\d{3}/);
    const youth = text(screen.getByTestId('profile-jeugd_2013_10'));
    expect(youth).toMatch(/Eemland/);
    expect(youth).toMatch(/Amersfoort/);
    const wmo = text(screen.getByTestId('profile-wmo_2013_05'));
    expect(wmo).toMatch(/Gooi- en Vechtstreek/);
    expect(wmo).toMatch(/Eem en Vallei \(ook in\)/);
    expect(wmo).toMatch(/Huizen/);
    expect(text(screen.getByTestId('profile-ggd_2013'))).toMatch(/GGD Midden-Nederland/);
    expect(profile.querySelectorAll('tbody tr')).toHaveLength(loadLayers().filter((l) => l.geometryYear === 2013).length);
  });
});

describe('the selection and the divisions', () => {
  it('keeps Amsterdam selected after a click and lists its six region members with population', async () => {
    await renderApp();
    await waitForScene(drawn);
    map().click('GM0363');
    await waitForScene((s) => s.selected === 'GM0363');
    expect(text(within(screen.getByTestId('selection')).getByRole('heading', { level: 2 }))).toMatch(/Amsterdam\s*GM0363/);
    expect(text(screen.getAllByTestId('region-name')[0])).toBe('Amsterdam-Amstelland');
    const members = [...screen.getAllByTestId('members')[0].querySelectorAll('tbody tr')].map(text);
    expect(members).toHaveLength(6);
    expect(members.some((m) => /Amstelveen\s*\d{2}\.\d{3}/.test(m))).toBe(true);
    await waitFor(() => expect(window.location.hash).toMatch(/sel=GM0363/));
    map().hover(null);
    expect(map().scene().selected).toBe('GM0363');
  });

  it('recolours when the division switches to Wmo, GGD, police and provinces, and names the region of each', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&sel=GM0317');
    await waitForScene((s) => drawn(s) && s.selected === 'GM0317');
    // Eemnes and Huizen: youth in Eemland and Gooi- en Vechtstreek (neighbours); Wmo both in Gooi- en Vechtstreek.
    const youth = map().scene().fillColour;
    expect(youth.get('GM0317')).not.toBe(youth.get('GM0406'));
    expect(text(screen.getAllByTestId('region-name')[0])).toBe('Eemland');
    expect(text(screen.getByTestId('region-count'))).toMatch(/42 regio's, 408 gemeenten/);

    fireEvent.change(screen.getByTestId('division'), { target: { value: 'wmo' } });
    await waitFor(() => expect(text(screen.getByTestId('region-count'))).toMatch(/43 regio's/), { timeout: 20_000 });
    await waitForScene((s) => s.fillColour !== youth && s.fillColour.get('GM0317') === s.fillColour.get('GM0406'));
    expect(screen.getAllByTestId('region-name').map(text).slice(0, 2)).toEqual(['Gooi- en Vechtstreek', 'Eem en Vallei']);

    for (const [domain, count, region] of [['ggd', 28, 'GGD Midden-Nederland'], ['politie', 10, 'Midden-Nederland'], ['provincie', 12, 'Utrecht']] as const) {
      fireEvent.change(screen.getByTestId('division'), { target: { value: domain } });
      await waitFor(() => expect(text(screen.getByTestId('region-count'))).toMatch(new RegExp(`^${count} regio's`)), { timeout: 20_000 });
      await waitFor(() => expect(text(screen.getAllByTestId('region-name')[0])).toBe(region));
    }
    const provinces = map().scene().fillColour;
    expect(provinces.get('GM0317')).not.toBe(provinces.get('GM0363'));
    expect(useStore.getState().layerId).toBe('provincie_2013');
  });

  it('offers the map as a table sorted by region on request, with the confidence of each membership, whose rows select by keyboard', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    await waitForScene(drawn);
    fireEvent.click(screen.getByTestId('toggle-table'));
    const table = await screen.findByTestId('municipality-table', {}, { timeout: 20_000 });
    await waitFor(() => expect(window.location.hash).toMatch(/table=1/));
    fireEvent.click(within(table).getByRole('button', { name: 'Sorteren op Regio' }));
    await waitFor(() => expect(text(table.querySelector('th[aria-sort="ascending"]')!)).toBe('Regio ▲'));
    const first = [...table.querySelector('tbody tr')!.querySelectorAll('td')].map(text);
    expect(first[2]).toBe('Achterhoek');
    expect(first[4]).toMatch(/afgeleid|in de tekst/);
    const eemnes = within(table).getByRole('button', { name: 'Eemnes' });
    eemnes.focus();
    fireEvent.click(eemnes);
    await waitForScene((s) => s.selected === 'GM0317');
    expect(text(table.querySelector('tr[aria-selected="true"] td')!)).toBe('▶ Eemnes');
  });

  it('opens a malformed link as the default view with a notice', async () => {
    await renderApp('v=1&layer=nonsense');
    await waitForScene(drawn);
    expect(text(screen.getAllByRole('alert')[0])).toMatch(/nonsense/);
    expect(text(screen.getByTestId('region-count'))).toMatch(/42 regio's/);
  });

  it('opens a link whose camera is out of range on the whole country, with a notice and the rest of the view', async () => {
    await renderApp('v=1&layer=ggd_2013&lang=nl&cam=5%2C100%2C7');
    await waitForScene(drawn);
    expect(text(screen.getAllByRole('alert')[0])).toMatch(/kaartuitsnede "5,100,7" \(buiten het bereik\)/);
    expect(map().scene().municipalities.features).toHaveLength(408);
    expect(map().cameras.some((c) => c.center[1] === 100)).toBe(false);
    expect((screen.getByTestId('round') as HTMLSelectElement).value).toMatch(/ggd_2013/);
  });

  it('folds the legend into a button and opens it again', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    await waitForScene(drawn);
    const fold = screen.getByTestId('legend-fold');
    fireEvent.click(fold);
    await waitFor(() => expect(fold.getAttribute('aria-expanded')).toBe('false'));
    expect(screen.getByTestId('legend').querySelectorAll('li')).toHaveLength(0);
    fireEvent.click(fold);
    await waitFor(() => expect([...screen.getByTestId('legend').querySelectorAll('li')].map(text)).toEqual(["Regio's (42)", 'Regiogrens', 'Gemeentegrens']));
  });
});
