/**
 * A/B of two production builds (see docs/performance.md): serves two `dist` folders and loads the
 * youth layer from each in turn, alternating the order, in one headless Chromium without a GPU, and
 * prints the median first settled map of each (drawn, and no frame over 50 ms in the second after
 * it, as in bench-map.ts) and their ratio. Usage:
 *   git stash && npx vite build --outDir /tmp/before && git stash pop && npx vite build --outDir /tmp/after
 *   npx tsx scripts/bench-ab.ts /tmp/before /tmp/after 12
 * No figure fails the run; put them in the commit message.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const [dirA, dirB] = process.argv.slice(2, 4).map((d) => resolve(d));
const RUNS = Number(process.argv[4] ?? 10);
if (!dirA || !dirB || ![dirA, dirB].every((d) => existsSync(join(d, 'index.html')))) {
  console.error('usage: tsx scripts/bench-ab.ts <dist A> <dist B> [runs]: both folders need an index.html');
  process.exit(1);
}
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.csv': 'text/csv' };

function serve(root: string): Promise<string> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

// A string, not a function: tsx would wrap named functions in a helper the page does not have.
const RECORDER = `window.__ab = { frames: [], doneAt: null, seen: false };
requestAnimationFrame(function loop(t) {
  var b = window.__ab;
  b.frames.push(t);
  if (b.seen && b.doneAt === null) b.doneAt = t;
  if (!b.seen && document.querySelectorAll('[data-testid="map"] [data-code]').length >= 408 && !document.querySelector('.loading, .loading-overlay')) b.seen = true;
  requestAnimationFrame(loop);
});`;

const bases = [await serve(dirA), await serve(dirB)];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const settled: number[][] = [[], []];
const drawn: number[][] = [[], []];
try {
  for (let run = 0; run < RUNS; run++) {
    for (const which of run % 2 ? [1, 0] : [0, 1]) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript({ content: RECORDER });
      await page.goto(`${bases[which]}/#v=1&layer=jeugd_2013_10&lang=nl`);
      await page.waitForFunction(() => (window as unknown as { __ab: { doneAt: number | null } }).__ab.doneAt !== null, null, { timeout: 30_000 });
      await page.waitForTimeout(1000);
      const [s, d] = await page.evaluate(() => {
        const b = (window as unknown as { __ab: { frames: number[]; doneAt: number } }).__ab;
        let end = b.doneAt;
        for (let i = 1; i < b.frames.length; i++) if (b.frames[i] > b.doneAt && b.frames[i] < b.doneAt + 1000 && b.frames[i] - b.frames[i - 1] > 50) end = b.frames[i];
        return [end, b.doneAt];
      });
      settled[which].push(s);
      drawn[which].push(d);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`A/B, ${RUNS} runs each, alternating, Chromium --disable-gpu, 1400x900`);
for (const [i, name] of [dirA, dirB].entries()) console.log(`${'AB'[i]} ${name}: first settled map ${median(settled[i]).toFixed(0)} ms (map drawn ${median(drawn[i]).toFixed(0)} ms); runs ${settled[i].map((x) => x.toFixed(0)).join(' ')}`);
console.log(`B/A: ${(median(settled[1]) / median(settled[0])).toFixed(2)}`);
process.exit(0);
