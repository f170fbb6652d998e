/**
 * Size budgets, measured on the production build (run `npm run build` first) and the geo build:
 * - the initial JavaScript on the SVG path (MapLibre is loaded only when it draws): a ratchet, at most
 *   the figure in scripts/budget-baseline.json plus 3 KB gzipped (and never past 150 KB);
 * - MapLibre is not part of the initial load at all;
 * - geometry per year: at most 60 KB gzipped.
 * Prints every figure with its budget and the ratio; exits 1 when a budget is exceeded, so CI
 * fails on growth past the limit.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../tests/unit/realData.ts';

const KB = 1024;
/** The hard ceiling of the initial app JS, whatever the baseline says. */
const APP_JS_CEILING = 150 * KB;
/** Growth allowed past the ratchet's baseline before the budget fails. */
const MARGIN_BYTES = 3 * KB;
const baselinePath = join(projectRoot, 'scripts', 'budget-baseline.json');
const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as { appInitialGzipBytes: number };
const APP_JS_BUDGET = Math.min(APP_JS_CEILING, baseline.appInitialGzipBytes + MARGIN_BYTES);
const GEOMETRY_BUDGET = 60 * KB;

const dist = join(projectRoot, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first');
  process.exit(1);
}
const gz = (path: string) => gzipSync(readFileSync(path)).length;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The initial load: the entry script and the chunks index.html preloads.
const initial = [...new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]))];
const isMapLibre = (file: string) => /\/maplibre-[^/]*\.js$/.test(file);
const appFiles = initial.filter((f) => !isMapLibre(f));
const mapLibreFiles = initial.filter(isMapLibre);
const appBytes = appFiles.reduce((sum, f) => sum + gz(join(dist, f)), 0);
const mapLibreBytes = mapLibreFiles.reduce((sum, f) => sum + gz(join(dist, f)), 0);
const lazyFiles = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
const lazyBytes = lazyFiles.reduce((sum, f) => sum + gz(join(dist, 'assets', f)), 0);

const rows: [string, number, number | null][] = [
  [`app JS, initial (${appFiles.length} file(s))`, appBytes, APP_JS_BUDGET],
  [`MapLibre JS, initial (${mapLibreFiles.length} file(s); must be 0)`, mapLibreBytes, null],
  [`app JS, lazy chunks (${lazyFiles.length} file(s))`, lazyBytes, null],
];
const geoDir = join(projectRoot, 'generated', 'geo');
for (const file of existsSync(geoDir) ? readdirSync(geoDir).sort() : []) {
  rows.push([`geometry ${file}`, gz(join(geoDir, file)), GEOMETRY_BUDGET]);
}

let over = 0;
console.log('budget (gzipped)                                   size      budget   ratio');
for (const [label, bytes, budget] of rows) {
  const ratio = budget ? bytes / budget : null;
  if (ratio !== null && ratio > 1) over++;
  console.log(
    `${label.padEnd(48)} ${(bytes / KB).toFixed(1).padStart(8)} KB ${budget ? `${(budget / KB).toFixed(0).padStart(6)} KB` : '        -'}  ${ratio === null ? '    -' : ratio.toFixed(2).padStart(5)}${ratio !== null && ratio > 1 ? '  OVER BUDGET' : ''}`,
  );
}
console.log(`ratchet: initial app JS ${appBytes} B, baseline ${baseline.appInitialGzipBytes} B (+${MARGIN_BYTES} B margin = budget ${APP_JS_BUDGET} B)`);
if (appBytes < baseline.appInitialGzipBytes - MARGIN_BYTES) {
  console.log(`the initial app JS shrank by more than the margin: lower appInitialGzipBytes in scripts/budget-baseline.json to ${appBytes}`);
}
const lazyMapLibre = lazyFiles.filter((f) => /^maplibre/.test(f)).reduce((sum, f) => sum + gz(join(dist, 'assets', f)), 0);
console.log(`initial JS / MapLibre chunk (loaded only with a GPU): ${(appBytes / lazyMapLibre).toFixed(2)}`);
if (mapLibreFiles.length > 0) {
  console.error('MapLibre is in the initial load: the SVG path must not pay for it');
  over++;
}
if (over) {
  console.error(`${over} budget(s) exceeded`);
  process.exit(1);
}
