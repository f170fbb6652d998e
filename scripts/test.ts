/**
 * `npm test`: every check CI makes, one stage after the other, and the time each took.
 *
 * The stages stop at the first failure; the breakdown is printed either way, so a slow or failing
 * stage shows in the last lines of the log (docs/performance.md keeps a measured breakdown).
 */
import { spawnSync } from 'node:child_process';

interface Stage {
  readonly name: string;
  readonly command: string;
}

const STAGES: readonly Stage[] = [
  { name: 'type check', command: 'npm run typecheck' },
  { name: 'lint (eslint, layers, unused code)', command: 'npm run lint' },
  { name: 'geometry build', command: 'npm run geo' },
  { name: 'unit and component specs', command: 'npm run test:unit' },
  { name: 'browser journeys (build included)', command: 'npm run test:browser' },
  { name: 'bundle check', command: 'npm run check:bundle' },
  { name: 'size budgets', command: 'npm run budget' },
];

const done: { name: string; seconds: number; ok: boolean }[] = [];
for (const stage of STAGES) {
  console.log(`\n== ${stage.name}: ${stage.command}`);
  const started = performance.now();
  const { status } = spawnSync(stage.command, { shell: true, stdio: 'inherit' });
  done.push({ name: stage.name, seconds: (performance.now() - started) / 1000, ok: status === 0 });
  if (status !== 0) break;
}

const total = done.reduce((sum, s) => sum + s.seconds, 0);
console.log('\n== npm test: where the time went');
for (const s of done) console.log(`${s.ok ? '  ' : '✗ '}${s.name.padEnd(36)} ${s.seconds.toFixed(0).padStart(5)} s`);
console.log(`${'  total'.padEnd(38)} ${total.toFixed(0).padStart(5)} s`);
const failed = done.find((s) => !s.ok);
if (failed) {
  console.error(`npm test failed in "${failed.name}"`);
  process.exit(1);
}
