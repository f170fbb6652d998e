// @vitest-environment happy-dom
/**
 * The whole App against the fake renderer: what the user does in the DOM, and the scene the map
 * receives (fill colours, selection, outlines, marks, opacity), not pixels.
 */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, within } from '@testing-library/react';
import { map, renderApp, screen, setUpAppHarness, waitFor, waitForScene } from './renderApp.tsx';
import { useStore } from '../../../src/state/store.ts';
import { setNotice } from '../../../src/state/actions.ts';

setUpAppHarness();

const placed = () => map().scene().fillColour.size;

describe('the map shows the chosen division', () => {
  it('opens on the youth regions of October 2013 and colours all 408 municipalities of 2013', async () => {
    await renderApp();
    await waitForScene((s) => s.fillColour.size > 0);
    expect(map().scene().municipalities.features).toHaveLength(408);
    expect(placed()).toBe(408);
    expect((screen.getByTestId('division') as HTMLSelectElement).value).toBe('jeugd');
  });

  it('recolours the map when another division is chosen: provinces give twelve regions', async () => {
    await renderApp();
    await waitForScene((s) => s.fillColour.size > 0);
    const youth = map().scene().fillColour;
    fireEvent.change(screen.getByTestId('division'), { target: { value: 'provincie' } });
    await waitForScene((s) => s.fillColour !== youth && s.fillColour.size > 0);
    expect(new Set(map().scene().fillColour.values()).size).toBeLessThanOrEqual(12);
    expect(map().scene().fillColour.get('GM0363')).not.toBe(map().scene().fillColour.get('GM0014'));
    expect(useStore.getState().layerId).toBe('provincie_2013');
  });

  it('colours every member of a region alike, and bordering regions differently (Wmo May 2013)', async () => {
    await renderApp('v=1&layer=wmo_2013_05&lang=nl');
    await waitForScene((s) => s.fillColour.size > 0);
    const status = useStore.getState().layerStatus.wmo_2013_05;
    if (status?.state !== 'ready') throw new Error('the Wmo layer is not loaded');
    const fill = map().scene().fillColour;
    const colourOfRegion = new Map<string, string>();
    for (const [code, region] of status.view.regionOf) {
      const colour = fill.get(code)!;
      expect(colourOfRegion.get(region) ?? colour).toBe(colour);
      colourOfRegion.set(region, colour);
    }
    // Eemnes (Wmo: Gooi en Vechtstreek) borders Baarn (Wmo: Eemland).
    expect(status.view.regionOf.get('GM0317')).not.toBe(status.view.regionOf.get('GM0308'));
    expect(fill.get('GM0317')).not.toBe(fill.get('GM0308'));
  });

  it('draws a round whose members are unknown (CJG 2011) without region colours and says so', async () => {
    await renderApp('v=1&layer=cjg_2011&lang=nl');
    await waitFor(() => expect(screen.getByTestId('membership-unknown')).toBeTruthy(), { timeout: 20_000 });
    expect(placed()).toBe(0);
    // The legend (which the exports draw too) says the same as the map: unknown, in the map's grey; not "not placed".
    const rows = [...screen.getByTestId('legend').querySelectorAll('li')];
    const count = map().scene().municipalities.features.length;
    expect(rows.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim())).toEqual([`Indeling onbekend: geen ledenlijst in de bronnen (${count})`, 'Gemeentegrens']);
    expect((rows[0].querySelector('.swatch') as HTMLElement).style.background).toBe(map().scene().unplacedColour);
  });

  it('gives the map its accessible name in the user\'s language', async () => {
    await renderApp();
    await waitFor(() => expect(map().label).toMatch(/kaart/i));
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    await waitFor(() => expect(map().label).toMatch(/map/i));
  });
});

