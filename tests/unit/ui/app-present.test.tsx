// @vitest-environment happy-dom
/**
 * Saved views and presenter mode in the whole App against the fake renderer (moved here from the
 * browser journeys): saving views, stepping through them with the arrow keys (the scene and the
 * camera follow), leaving with Escape, and reading them back at the next start.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, within } from '@testing-library/react';
import { map, renderApp, screen, setUpAppHarness, waitFor, waitForScene } from './renderApp.tsx';
import { loadSavedViews } from '../../../src/state/exploreActions.ts';
import { useStore } from '../../../src/state/store.ts';

setUpAppHarness();
afterEach(() => localStorage.clear());

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const LONG = { timeout: 20_000 };
const savedTitles = () => [...screen.getByTestId('saved-list').querySelectorAll('li button.link')].map(text);
const press = (key: string) => fireEvent.keyDown(window, { key });

describe('presenting saved views', () => {
  it('saves two views, steps through them with the arrow keys (map and camera follow), leaves with Escape, and reads them back at the next start', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    await waitForScene((s) => s.fillColour.size > 0);
    fireEvent.click(await screen.findByTestId('save-view', {}, LONG));
    fireEvent.change(screen.getByTestId('division'), { target: { value: 'ggd' } });
    await waitFor(() => expect(useStore.getState().layerId).toBe('ggd_2013'));
    map().click('GM0363');
    await waitForScene((s) => s.selected === 'GM0363');
    const ggdFill = map().scene().fillColour;
    fireEvent.click(screen.getByTestId('zoom-in'));
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'GGD rond Amsterdam' } });
    fireEvent.click(screen.getByTestId('save-view'));
    await waitFor(() => expect(savedTitles()).toEqual(['Vierde inventarisatie regionale samenwerking jeugd (31 oktober 2013)', 'GGD rond Amsterdam']));
    const [youthCamera, amsterdamCamera] = useStore.getState().session.savedViews.map((v) => v.camera);
    expect(amsterdamCamera!.zoom).toBe(youthCamera!.zoom + 1);

    fireEvent.change(screen.getByTestId('division'), { target: { value: 'provincie' } });
    await waitFor(() => expect(useStore.getState().layerId).toBe('provincie_2013'));
    fireEvent.click(screen.getByTestId('presenter-start'));
    await screen.findByTestId('presenter', {}, LONG);
    expect(screen.getByTestId('presenter-chart')).toBeTruthy();

    press('ArrowRight');
    await waitFor(() => expect(text(screen.getByTestId('presenter-step'))).toMatch(/Weergave 1 van 2/));
    expect(text(screen.getByTestId('presenter-title'))).toMatch(/Vierde inventarisatie/);
    // The source line cites the documents as people cite them (data/documents.json), not the layer's label.
    expect(text(screen.getByTestId('presenter-source'))).toMatch(/^Bron: VNG \(2013\)\. Rapportage samenwerking decentralisatie Jeugdzorg\. Vierde inventarisatie.*Gemeentegrenzen 2013: CBS\/Kadaster \(CC BY 4\.0\)/);
    await waitFor(() => expect(useStore.getState().layerId).toBe('jeugd_2013_10'));
    await waitFor(() => expect(map().cameras.at(-1)).toEqual(youthCamera));
    press('ArrowRight');
    await waitFor(() => expect(text(screen.getByTestId('presenter-step'))).toMatch(/Weergave 2 van 2: GGD rond Amsterdam/));
    expect(text(screen.getByTestId('presenter-title'))).toMatch(/GGD/);
    expect(text(screen.getByTestId('presenter'))).toMatch(/Amsterdam/);
    await waitForScene((s) => s.selected === 'GM0363' && s.fillColour.get('GM0363') === ggdFill.get('GM0363') && s.fillColour.size === ggdFill.size);
    await waitFor(() => expect(map().cameras.at(-1)).toEqual(amsterdamCamera));
    press('ArrowLeft');
    await waitFor(() => expect(text(screen.getByTestId('presenter-step'))).toMatch(/Weergave 1 van 2/));

    press('Escape');
    await waitFor(() => expect(screen.queryByTestId('presenter')).toBeNull());
    await waitFor(() => expect(window.location.hash).not.toMatch(/presenter/));

    // The next start (main.tsx) reads the views back from the browser's storage.
    cleanup();
    useStore.setState({ session: { ...useStore.getState().session, savedViews: [] } });
    loadSavedViews();
    await renderApp('v=1&layer=ggd_2013&lang=nl');
    await waitFor(() => expect(savedTitles()).toHaveLength(2), LONG);
    expect(within(screen.getByTestId('saved-list')).getByRole('button', { name: 'GGD rond Amsterdam' })).toBeTruthy();
  });
});
