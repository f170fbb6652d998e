/**
 * Map benchmark (npm run bench:map; see docs/performance.md). Serves the production build, drives
 * headless Chromium without a GPU and prints, for the app on each renderer and for a bare SVG page
 * drawing the same municipalities in the same run:
 * - time to the first settled map (drawn, and no frame over 50 ms after it);
 * - time from a division switch to the new colours on screen, settled the same way;
 * - the JS heap after 100 switches against the heap after the first;
 * - the app's initial JavaScript (gzipped) on the SVG path.
 * Every figure is printed with its ratio to the bare page measured in this run: absolute figures on
 * shared machines vary by a factor of two with load. No figure fails the run; read them.
 * A second baseline, the React floor (scripts/bench/reactFloor.tsx), draws the bare page's paths with
 * React: the part of the first map that the chosen stack costs before any of the app's own code.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { feature } from 'topojson-client';
import { geoPath, geoTransform } from 'd3-geo';
import { build } from 'vite';
import { projectRoot } from '../tests/unit/realData.ts';
import { BROWSER_ARGS, CHROMIUM, FRAME_RECORDER, sendFile, settledSince, watchAppMap } from './bench/frames.ts';

const RUNS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
/** `--first`: only the first settled maps (bare page, React floor, app on SVG), for quick comparisons. */
const FIRST_ONLY = process.argv.includes('--first');
const SWITCHES_FOR_HEAP = 100;
const dist = join(projectRoot, 'dist');

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first');
  process.exit(1);
}

/** The bare page: 408 SVG paths (equirectangular, 0.1 px), one fill attribute each, nothing else. */
function barePage(): { html: string; paths: string } {
  const topo = JSON.parse(readFileSync(join(projectRoot, 'generated', 'geo', 'gemeente_2013.json'), 'utf8'));
  const collection = feature(topo, topo.objects.municipalities) as unknown as GeoJSON.FeatureCollection;
  const [w, s, e, n] = [3.31, 50.75, 7.23, 53.56];
  const scale = Math.min(1000 / ((e - w) * Math.cos((52 * Math.PI) / 180)), 800 / (n - s));
  const projection = geoTransform({
    point(lng: number, lat: number) {
      this.stream.point((lng - w) * Math.cos((52 * Math.PI) / 180) * scale, (n - lat) * scale);
    },
  });
  const path = geoPath(projection).digits(1);
  const paths = JSON.stringify(collection.features.map((f) => path(f)));
  const html = `<!doctype html><html><body style="margin:0"><svg id="m" width="1000" height="800"></svg><script src="/__bench/bare.js"></script></body></html>`;
  return { html, paths };
}

const BARE_JS = `
fetch('/__bench/paths.json').then((r) => r.json()).then((paths) => {
  const svg = document.getElementById('m');
  const ns = 'http://www.w3.org/2000/svg';
  const palette = ['#77AADD', '#EE8866', '#EEDD88', '#FFAABB', '#99DDFF', '#44BB99', '#BBCC33'];
  paths.forEach((d, i) => {
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', d);
    p.setAttribute('data-code', 'GM' + i);
    p.setAttribute('fill', palette[i % 7]);
    p.setAttribute('stroke', '#fff');
    svg.appendChild(p);
  });
  let shift = 0;
  window.__recolour = () => {
    shift++;
    svg.querySelectorAll('path').forEach((p, i) => p.setAttribute('fill', palette[(i + shift) % 7]));
  };
});`;

/** The React floor page, built for production into generated/bench/react-floor. */
const reactFloorDir = join(projectRoot, 'generated', 'bench', 'react-floor');
async function buildReactFloor(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(projectRoot, 'scripts', 'bench'),
    base: '/__bench/react/',
    build: { outDir: reactFloorDir, emptyOutDir: true, rollupOptions: { input: join(projectRoot, 'scripts', 'bench', 'reactFloor.html') } },
  });
}

