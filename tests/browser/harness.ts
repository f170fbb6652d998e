/**
 * Browser test harness: one Vite preview server on the built app (dist/) and one Chromium (Debian's,
 * through playwright-core) shared by every journey of the run, started by the first journey and
 * closed after the last. Each journey opens its pages in a fresh browser context (its own storage);
 * a page records console errors, Content-Security-Policy violations and any request that leaves
 * the machine, so journeys can assert that there are none.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { projectRoot } from '../unit/realData.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];
const DESKTOP = { width: 1400, height: 900 };

/** The app server and the browser all journeys share. */
export interface Suite {
  baseUrl: string;
  browser: Browser;
}

let running: Promise<{ suite: Suite; server: PreviewServer }> | undefined;

async function startServer(): Promise<{ baseUrl: string; server: PreviewServer }> {
  if (!existsSync(join(projectRoot, 'dist', 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const server = await preview({ root: projectRoot, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { baseUrl: `http://127.0.0.1:${address.port}/`, server };
}

async function start(): Promise<{ suite: Suite; server: PreviewServer }> {
  const { baseUrl, server } = await startServer();
  return { suite: { baseUrl, browser: await launchBrowser() }, server };
}

/** The shared server and browser, started on first use. */
export async function suite(): Promise<Suite> {
  running ??= start();
  return (await running).suite;
}

// Closed once, after the last journey of the run (whichever file imported this module).
after(async () => {
  if (!running) return;
  const { suite: shared, server } = await running;
  await shared.browser.close();
  await server.close();
});

/** Launches another Chromium with extra flags (e.g. --disable-webgl); the caller closes it. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A page with what it logged since it was opened (over every load). */
export interface RecordedPage {
  page: Page;
  baseUrl: string;
  consoleErrors: string[];
  cspViolations: string[];
  externalRequests: string[];
}

const CSP_PREFIX = 'CSP violation: ';

/**
 * Opens a page in a fresh browser context (empty storage) of the shared browser, or of `browser`,
 * recording console errors, CSP violations (from the first script on) and outside requests.
 */
export async function openPage(options: { viewport?: { width: number; height: number }; browser?: Browser } = {}): Promise<RecordedPage> {
  const { baseUrl, browser: shared } = await suite();
  const context = await (options.browser ?? shared).newContext({ viewport: options.viewport ?? DESKTOP });
  // Reported through the console, so the recorder below sees them on every load and in every page of the context.
  await context.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`${prefix}${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  }, CSP_PREFIX);
  const page = await context.newPage();
  const recorded: RecordedPage = { page, baseUrl, consoleErrors: [], cspViolations: [], externalRequests: [] };
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    recorded.consoleErrors.push(m.text());
    if (m.text().startsWith(CSP_PREFIX)) recorded.cspViolations.push(m.text().slice(CSP_PREFIX.length));
  });
  page.on('pageerror', (e) => recorded.consoleErrors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) recorded.externalRequests.push(url);
  });
  return recorded;
}

/**
 * Opens the app at a hash (and query) the way a link does, with a fresh load: a goto that changes
 * only the hash of the open app would change its view in place instead.
 */
export async function visit(recorded: RecordedPage, hash = '', search = ''): Promise<void> {
  if (recorded.page.url() !== 'about:blank') await recorded.page.goto('about:blank');
  await recorded.page.goto(recorded.baseUrl + search + (hash ? `#${hash}` : ''));
}

/** Closes a page and its context. */
export async function closePage(recorded: RecordedPage): Promise<void> {
  await recorded.page.context().close();
}

/** Asserts that the page logged no console error, no CSP violation and sent no request off the machine. */
export function assertClean(recorded: RecordedPage): void {
  assert.deepEqual(recorded.cspViolations, [], 'no Content-Security-Policy violation');
  assert.deepEqual(recorded.consoleErrors, [], 'no console error');
  assert.deepEqual(recorded.externalRequests, [], 'no request leaves the machine');
}

/** Runs one step of a journey; a failure names the step it happened in. STEP_TIMES=1 prints each step's duration. */
export async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error) error.message = `${name}: ${error.message}`;
    throw error;
  } finally {
    if (process.env.STEP_TIMES) console.log(`${((performance.now() - started) / 1000).toFixed(1)} s  ${name}`);
  }
}

/** A file downloaded by clicking a button (a test id or a locator): its suggested name and bytes. */
export async function download(page: Page, button: string | Locator): Promise<{ name: string; bytes: Buffer; text: string }> {
  const target = typeof button === 'string' ? page.getByTestId(button) : button;
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), target.click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
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

/** The map's camera: centre and zoom level. */
export async function camera(page: Page): Promise<{ center: [number, number]; zoom: number }> {
  return page.evaluate(() => (window as unknown as { __regioscoopMap: { camera(): { center: [number, number]; zoom: number } } }).__regioscoopMap.camera());
}

// The per-file harness of the old test files, kept while they move into journeys/ (removed with the last of them).
/** A running app and browser for one test file. */
export interface Harness {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts a preview server of its own and launches Chromium (with extra flags, e.g. --disable-webgl). */
export async function startHarness(extraArgs: readonly string[] = []): Promise<Harness> {
  const { baseUrl, server } = await startServer();
  const browser = await launchBrowser(extraArgs);
  return {
    baseUrl,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The harness of one test file: started before its first test, closed after its last. */
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
export async function openApp(harness: Harness, hash = '', viewport = DESKTOP, search = ''): Promise<{ page: Page; consoleErrors: string[]; externalRequests: string[] }> {
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
