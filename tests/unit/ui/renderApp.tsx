/**
 * Renders the whole App in happy-dom against the real data files (fetch is answered from disk)
 * and the fake renderer, starting from a link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { App } from '../../../src/ui/App.tsx';
import { setRendererFactoryForTests } from '../../../src/map/chooseRenderer.ts';
import { mountBelowMapAtOnceForTests } from '../../../src/ui/AfterMap.tsx';
import { DEFAULT_VIEW, useStore } from '../../../src/state/store.ts';
import { DEFAULT_SESSION } from '../../../src/state/explore.ts';
import { projectRoot } from '../realData.ts';
import { fakeRendererFactory, type FakeMap } from './fakeRenderer.ts';

/** Serves the app's data and geometry URLs (as Vite's ?url imports name them) from the project folder. */
export function fetchFromDisk(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost/');
  const path = decodeURIComponent(url.pathname).replace(/^\/(@fs)?/, '');
  const file = path.startsWith(projectRoot.slice(1)) ? `/${path}` : join(projectRoot, path);
  try {
    return Promise.resolve(new Response(readFileSync(file, 'utf8'), { status: 200 }));
  } catch {
    return Promise.resolve(new Response('not found', { status: 404 }));
  }
}

const initialState = useStore.getState();
let fakes = fakeRendererFactory();

/** Installs the fetch stub and the fake renderer, and resets the store between specs. */
export function setUpAppHarness(): void {
  // Rendering the App with 408 municipalities takes ~0.3 s alone, seconds on a busy 2-core machine.
  vi.setConfig({ testTimeout: 30_000 });
  beforeAll(() => {
    vi.stubGlobal('fetch', fetchFromDisk);
    // happy-dom has no layout: the analysis panel below the map mounts once the map has drawn.
    mountBelowMapAtOnceForTests(true);
  });
  beforeEach(() => {
    fakes = fakeRendererFactory();
    setRendererFactoryForTests(fakes.factory);
    useStore.setState({ ...initialState, ...DEFAULT_VIEW, notices: [], markedCodes: [], session: DEFAULT_SESSION }, true);
  });
  afterEach(() => {
    cleanup();
    setRendererFactoryForTests(null);
    window.location.hash = '';
  });
}

/** The map on screen (the last fake renderer created). */
export function map(): FakeMap {
  return fakes.current();
}

/** Opens the App at a link and waits until the map has its first scene. */
export async function renderApp(hash = ''): Promise<void> {
  history.replaceState(null, '', hash ? `#${hash}` : window.location.pathname);
  render(<App />);
  await waitFor(() => expect(fakes.maps.length > 0 && fakes.current().scenes.length > 0).toBe(true), { timeout: 20_000 });
}

/** Waits until the last scene satisfies a condition. */
export async function waitForScene(check: (scene: ReturnType<FakeMap['scene']>) => boolean): Promise<void> {
  await waitFor(() => expect(check(map().scene())).toBe(true), { timeout: 20_000 });
}

export { screen, waitFor };
