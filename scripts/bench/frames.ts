/**
 * What the map benchmarks share (bench-map.ts, bench-ab.ts): headless Chromium without a GPU, a frame
 * recorder injected before any page script, the "settled" measure, and static files served with the
 * caching of docs/deployment.md.
 */
import type { ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless Chromium without a GPU, as on a virtual desktop. */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** A frame longer than this holds the page up. */
export const LONG_FRAME = 50;

/**
 * Injected before any page script: a requestAnimationFrame loop that records frame times, the first
 * frame in which a condition holds (`window.__bench.watch`), and the long frames after it.
 */
// A string, not a function: tsx would wrap named functions in a helper the page does not have.
export const FRAME_RECORDER = `
  window.__bench = { frames: [], doneAt: null, seen: false, watch: null };
  requestAnimationFrame(function loop(t) {
    const b = window.__bench;
    b.frames.push(t);
    // The change is painted at the end of the frame in which it is first seen: it is on screen at
    // the start of the next frame, which is the time recorded (as for the bare page in the notes).
    if (b.seen && b.doneAt === null) b.doneAt = t;
    if (b.watch && !b.seen && b.doneAt === null && b.watch()) b.seen = true;
    requestAnimationFrame(loop);
  });
  window.__fills = function () {
    return Array.from(document.querySelectorAll('[data-testid="map"] [data-code]'), function (p) { return p.getAttribute('fill'); }).join();
  };`;

/** Sets the recorder's condition, before any page script: the app's map shows all municipalities of its layer. */
export function watchAppMap(): void {
  (window as unknown as { __bench: { watch: () => boolean } }).__bench.watch = () =>
    document.querySelectorAll('[data-testid="map"] [data-code]').length >= 408 && !document.querySelector('.loading, .loading-overlay');
}

/**
 * The settled time of the watched condition since `from`: when it first held on screen, or the end of
 * the last frame over 50 ms in the second after that, whichever is later.
 */
export async function settledSince(page: Page, from: number, timeout = 30_000, windowMs = 1000): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __bench: { doneAt: number | null } }).__bench.doneAt !== null, null, { timeout });
  await page.waitForTimeout(windowMs);
  return page.evaluate(
    ({ from, long, windowMs }) => {
      const b = (window as unknown as { __bench: { frames: number[]; doneAt: number } }).__bench;
      let settled = b.doneAt;
      for (let i = 1; i < b.frames.length; i++) {
        const t = b.frames[i];
        if (t > b.doneAt && t < b.doneAt + windowMs && t - b.frames[i - 1] > long) settled = t;
      }
      return settled - from;
    },
    { from, long: LONG_FRAME, windowMs },
  );
}

/** The frame in which the watched condition was first on screen, since navigation start. */
export function drawnAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __bench: { doneAt: number } }).__bench.doneAt);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.csv': 'text/csv' };

/**
 * Answers with a file of `root` (`path` inside it, `/` for index.html), with the caching
 * docs/deployment.md asks for: hashed assets for a year, everything else revalidated.
 */
export function sendFile(res: ServerResponse, root: string, path: string): void {
  const file = join(root, path === '/' ? 'index.html' : path);
  if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
  const cacheControl = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cacheControl }).end(readFileSync(file));
}
