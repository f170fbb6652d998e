// @vitest-environment happy-dom
/**
 * Region pages and sources in the whole App (moved here from the browser journeys): a region page
 * opened from a link, every source shown as a citation, and the data notes in one language at a time.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent } from '@testing-library/react';
import { map, renderApp, screen, setUpAppHarness, waitFor, waitForScene } from './renderApp.tsx';

setUpAppHarness();

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const LONG = { timeout: 20_000 };

/** What the side panel shows: the text of #panel without the bodies of closed <details> (the browser does not render them). */
function panelText(): string {
  const panel = document.getElementById('panel')!.cloneNode(true) as HTMLElement;
  for (const details of panel.querySelectorAll('details:not([open])')) for (const child of [...details.children]) if (child.tagName !== 'SUMMARY') child.remove();
  return text(panel);
}

/** The side panel's text with every <details> open. */
function openPanelText(): string {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('#panel details')) d.open = true;
  return text(document.getElementById('panel')!);
}

// File names and paths are the technical reference only, never the visible source.
const FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt|\.\.\/shared|data\/cbs\/|\.csv\b/;
// Phrases of the data's notes, evidence and reasons in one language that must not show in the other.
const ENGLISH_NOTES = [/\bWmo list\b/, /\bWmo with\b/, /\bWmo \(AWBZ\) with\b/, /not named in the text/, /\bundecidable\b/, /\bcarried over\b/, /stated in the text/, /other reading/, /Likely reason/, /\bThe figure\b/];
const DUTCH_NOTES = [/Wmo-ledenlijst/, /\bWmo met\b/, /\bWmo \(AWBZ\) met\b/, /niet genoemd in de tekst/, /niet te beslissen/, /overgenomen indeling/, /in de tekst/, /andere lezing/, /Waarschijnlijke reden/, /\bHet cijfer\b/];

describe('region pages and sources', () => {
  it('opens a region page from a link: members with CBS code and population, printed and computed side by side, the doubt, and the link kept until it is closed', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&region=j-food-valley');
    const title = await screen.findByTestId('region-page-title', {}, LONG);
    expect(text(title)).toBe('Food Valley');
    const members = text(screen.getByTestId('region-members'));
    expect(members).toMatch(/GM0289\s*Wageningen\s*37\.408/);
    expect(members).toMatch(/Totaal\s*337\.712/);
    const reported = await screen.findByTestId('region-reported', {}, LONG);
    expect(text(reported)).toBe('296.390');
    expect(text(screen.getByTestId('region-difference'))).toBe('-41.322 (-12,2 %)');
    expect(text(screen.getByTestId('region-likely-reason'))).toMatch(/niet te beslissen/);
    expect(text(screen.getByTestId('region-doubts'))).toMatch(/Wageningen: ingedeeld bij Food Valley; andere lezing: Arnhem/);
    expect(text(screen.getByTestId('region-changes'))).toMatch(/Derde inventarisatie.*dezelfde deelnemers/);
    await waitFor(() => expect(window.location.hash).toMatch(/region=j-food-valley/));
    fireEvent.click(screen.getByTestId('close-region-page'));
    await waitFor(() => expect(window.location.hash).not.toMatch(/region=/));
    expect(screen.queryByTestId('region-page-title')).toBeNull();
  });

  it('outlines the region of the open page on the map, around its members only, and drops the outline when the page closes', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&region=j-food-valley');
    await screen.findByTestId('region-page-title', {}, LONG);
    await waitForScene((s) => s.highlight !== null);
    const outline = map().scene().highlight!;
    // Food Valley (Wageningen, Ede, Veenendaal, ...) lies around 5.5-5.8 E, 52.0-52.2 N: the outline stays there.
    const points = outline.coordinates.flat();
    expect(points.length).toBeGreaterThan(20);
    for (const [lng, lat] of points) {
      expect(lng).toBeGreaterThan(5.2);
      expect(lng).toBeLessThan(6.0);
      expect(lat).toBeGreaterThan(51.8);
      expect(lat).toBeLessThan(52.4);
    }
    expect(text(screen.getByTestId('legend'))).toMatch(/Regiopagina: Food Valley/);
    fireEvent.click(screen.getByTestId('close-region-page'));
    await waitForScene((s) => s.highlight === null);
    expect(text(screen.getByTestId('legend'))).not.toMatch(/Regiopagina/);
  });

  it('shows every source as a citation (publisher, title, date, Kamerstuk), the file only in a "technische bron" detail', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&region=j-food-valley&sel=GM0289');
    const sources = await screen.findByTestId('region-sources', {}, LONG);
    expect(text(sources)).toMatch(/VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg\. Vierde inventarisatie .* Kamerstukken II 2013\/14, 31 839, nr\. 343/);
    expect(text(sources)).toMatch(/Eerste inventarisatie regionale samenwerking nieuwe Wmo-taken/);
    await waitFor(() => expect(screen.getAllByTestId('membership-provenance').length).toBeGreaterThan(0), LONG);
    expect(panelText()).not.toMatch(FILE_NAME);
    const detail = screen.getByTestId('layer-source').querySelector('details')!;
    expect(text(detail)).toMatch(/seeds\/000_a8adfdf92dd4663a\.txt, Regio's per provincie/);
  });

  it('says so when a CBS division-year is carried over from another year, and cites CBS', async () => {
    await renderApp('v=1&layer=zorgkantoor_2013&lang=nl');
    const status = await screen.findByTestId('layer-status', {}, LONG);
    expect(text(status)).toMatch(/overgenomen indeling van een ander jaar/);
    expect(text(screen.getByTestId('layer-source'))).toMatch(/^CBS \(2011–2015\)\. Gebiedsindelingen/);
  });

  it('shows the data notes in one language at a time: no English ones in the Dutch UI, no Dutch ones in the English UI', async () => {
    // Eemnes (notes, evidence), Food Valley (a contradiction, a doubt) and the layer notes.
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl&region=j-food-valley&sel=GM0317');
    await screen.findByTestId('membership-note', {}, LONG);
    await screen.findByTestId('region-likely-reason', {}, LONG);
    const nl = openPanelText();
    expect(nl).toMatch(/Wmo \(AWBZ\) met Gooi- en Vechtstreek/);
    for (const phrase of ENGLISH_NOTES) expect(nl).not.toMatch(phrase);
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    await waitFor(() => expect(text(screen.getByTestId('membership-note'))).toMatch(/with/), LONG);
    await screen.findByTestId('region-likely-reason', {}, LONG);
    const en = openPanelText();
    expect(en).toMatch(/Wmo \(AWBZ\) with Gooi- en Vechtstreek/);
    expect(en).toMatch(/Likely reason/);
    for (const phrase of DUTCH_NOTES) expect(en).not.toMatch(phrase);
  });
});