describe('selecting a municipality', () => {
  it('clicking Eemnes on the map puts it in the scene, the side panel and the link, and zooms to it', async () => {
    await renderApp();
    await waitForScene((s) => s.fillColour.size > 0);
    map().click('GM0317');
    await waitForScene((s) => s.selected === 'GM0317');
    expect(document.getElementById('selection-title')?.textContent).toMatch(/Eemnes\s*GM0317/);
    expect(screen.getByTestId('region-name').textContent).toMatch(/Eemland/);
    expect(map().zoomedTo).toContain('GM0317');
    await waitFor(() => expect(window.location.hash).toMatch(/sel=GM0317/));
  });

  it('clicking the sea clears the selection', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&sel=GM0317');
    await waitForScene((s) => s.selected === 'GM0317');
    map().click(null);
    await waitForScene((s) => s.selected === null);
  });

  it('hovering a municipality shows its name, code and region in a tooltip', async () => {
    await renderApp();
    await waitForScene((s) => s.fillColour.size > 0);
    map().hover('GM0317');
    const tooltip = await screen.findByTestId('tooltip');
    expect(tooltip.textContent).toMatch(/Eemnes[\s\S]*GM0317[\s\S]*Eemland/);
    map().hover(null);
    await waitFor(() => expect(screen.queryByTestId('tooltip')).toBeNull());
  });
});

describe('the map layers', () => {
  it('ticking an outline puts that division\'s borders in scene.overlays and in the legend', async () => {
    await renderApp();
    await waitForScene((s) => s.fillColour.size > 0);
    expect(map().scene().overlays).toHaveLength(0);
    fireEvent.click(screen.getByTestId('overlay-ggd'));
    await waitForScene((s) => s.overlays.length === 1);
    expect(map().scene().overlays[0]).toMatchObject({ layerId: 'ggd_2013', slot: 0 });
    expect(map().scene().overlays[0].borders.coordinates.length).toBeGreaterThan(0);
    expect(screen.getAllByTestId('legend-overlay')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('overlay-ggd'));
    await waitForScene((s) => s.overlays.length === 0);
  });

  it('the opacity slider sets scene.fillOpacity', async () => {
    await renderApp();
    await waitForScene((s) => s.fillColour.size > 0);
    fireEvent.change(screen.getByTestId('fill-opacity'), { target: { value: '40' } });
    await waitForScene((s) => s.fillOpacity === 0.4);
  });

  it('switching subregion borders off removes them from the scene (Wmo 2013 has subregions)', async () => {
    await renderApp('v=1&layer=wmo_2013_05&lang=nl');
    await waitForScene((s) => s.subregionBorders !== null);
    fireEvent.click(screen.getByTestId('subregions'));
    await waitForScene((s) => s.subregionBorders === null);
  });

  it('switching region names off empties scene.labels', async () => {
    await renderApp();
    await waitForScene((s) => s.labels.length > 0);
    fireEvent.click(screen.getByTestId('toggle-labels'));
    await waitForScene((s) => s.labels.length === 0);
  });
});

describe('comparing two rounds', () => {
  it('marks the municipalities whose partners changed between May and October 2013', async () => {
    await renderApp();
    await waitForScene((s) => s.fillColour.size > 0);
    fireEvent.change(screen.getByTestId('compare-with'), { target: { value: 'jeugd_2013_05' } });
    await waitForScene((s) => s.marks.size > 0);
    expect(map().scene().marks.size).toBeLessThan(408);
    expect(screen.getByTestId('compare-summary').textContent).toMatch(/\d/);
    expect(screen.getByTestId('legend-marked')).toBeTruthy();
  });

  it('offers no round whose members are unknown (May 2012) to compare with', async () => {
    await renderApp();
    await waitForScene((s) => s.fillColour.size > 0);
    const options = [...(screen.getByTestId('compare-with') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toContain('jeugd_2013_05');
    expect(options).not.toContain('jeugd_2012_05');
  });
});

describe('the table twin', () => {
  it('lists a row per municipality of the map, and choosing a row selects it on the map', async () => {
    await renderApp();
    await waitForScene((s) => s.fillColour.size > 0);
    fireEvent.click(screen.getByTestId('toggle-table'));
    // The table twin is a lazy chunk: on a loaded machine it takes longer than findBy's default second.
    const table = await screen.findByTestId('municipality-table', {}, { timeout: 20_000 });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(408);
    fireEvent.click(within(table).getByRole('button', { name: /^Eemnes/ }));
    await waitForScene((s) => s.selected === 'GM0317');
    expect(table.querySelector('tr[aria-selected="true"]')?.textContent).toMatch(/Eemnes/);
  });

  it('sorts by a column when its header is pressed', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&table=1');
    const table = await screen.findByTestId('municipality-table', {}, { timeout: 20_000 });
    const header = within(table).getAllByRole('columnheader')[0];
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(header.getAttribute('aria-sort')).not.toBe('none'));
    const first = () => table.querySelector('tbody tr')!.textContent;
    const before = first();
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(first()).not.toBe(before));
  });
});

