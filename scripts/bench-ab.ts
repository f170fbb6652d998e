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
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, CHROMIUM, FRAME_RECORDER, drawnAt, sendFile, settledSince, watchAppMap } from './bench/frames.ts';

const [dirA, dirB] = process.argv.slice(2, 4).map((d) => resolve(d));
const RUNS = Number(process.argv[4] ?? 10);
if (!dirA || !dirB || ![dirA, dirB].every((d) => existsSync(join(d, 'index.html')))) {
  console.error('usage: tsx scripts/bench-ab.ts <dist A> <dist B> [runs]: both folders need an index.html');
  process.exit(1);
}

function serve(root: string): Promise<string> {
  const server = createServer((req, res) => sendFile(res, root, new URL(req.url ?? '/', 'http://x').pathname));
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

const bases = [await serve(dirA), await serve(dirB)];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
const settled: number[][] = [[], []];
const drawn: number[][] = [[], []];
try {
  for (let run = 0; run < RUNS; run++) {
    for (const which of run % 2 ? [1, 0] : [0, 1]) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript({ content: FRAME_RECORDER });
      await page.addInitScript(watchAppMap);
      await page.goto(`${bases[which]}/#v=1&layer=jeugd_2013_10&lang=nl`);
      settled[which].push(await settledSince(page, 0));
      drawn[which].push(await drawnAt(page));
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
