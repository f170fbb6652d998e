/**
 * Browser test harness: serves the built app (dist/) with Vite's preview server on a free port and
 * drives Debian's Chromium through playwright-core. Records console errors, page errors and any
 * request that leaves the machine, so journeys can assert that there are none.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
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

/** Starts the preview server on the built app and launches Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(projectRoot, 'dist', 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM_PATH)`);
  const server: PreviewServer = await preview({ root: projectRoot, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
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
export function harnessForFile(): Harness {
  const harness = {} as Harness;
  before(async () => {
    Object.assign(harness, await startHarness());
  });
  after(async () => {
    await harness.close?.();
  });
  return harness;
}

/** Opens a page at a hash of the app and records console errors and outside requests. */
export async function openApp(harness: Harness, hash = '', viewport = { width: 1400, height: 900 }): Promise<RecordedPage> {
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
  await page.addInitScript(installMapPixels);
  await page.goto(harness.baseUrl + (hash ? `#${hash}` : ''));
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

/** Pixels of the map canvas in a page rectangle (the whole canvas when none is given). */
export interface MapPixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

type PixelReader = (rect?: { x: number; y: number; width: number; height: number }) => MapPixels;

/**
 * Runs in the page (installed by openApp): defines window.__mapPixels, which copies the map canvas
 * (drawn with preserveDrawingBuffer) and reads a rectangle given in page coordinates.
 */
function installMapPixels(): void {
  (window as unknown as { __mapPixels: PixelReader }).__mapPixels = (rect) => {
    const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const r = rect
      ? { x: Math.round((rect.x - box.left) * scale), y: Math.round((rect.y - box.top) * scale), w: Math.max(1, Math.round(rect.width * scale)), h: Math.max(1, Math.round(rect.height * scale)) }
      : { x: 0, y: 0, w: copy.width, h: copy.height };
    return { data: ctx.getImageData(r.x, r.y, r.w, r.h).data, width: r.w, height: r.h };
  };
}

/** The RGB colour the map canvas shows at a page point. */
export async function canvasColourAt(page: Page, point: { x: number; y: number }): Promise<[number, number, number]> {
  return page.evaluate(({ x, y }) => {
    const d = (window as unknown as { __mapPixels: PixelReader }).__mapPixels({ x, y, width: 1, height: 1 }).data;
    return [d[0], d[1], d[2]] as [number, number, number];
  }, point);
}

/** Share of canvas pixels that differ from the background colour. */
export async function drawnShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const d = (window as unknown as { __mapPixels: PixelReader }).__mapPixels().data;
    const [r0, g0, b0] = [d[0], d[1], d[2]];
    let differ = 0;
    for (let i = 0; i < d.length; i += 16) if (d[i] !== r0 || d[i + 1] !== g0 || d[i + 2] !== b0) differ++;
    return differ / (d.length / 16);
  });
}