describe('population where the geometry year has no CBS figures', () => {
  it('gives Wieringermeer on the 2011 map an estimated figure of 1 January 2012 and says that a nearer year is used', async () => {
    await renderApp('v=1&layer=ggd_2011&lang=nl&sel=GM0463');
    await waitForScene((s) => s.selected === 'GM0463');
    const members = await screen.findByTestId('members');
    const row = within(members).getByRole('button', { name: 'Wieringermeer' }).closest('tr')!;
    expect(row.textContent).toMatch(/≈\s*\d/);
    expect(row.textContent).not.toMatch(/onbekend/);
    expect(screen.getAllByTestId('population-year-note')[0].textContent).toMatch(/geen bevolkingscijfers voor 2011; getoond zijn die van 1 januari 2012/);
  });
});

describe('the nearer population year, said wherever its figures are shown', () => {
  const notes = () => screen.queryAllByTestId('population-year-note').map((n) => n.textContent ?? '');
  it('notes 2012 figures on the 2011 map beside the table twin and the region-size chart, and nothing on the 2013 map', async () => {
    await renderApp('v=1&layer=ggd_2011&lang=nl');
    await waitForScene((s) => s.fillColour.size > 0);
    fireEvent.click(screen.getByTestId('toggle-table'));
    const table = await screen.findByTestId('municipality-table', {}, { timeout: 20_000 });
    const chart = await screen.findByTestId('chart-sizes', {}, { timeout: 20_000 });
    for (const near of [table.closest('.analysis-table')!, chart]) {
      const note = near.parentElement!.querySelector(':scope > [data-testid="population-year-note"]');
      expect(note?.textContent).toMatch(/geen bevolkingscijfers voor 2011; getoond zijn die van 1 januari 2012/);
    }
    fireEvent.change(screen.getByTestId('division'), { target: { value: 'ggd' } });
    fireEvent.change(screen.getByTestId('round'), { target: { value: 'ggd_2013' } });
    await waitFor(() => expect(useStore.getState().layerId).toBe('ggd_2013'));
    await waitFor(() => expect(notes()).toEqual([]));
  });
});