/** A static server for dist/ plus the bare page and the React floor. */
function serve(): Promise<{ server: Server; base: string }> {
  const bare = barePage();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/__bench/bare.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(bare.html);
    if (url.pathname === '/__bench/bare.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(BARE_JS);
    if (url.pathname === '/__bench/paths.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(bare.paths);
    if (url.pathname.startsWith('/__bench/react/')) return sendFile(res, reactFloorDir, url.pathname.slice('/__bench/react'.length));
    sendFile(res, dist, url.pathname);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript({ content: FRAME_RECORDER });
  return page;
}

/** From scrolling to the analysis panel to its charts on screen and settled, SVG renderer. */
const chartsShown: number[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** First settled map of the bare page (or of the React floor), from navigation start. */
async function bareFirst(browser: Browser, base: string, path = '/__bench/bare.html'): Promise<number> {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    (window as unknown as { __bench: { watch: () => boolean } }).__bench.watch = () => document.querySelectorAll('#m path').length >= 408;
  });
  await page.goto(`${base}${path}`);
  const t = await settledSince(page, 0);
  await page.close();
  return t;
}

/** Recolouring all paths of the bare page, until on screen and settled. */
async function bareSwitch(page: Page): Promise<number> {
  const from = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { doneAt: number | null; watch: () => boolean } }).__bench;
    const first = document.querySelector('#m path')!;
    const before = first.getAttribute('fill');
    b.doneAt = null;
    (b as unknown as { seen: boolean }).seen = false;
    const t = performance.now();
    (window as unknown as { __recolour: () => void }).__recolour();
    b.watch = () => first.getAttribute('fill') !== before;
    return t;
  });
  return settledSince(page, from);
}

/** The app's page with a watch for "Utrecht has its fill" (the map has drawn the shown layer). */
async function appFirst(browser: Browser, base: string, renderer: string): Promise<{ t: number; page: Page }> {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    (window as unknown as { __bench: { watch: () => boolean } }).__bench.watch = () => {
      const map = (window as unknown as { __regioscoopMap?: { idleNow?: boolean } }).__regioscoopMap;
      return Boolean(map) && (document.querySelectorAll('[data-testid="map"] [data-code]').length >= 408 || document.querySelector('[data-testid="map"] canvas') !== null) && !document.querySelector('.loading, .loading-overlay');
    };
  });
  await page.goto(`${base}/?renderer=${renderer}#v=1&layer=jeugd_2013_10&lang=nl`);
  let t = await settledSince(page, 0, 60_000);
  if (renderer === 'maplibre') {
    // A canvas exists before it has drawn: wait for MapLibre's own idle frame as well.
    const idleAt = await page.evaluate(async () => {
      await (window as unknown as { __regioscoopMap: { idle(): Promise<void> } }).__regioscoopMap.idle();
      return performance.now();
    });
    t = Math.max(t, idleAt - 0);
  }
  return { t, page };
}

/**
 * Scrolls to the analysis panel below the map (mounted when it comes on screen, or idle 2.5 s after
 * the map) until its first chart is on screen and frames are short again.
 */
async function scrollToCharts(page: Page): Promise<number> {
  const from = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { doneAt: number | null; seen: boolean; watch: () => boolean } }).__bench;
    b.doneAt = null;
    b.seen = false;
    b.watch = () => document.querySelector('[data-testid="analysis"] .recharts-surface') !== null;
    const t = performance.now();
    document.querySelector('[data-testid="analysis"], .after-map-placeholder')!.scrollIntoView();
    return t;
  });
  return settledSince(page, from);
}

/**
 * A second visit in a browser profile on disk, as a user's own browser keeps it: the scripts and
 * data from the HTTP cache (the caching of docs/deployment.md), V8's code cache, the WebGL probe
 * remembered. (A fresh Playwright context keeps its cache in memory and shows none of this.) SVG
 * renderer.
 */
