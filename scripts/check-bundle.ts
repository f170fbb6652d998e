/**
 * Checks the production bundle (run `npm run build` first) for code that builds code at run time:
 * `eval(...)`, `x.eval(...)`, `new Function(...)` and `Function(...)`. The Content-Security-Policy
 * forbids them ('unsafe-eval' is not granted), so a call that runs would break the app. The only
 * ones allowed are the library fallbacks listed below, each found by a snippet of its context, with
 * why it never runs here. Prints every finding; exits 1 on any other.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../tests/unit/realData.ts';

interface Allowed {
  /** The chunk, by the start of its file name. */
  chunk: string;
  /** Text that ends with the call and identifies it. */
  context: string;
  why: string;
}

const ALLOWED: readonly Allowed[] = [
  {
    chunk: 'maplibre-gl-worker',
    context: 'else globalThis.eval(',
    why: "MapLibre's worker evaluates a classic (non-module) script handed to importScriptInWorkers (e.g. the RTL text plugin); the app loads no such script",
  },
  {
    chunk: 'BarChartView',
    context: 'self.self==self?self:Function(',
    why: "decimal.js (via recharts) finds the global object with Function('return this') only where `self` is missing, never in a browser",
  },
];

const PATTERNS: readonly [string, RegExp][] = [
  ['eval(', /(?<![\w$])eval\s*\(/g],
  ['new Function(', /\bnew\s+Function\s*\(/g],
  ['Function(', /(?<![\w$.])Function\s*\(/g],
];

const assets = join(projectRoot, 'dist', 'assets');
if (!existsSync(assets)) {
  console.error('dist/assets is missing: run `npm run build` first');
  process.exit(1);
}
let bad = 0;
let files = 0;
const used = new Set<Allowed>();
for (const file of readdirSync(assets).filter((f) => /\.(m?js)$/.test(f)).sort()) {
  files++;
  const text = readFileSync(join(assets, file), 'utf8');
  for (const [name, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      // `new Function(` is also matched by the plain `Function(` pattern: count it once.
      if (name === 'Function(' && /new\s+$/.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
      const before = text.slice(Math.max(0, match.index - 80), match.index + match[0].length);
      const allowed = ALLOWED.find((a) => file.startsWith(a.chunk) && before.includes(a.context));
      if (allowed) {
        used.add(allowed);
        console.log(`allowed  ${file}: ${name} (${allowed.why})`);
      } else {
        bad++;
        console.error(`FORBIDDEN ${file}: ${name} in …${before.slice(-80)}…`);
      }
    }
  }
}
// The page: the CSP meta element comes before every script it governs, and the boot script before the app's.
const html = readFileSync(join(projectRoot, 'dist', 'index.html'), 'utf8');
const cspAt = html.search(/<meta\s[^>]*http-equiv="Content-Security-Policy"/);
const scripts = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => ({ at: m.index, src: m[1] }));
if (cspAt < 0 || scripts.some((x) => x.at < cspAt)) {
  bad++;
  console.error('FORBIDDEN dist/index.html: a script before the Content-Security-Policy meta element (or no such element)');
}
if (!/\/assets\/boot-[^/]+\.js$/.test(scripts[0]?.src ?? '')) {
  bad++;
  console.error(`dist/index.html: the boot script is not the first script (${scripts.map((x) => x.src).join(', ')})`);
}
console.log(`dist/index.html: CSP meta element first, then ${scripts.map((x) => x.src.replace(/^\/assets\//, '')).join(', ')}`);
for (const a of ALLOWED) if (!used.has(a)) console.log(`note: the allowed fallback in ${a.chunk} is no longer in the bundle; remove it from scripts/check-bundle.ts`);
console.log(`${files} bundle files checked: ${bad} forbidden run-time code construction(s), ${used.size} known dead fallback(s)`);
if (bad) process.exit(1);
