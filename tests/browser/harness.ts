/**
 * Browser test harness: serves the built app (dist/) with Vite's preview server on a free port and
 * drives Debian's Chromium through playwright-core. Records console errors, page errors and any
 * request that leaves the machine, so journeys can assert that there are none.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { after, before } from 'node:test';
import { projectRoot } from '../unit/realData.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A running app and browser for one test file. */
export interface Harness {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** A page with what it logged. */
export interface RecordedPage {
  page: Page;
  consoleErrors: string[];
  externalRequests: string[];
}

/** Starts the preview server on the built app and launches Chromium (with extra flags, e.g. --disable-webgl). */
export async function startHarness(extraArgs: readonly string[] = []): Promise<Harness> {
  if (!existsSync(join(projectRoot, 'dist', 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM_PATH)`);
  const server: PreviewServer = await preview({ root: projectRoot, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', ...extraArgs],
  });
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The harness of one test file: started before its first test, closed after its last. The object
 * is filled in by the before hook, so tests read its fields only inside tests.
 */
export function harnessForFile(extraArgs: readonly string[] = []): Harness {
  const harness = {} as Harness;
  before(async () => {
    Object.assign(harness, await startHarness(extraArgs));
  });
  after(async () => {
    await harness.close?.();
  });
  return harness;
}

/** Opens a page at a hash of the app and records console errors and outside requests. */
export async function openApp(harness: Harness, hash = '', viewport = { width: 1400, height: 900 }, search = ''): Promise<RecordedPage> {
  const page = await harness.browser.newPage({ viewport });
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(harness.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) externalRequests.push(url);
  });
  await page.goto(harness.baseUrl + search + (hash ? `#${hash}` : ''));
  return { page, consoleErrors, externalRequests };
}

/** Waits until the map has drawn its current scene. */
export async function mapIdle(page: Page): Promise<void> {
  // The chosen layer has loaded (no loading notice) and the map exists; then wait for a frame at rest.
  await page.waitForFunction(
    () => Boolean((window as unknown as { __regioscoopMap?: unknown }).__regioscoopMap) && !document.querySelector('.loading, .loading-overlay'),
    null,
    { timeout: 30_000 },
  );
  await page.evaluate(
    () =>
      Promise.race([
        (window as unknown as { __regioscoopMap: { idle(): Promise<void> } }).__regioscoopMap.idle(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('the map did not become idle within 30 s')), 30_000)),
      ]),
  );
}

/** The page coordinates of a municipality's interior point on the map. */
export async function municipalityPoint(page: Page, code: string): Promise<{ x: number; y: number }> {
  const local = await page.evaluate((c) => (window as unknown as { __regioscoopMap: { project(c: string): { x: number; y: number } | null } }).__regioscoopMap.project(c), code);
  if (!local) throw new Error(`${code} is not on the map`);
  const box = await page.getByTestId('map').boundingBox();
  return { x: box!.x + local.x, y: box!.y + local.y };
}

/** Pixels of the map as drawn on screen, in a page rectangle (the whole map when none is given). */
export interface MapPixels {
  data: Uint8Array;
  width: number;
  height: number;
}

/** What lies on top of the map's drawing: labels, tooltip, legend, buttons (hidden while pixels are read). */
const OVERLAYS = '.map-labels, .tooltip, .legend, .map-controls, .loading-overlay';

/**
 * Reads the map's pixels from a screenshot, so the same check works for every renderer (SVG or
 * WebGL canvas); labels and other overlays are hidden meanwhile so they do not cover the fill.
 */
export async function mapPixels(page: Page, rect?: { x: number; y: number; width: number; height: number }): Promise<MapPixels> {
  const clip = rect ?? (await page.getByTestId('map').boundingBox());
  if (!clip) throw new Error('the map is not on the page');
  // Through the CSSOM (element.style), which the app's Content-Security-Policy allows; a <style> tag it forbids.
  const hide = (hidden: boolean) =>
    page.evaluate(
      ({ selector, hidden }) => document.querySelectorAll<HTMLElement>(selector).forEach((el) => el.style.setProperty('visibility', hidden ? 'hidden' : '', hidden ? 'important' : '')),
      { selector: OVERLAYS, hidden },
    );
  await hide(true);
  try {
    const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(clip.x), y: Math.round(clip.y), width: Math.max(1, Math.round(clip.width)), height: Math.max(1, Math.round(clip.height)) } }));
    return { data: png.data, width: png.width, height: png.height };
  } finally {
    await hide(false);
  }
}

/** The RGB colour the map shows at a page point. */
export async function canvasColourAt(page: Page, point: { x: number; y: number }): Promise<[number, number, number]> {
  const { data } = await mapPixels(page, { x: point.x, y: point.y, width: 1, height: 1 });
  return [data[0], data[1], data[2]];
}

/** Share of map pixels that differ from the background colour (the colour in the top-right corner). */
export async function drawnShare(page: Page): Promise<number> {
  const { data, width } = await mapPixels(page);
  const corner = (width - 1) * 4;
  const [r0, g0, b0] = [data[corner], data[corner + 1], data[corner + 2]];
  let differ = 0;
  for (let i = 0; i < data.length; i += 16) if (data[i] !== r0 || data[i + 1] !== g0 || data[i + 2] !== b0) differ++;
  return differ / (data.length / 16);
}

/** Which renderer draws the map ('svg' or 'maplibre'). */
export async function rendererKind(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as { __regioscoopMap?: { kind: string } }).__regioscoopMap?.kind ?? null);
}

/** Presses a language button (NL or EN) and waits until the page speaks it: English is a chunk loaded on the first switch. */
export async function switchLanguage(page: Page, button: 'NL' | 'EN'): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, button.toLowerCase());
}