describe('language and links', () => {
  it('switches the whole interface to English with one press, and back', async () => {
    await renderApp();
    await waitForScene((s) => s.fillColour.size > 0);
    expect(screen.getByRole('region', { name: 'Legenda' })).toBe(screen.getByTestId('legend'));
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Legend' })).toBe(screen.getByTestId('legend')));
    expect(document.documentElement.lang).toBe('en');
    expect(window.location.hash).toMatch(/lang=en/);
    fireEvent.click(screen.getByRole('button', { name: 'NL' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('nl'));
  });

  it('opens a link with a retired outline: the rest of the view opens and the notice names what was left out', async () => {
    await renderApp('v=1&layer=ggd_2013&lang=en&ov=ggd_2099,provincie_2013&sel=GM0363');
    await waitForScene((s) => s.selected === 'GM0363' && s.overlays.length === 1);
    expect(map().scene().overlays[0].layerId).toBe('provincie_2013');
    expect(screen.getByRole('alert').textContent).toMatch(/Left out: outline "ggd_2099" \(unknown division\)/);
    expect(window.location.hash).not.toMatch(/ggd_2099/);
  });

  it('credits the boundaries and every source document in the footer, from the document list, in the language shown', async () => {
    await renderApp();
    await waitForScene((s) => s.fillColour.size > 0);
    const footer = () => document.querySelector('footer.credit')!.textContent!;
    expect(footer()).toMatch(/^Grenzen: CBS\/Kadaster \(2011–2015\), CC BY 4\.0\. Regio’s en cijfers: VNG \(2013\) · .*Invoering CJG \(VNG\) en deJeugdZaak \(2011\) · .*CBS StatLine \(2025\)\.$/);
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    await waitFor(() => expect(footer()).toMatch(/^Boundaries: Statistics Netherlands \(CBS\)\/Kadaster \(2011–2015\), CC BY 4\.0\. Regions and figures: VNG \(Association of Netherlands Municipalities\) \(2013\) · /));
  });

  it('keeps a notice about something else beside the link\'s, closes both with one press, and a link read anew says only what it lacks', async () => {
    await renderApp('v=1&layer=ggd_2013&lang=nl&ov=ggd_2099');
    const banner = () => document.querySelector('.notice.banner');
    await waitFor(() => expect(banner()?.textContent).toMatch(/omlijning "ggd_2099"/));
    act(() => setNotice('storage', () => 'Opslag vol.'));
    expect([...banner()!.querySelectorAll('[data-subject]')].map((n) => n.getAttribute('data-subject'))).toEqual(['link', 'storage']);
    fireEvent.click(within(banner() as HTMLElement).getByRole('button', { name: 'Sluiten' }));
    expect(banner()).toBeNull();
    act(() => setNotice('storage', () => 'Opslag vol.'));
    history.pushState(null, '', '#v=1&layer=ggd_2013&lang=nl&op=47');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await waitFor(() => expect(banner()?.textContent).toMatch(/dekking "47" \(buiten het bereik\)/));
    expect(banner()!.textContent).toMatch(/Opslag vol\./);
    history.pushState(null, '', '#v=1&layer=ggd_2013&lang=nl');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await waitFor(() => expect(banner()!.textContent).not.toMatch(/dekking/));
    expect(banner()!.textContent).toMatch(/Opslag vol\./);
  });

  it('the notice of a link follows a switch of language', async () => {
    await renderApp('v=1&layer=ggd_2013&lang=nl&ov=ggd_2099');
    await waitForScene((s) => s.fillColour.size > 0);
    const banner = () => screen.getAllByRole('alert').find((a) => a.classList.contains('banner'))!;
    expect(banner().textContent).toMatch(/Weggelaten: omlijning "ggd_2099" \(onbekende indeling\)/);
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    await waitFor(() => expect(banner().textContent).toMatch(/Left out: outline "ggd_2099" \(unknown division\)/));
    expect(banner().textContent).not.toMatch(/Weggelaten/);
  });

  it('drops a linked municipality the geometry year lacks and a region page the layer lacks, and says so once the layer has loaded', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&sel=GM9999&region=ZK13');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/gemeente "GM9999" \(geen gemeente in dit geometriejaar\); regiopagina "ZK13" \(niet in deze indeling\)/));
    expect(useStore.getState().selected).toBeNull();
    expect(useStore.getState().region).toBeNull();
    expect(window.location.hash).not.toMatch(/GM9999|ZK13/);
  });

  it('says that a municipality kept from a map of another year is not one of this year, not that it is unplaced', async () => {
    await renderApp('v=1&layer=ggd_2014&lang=nl&sel=GM1921');
    await waitForScene((s) => s.selected === 'GM1921' && s.fillColour.size > 0);
    fireEvent.change(screen.getByTestId('round'), { target: { value: 'ggd_2013' } });
    await waitForScene((s) => s.municipalities.features.length === 408);
    expect(within(screen.getByTestId('selection')).getByRole('alert').textContent).toBe('GM1921 is geen gemeente van 2013: deze indeling is getekend op de gemeentegrenzen van 1 januari 2013.');
  });

  it('the skip link moves the focus to the side panel and leaves the address and history alone', async () => {
    await renderApp('v=1&layer=ggd_2013&lang=nl');
    await waitForScene((s) => s.fillColour.size > 0);
    const before = { hash: window.location.hash, length: history.length };
    fireEvent.click(screen.getByRole('link', { name: 'Naar het zijpaneel' }));
    expect(document.activeElement).toBe(document.getElementById('panel'));
    expect({ hash: window.location.hash, length: history.length }).toEqual(before);
  });

  it('a long hostile value is quoted short in the notice', async () => {
    await renderApp(`v=1&layer=${'x'.repeat(5000)}`);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent!.length).toBeLessThan(300);
  });
});
