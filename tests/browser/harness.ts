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
import { after } from 'node:test';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
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

/** Presses a language button (NL or EN) and waits until the page speaks it: English is a chunk loaded on the first switch. */
export async function switchLanguage(page: Page, button: 'NL' | 'EN'): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, button.toLowerCase());
}