async function appSecondVisit(base: string): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'regioscoop-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: BROWSER_ARGS, viewport: { width: 1400, height: 900 } });
  try {
    await context.addInitScript({ content: FRAME_RECORDER });
    await context.addInitScript(watchAppMap);
    const url = `${base}/#v=1&layer=jeugd_2013_10&lang=nl`;
    const first = await context.newPage();
    await first.goto(url);
    await settledSince(first, 0, 60_000);
    // Time for the code cache to be written and the probe to be checked again at idle.
    await first.waitForTimeout(3000);
    await first.close();
    const second = await context.newPage();
    await second.goto(url);
    return await settledSince(second, 0, 60_000);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A division switch through the round select, until the new colours are drawn and frames are short. */
async function appSwitch(page: Page, layerId: string, renderer: string): Promise<number> {
  const from = await page.evaluate(
    ({ layerId, renderer }) => {
      const b = (window as unknown as { __bench: { doneAt: number | null; watch: () => boolean } }).__bench;
      // The colours of all municipalities at once: one region may keep its colour across layers.
      const fills = (window as unknown as { __fills: () => string }).__fills;
      const before = fills();
      const select = document.querySelector('[data-testid="round"]') as HTMLSelectElement;
      const domain = document.querySelector('[data-testid="division"]') as HTMLSelectElement;
      b.doneAt = null;
      (b as unknown as { seen: boolean }).seen = false;
      const t = performance.now();
      const want = layerId.startsWith('wmo') ? 'wmo' : 'jeugd';
      if (domain.value !== want) {
        domain.value = want;
        domain.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        select.value = layerId;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      if (renderer === 'svg') b.watch = () => fills() !== before && !document.querySelector('.loading-overlay');
      else {
        let idle = false;
        requestAnimationFrame(() =>
          (window as unknown as { __regioscoopMap: { idle(): Promise<void> } }).__regioscoopMap.idle().then(() => (idle = true)),
        );
        b.watch = () => idle && !document.querySelector('.loading-overlay');
      }
      return t;
    },
    { layerId, renderer },
  );
  return settledSince(page, from);
}

async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

function initialJsGzip(): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]))];
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
}

