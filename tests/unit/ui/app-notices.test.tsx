// @vitest-environment happy-dom
/**
 * Notices of failed loads, in the language shown: a file that does not arrive is said in words, and
 * what still works is said too (a file of its own, so that no earlier spec has loaded it).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent } from '@testing-library/react';
import { importWorkspace } from '../../../src/state/workspaceActions.ts';
import { fetchFromDisk, renderApp, screen, setUpAppHarness, waitFor, waitForScene } from './renderApp.tsx';

setUpAppHarness();
afterEach(() => vi.stubGlobal('fetch', fetchFromDisk));

describe('a file that does not arrive', () => {
  it('says that the other names of municipalities are missing and that searching by CBS name still works, in Dutch and then in English', async () => {
    vi.stubGlobal('fetch', (input: RequestInfo | URL) => (String(input instanceof Request ? input.url : input).includes('search_aliases') ? Promise.resolve(new Response('nope', { status: 503 })) : fetchFromDisk(input)));
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    await waitForScene((s) => s.fillColour.size > 0);
    const banner = () => document.querySelector('.notice.banner [data-subject="search"]');
    await waitFor(() => expect(banner()?.textContent).toMatch(/^De andere namen van gemeenten \(zoals Den Bosch\) konden niet worden geladen; zoeken op CBS-naam en -code werkt wel \(/));
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    await waitFor(() => expect(banner()?.textContent).toMatch(/^The other names of municipalities \(such as Den Bosch\) could not be loaded; searching by CBS name and code still works/));
  });

  it('says in words why a workspace file cannot be read, with the technical detail after it, and changes nothing', async () => {
    await renderApp('v=1&layer=jeugd_2013_10&lang=nl');
    await waitForScene((s) => s.fillColour.size > 0);
    await act(() => importWorkspace('<html><body>502 Bad Gateway</body></html>'));
    const banner = () => document.querySelector('.notice.banner [data-subject="workspace"]')?.textContent ?? '';
    expect(banner()).toMatch(/^Dit werkruimtebestand is niet te lezen: het is geen JSON-bestand\. Er is niets veranderd\. \(Technisch: not JSON/);
    await act(() => importWorkspace('{"format":"iets anders"}'));
    expect(banner()).toMatch(/^Dit werkruimtebestand is niet te lezen: het is geen werkruimte van Regioscoop, of het is beschadigd\. Er is niets veranderd\./);
  });
});