await buildReactFloor();
const { server, base } = await serve();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
try {
  const rows: { name: string; first: number[]; switches: number[] }[] = [];
  const bare = { name: 'bare SVG page (baseline)', first: [] as number[], switches: [] as number[] };
  const floor = { name: 'React floor (paths drawn by React)', first: [] as number[], switches: [] as number[] };
  const svg = { name: 'app, SVG renderer', first: [] as number[], switches: [] as number[] };
  const gl = { name: 'app, MapLibre (software WebGL)', first: [] as number[], switches: [] as number[] };
  const svgCharts = { switches: [] as number[] };
  const secondVisits: number[] = [];
  let heapRatio = NaN;
  let heapFigures = '';
  for (let run = 0; run < RUNS; run++) {
    bare.first.push(await bareFirst(browser, base));
    floor.first.push(await bareFirst(browser, base, '/__bench/react/reactFloor.html'));
    const barePage = await newPage(browser);
    await barePage.goto(`${base}/__bench/bare.html`);
    await barePage.waitForFunction(() => document.querySelectorAll('#m path').length >= 408);
    for (let i = 0; i < 3; i++) bare.switches.push(await bareSwitch(barePage));
    await barePage.close();

    const app = await appFirst(browser, base, 'svg');
    svg.first.push(app.t);
    if (FIRST_ONLY) {
      await app.page.close();
      continue;
    }
    // The first visit of a layer loads and joins its data; the figure that matters most is a switch
    // between layers already seen, but both are printed.
    const firstVisit = await appSwitch(app.page, 'wmo_2013_05', 'svg');
    if (run === 0) console.log(`app, SVG renderer: first visit of the Wmo layer (loads its data) ${firstVisit.toFixed(0)} ms`);
    for (let i = 0; i < 3; i++) {
      svg.switches.push(await appSwitch(app.page, 'jeugd_2013_10', 'svg'));
      svg.switches.push(await appSwitch(app.page, 'wmo_2013_05', 'svg'));
    }
    // With the charts on screen, a switch also renders them (a moment after the map).
    chartsShown.push(await scrollToCharts(app.page));
    for (let i = 0; i < 2; i++) {
      svgCharts.switches.push(await appSwitch(app.page, 'jeugd_2013_10', 'svg'));
      svgCharts.switches.push(await appSwitch(app.page, 'wmo_2013_05', 'svg'));
    }
    await app.page.evaluate(() => window.scrollTo(0, 0));
    if (run === 0) {
      const after1 = await heap(app.page);
      await app.page.evaluate(async (n) => {
        const domain = document.querySelector('[data-testid="division"]') as HTMLSelectElement;
        for (let i = 0; i < n; i++) {
          domain.value = i % 2 ? 'wmo' : 'jeugd';
          domain.dispatchEvent(new Event('change', { bubbles: true }));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
      }, SWITCHES_FOR_HEAP);
      const after100 = await heap(app.page);
      heapRatio = after100 / after1;
      heapFigures = `${(after1 / 1e6).toFixed(1)} MB after the first switch, ${(after100 / 1e6).toFixed(1)} MB after ${SWITCHES_FOR_HEAP} more`;
    }
    await app.page.close();
    secondVisits.push(await appSecondVisit(base));

    if (run < 2) {
      const glApp = await appFirst(browser, base, 'maplibre');
      gl.first.push(glApp.t);
      await appSwitch(glApp.page, 'wmo_2013_05', 'maplibre');
      gl.switches.push(await appSwitch(glApp.page, 'jeugd_2013_10', 'maplibre'));
      gl.switches.push(await appSwitch(glApp.page, 'wmo_2013_05', 'maplibre'));
      await glApp.page.close();
    }
  }
  rows.push(bare, floor, svg);
  if (!FIRST_ONLY) rows.push(gl);
  const baseFirst = median(bare.first);
  const baseSwitch = median(bare.switches);
  console.log(`\nmap benchmark: ${RUNS} runs, Chromium --disable-gpu, 1400x900, medians in ms (ratio to the bare page in this run)`);
  console.log('                                      first settled map        division switch');
  for (const r of rows) {
    const f = median(r.first);
    const s = median(r.switches);
    const switchCell = r.switches.length ? `${s.toFixed(0).padStart(7)} ms (${(s / baseSwitch).toFixed(1).padStart(5)}x)` : '';
    console.log(`${r.name.padEnd(36)} ${f.toFixed(0).padStart(7)} ms (${(f / baseFirst).toFixed(1).padStart(5)}x)   ${switchCell}`);
  }
  if (FIRST_ONLY) {
    const f = median(svg.first);
    console.log(`goal: first settled map <= 2x the bare page: ${f / baseFirst <= 2 ? 'met' : 'NOT met'}; app against the React floor: ${(f / median(floor.first)).toFixed(1)}x`);
  } else {
    const second = median(secondVisits);
    console.log(`app, SVG renderer, second visit in a profile on disk (HTTP cache, V8 code cache, remembered probe): ${second.toFixed(0)} ms (${(second / baseFirst).toFixed(1)}x)`);
    console.log(`app, SVG renderer, scrolling to the analysis panel until its charts are drawn and settled: ${median(chartsShown).toFixed(0)} ms`);
    const withCharts = median(svgCharts.switches);
    console.log(`app, SVG renderer, division switch with the charts on screen (map, then charts): ${withCharts.toFixed(0)} ms (${(withCharts / baseSwitch).toFixed(1)}x)`);
    console.log(`goals: first settled map <= 2x the bare page: ${median(svg.first) / baseFirst <= 2 ? 'met' : 'NOT met'}; switch <= 3x: ${median(svg.switches) / baseSwitch <= 3 ? 'met' : 'NOT met'}`);
    console.log(`JS heap: ${heapFigures}: ratio ${heapRatio.toFixed(2)} (goal <= 1.20: ${heapRatio <= 1.2 ? 'met' : 'NOT met'})`);
    const js = initialJsGzip();
    const maplibreInitial = readFileSync(join(dist, 'index.html'), 'utf8').includes('maplibre');
    console.log(`initial JS (gzipped): ${(js / 1024).toFixed(1)} KB (goal <= 150 KB: ${js <= 150 * 1024 ? 'met' : 'NOT met'}); MapLibre in the initial load: ${maplibreInitial ? 'yes' : 'no'}`);
    console.log(`lazy chunks: ${readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.mjs')).length} files`);
  }
} finally {
  await browser.close();
  server.close();
}
