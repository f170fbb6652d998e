/**
 * Fuzz suite over the import pipeline: at least 300 generated files, each run through the whole
 * unattended import (read, guess, analyse, save only without errors). Properties: nothing throws,
 * every rejection names a row (>= 1), and the stored rounds are unchanged after every rejection.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../src/data/import/runImport.ts';
import { openRoundPersistence } from '../../../src/data/persistence.ts';
import { context, metadata, youthOct2013AsNames } from './fixtures.ts';
import { xlsxOf } from './xlsxFixture.ts';

/** A small deterministic random generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const enc = (s: string) => new TextEncoder().encode(s);
const { text: realText, rows: realRows } = youthOct2013AsNames();
const realLines = realText.split('\r\n').filter(Boolean);

type Case = { name: string; bytes: Uint8Array };

function cases(): Case[] {
  const rnd = random(20131031);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const out: Case[] = [];
  const add = (name: string, bytes: Uint8Array | string) => out.push({ name, bytes: typeof bytes === 'string' ? enc(bytes) : bytes });
  // Truncated at random byte offsets (inside quotes, names, line ends).
  for (let i = 0; i < 40; i++) add(`truncated-${i}.csv`, enc(realText).slice(0, Math.floor(rnd() * realText.length)));
  // Wrong delimiters: the real round re-joined with another separator, or mixed per line.
  for (const sep of [',', '\t', '|', ' ']) add(`delimiter-${sep}.csv`, realLines.map((l) => l.replaceAll(';', sep)).join('\n'));
  for (let i = 0; i < 10; i++) add(`mixed-delimiters-${i}.csv`, realLines.map((l) => (rnd() < 0.3 ? l.replaceAll(';', ',') : l)).join('\n'));
  // Mixed encodings: Windows-1252 bytes in a UTF-8 file, UTF-16 with BOM.
  for (let i = 0; i < 10; i++) {
    const bytes = [...enc(realText)];
    bytes.splice(Math.floor(rnd() * bytes.length), 0, 0xe2, 0xfa);
    add(`mixed-encoding-${i}.csv`, new Uint8Array(bytes));
  }
  const utf16 = new Uint8Array(2 + realText.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < realText.length; i++) new DataView(utf16.buffer).setUint16(2 + 2 * i, realText.charCodeAt(i), true);
  add('utf16.csv', utf16);
  // A BOM in the middle (two files pasted together).
  for (let i = 0; i < 10; i++) {
    const at = 1 + Math.floor(rnd() * (realText.length - 1));
    add(`bom-middle-${i}.csv`, realText.slice(0, at) + '\ufeff' + realText.slice(at));
  }
  // Quotes left open.
  for (let i = 0; i < 20; i++) {
    const lines = [...realLines];
    const at = 1 + Math.floor(rnd() * (lines.length - 1));
    lines[at] = `"${lines[at]}`;
    add(`open-quote-${i}.csv`, lines.join('\r\n'));
  }
  // Text after a closing quote.
  for (let i = 0; i < 10; i++) {
    const lines = [...realLines];
    const at = 1 + Math.floor(rnd() * (lines.length - 1));
    lines[at] = lines[at].replace(';', '"x;').replace(/^/, '"');
    add(`after-quote-${i}.csv`, lines.join('\r\n'));
  }
  // Huge: a 10 MB line, 100,001 rows, 6 MB of rows.
  add('ten-mb-line.csv', `Gemeente;Regio\r\nUtrecht;${'x'.repeat(10 * 1024 * 1024)}\r\n`);
  add('hundred-thousand-rows.csv', 'Gemeente;Regio\n' + Array.from({ length: 100_001 }, (_, i) => `G${i};R`).join('\n'));
  add('hundred-thousand-rows-exactly.csv', 'Gemeente;Regio\n' + Array.from({ length: 100_000 }, (_, i) => `G${i};R`).join('\n'));
  // NUL bytes.
  for (let i = 0; i < 10; i++) {
    const bytes = enc(realText);
    bytes[Math.floor(rnd() * bytes.length)] = 0;
    add(`nul-${i}.csv`, bytes);
  }
  // HTML and script in every cell.
  for (let i = 0; i < 10; i++) {
    const evil = pick(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '</td><b>x</b>', 'javascript:alert(1)']);
    add(`html-${i}.csv`, `Gemeente;Regio\r\n${realRows.slice(0, 30).map(() => `${evil};${evil}`).join('\r\n')}`);
    add(`html-region-${i}.csv`, `Gemeente;Regio\r\n${realRows.map((r) => `${r.Gemeente};${evil}`).join('\r\n')}`);
  }
  // Formula cells (CSV and xlsx).
  for (let i = 0; i < 10; i++) {
    const f = pick(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '=cmd|" /C calc"!A0']);
    add(`formula-${i}.csv`, `Gemeente;Regio\r\n${realRows.map((r, j) => `${j % 7 === 0 ? f : r.Gemeente};${r.Jeugdregio}`).join('\r\n')}`);
    add(`formula-${i}.xlsx`, xlsxOf([['Gemeente', 'Regio'], ...realRows.map((r, j) => [j % 5 === 0 ? `=${f}` : r.Gemeente, r.Jeugdregio])]));
  }
  // Duplicate headers, only a header, empty files, whitespace only.
  for (const h of ['Gemeente;Regio;Gemeente', 'Regio;regio', 'Gemeente;;Regio;']) add(`dup-header-${h}.csv`, `${h}\r\nUtrecht;U16;x\r\n`);
  add('header-only.csv', 'Gemeente;Regio\r\n');
  add('header-only.xlsx', xlsxOf([['Gemeente', 'Regio']]));
  add('empty.csv', '');
  add('blank-lines.csv', '\r\n\r\n  \r\n');
  add('random-binary.xlsx', new Uint8Array(Array.from({ length: 4000 }, () => Math.floor(rnd() * 256))));
  add('zip-not-xlsx.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 500 }, () => Math.floor(rnd() * 256))]));
  // A real round with one field changed.
  for (let i = 0; out.length < 330; i++) {
    const lines = [...realLines];
    const at = 1 + Math.floor(rnd() * (lines.length - 1));
    const [name, region] = lines[at].split(';');
    const change = pick(['name', 'region', 'empty-name', 'empty-region', 'duplicate', 'swap', 'extra-field', 'code', 'case']);
    if (change === 'name') lines[at] = `${name}x${Math.floor(rnd() * 9)};${region}`;
    if (change === 'region') lines[at] = `${name};${region} ${Math.floor(rnd() * 9)}`;
    if (change === 'empty-name') lines[at] = `;${region}`;
    if (change === 'empty-region') lines[at] = `${name};`;
    if (change === 'duplicate') lines.push(lines[at]);
    if (change === 'swap') lines[at] = `${region};${name}`;
    if (change === 'extra-field') lines[at] = `${lines[at]};extra`;
    if (change === 'code') lines[at] = `GM9${Math.floor(rnd() * 999)};${region}`;
    if (change === 'case') lines[at] = `${name.toUpperCase()};${region}`;
    add(`one-field-${change}-${i}.csv`, lines.join('\r\n'));
  }
  return out;
}

describe('fuzz: the import pipeline on 300+ generated files', () => {
  it('never throws, names a row for every rejection, and leaves stored rounds unchanged when it rejects', { timeout: 240_000 }, async () => {
    const store = await openRoundPersistence(() => {});
    // An earlier import that every later file must leave exactly as it was.
    const earlier = await runImport(enc(realText), 'eerder.csv', context, metadata, 'import-eerder', (r) => store.put(r));
    expect(earlier.ok).toBe(true);
    const all = cases();
    const counts = { tried: 0, accepted: 0, rejectedWithRow: 0, rejectedWithoutRow: 0, crashed: 0 };
    const crashes: string[] = [];
    for (const [i, c] of all.entries()) {
      counts.tried++;
      const before = JSON.stringify(await store.all());
      try {
        const outcome = await runImport(c.bytes, c.name, context, metadata, `import-fuzz-${i}`, (r) => store.put(r));
        if (outcome.ok) {
          counts.accepted++;
          await store.delete(outcome.round.layer.id);
        } else {
          if (outcome.row >= 1) counts.rejectedWithRow++;
          else {
            counts.rejectedWithoutRow++;
            crashes.push(`${c.name}: rejected without a row (${outcome.reason})`);
          }
        }
        expect(JSON.stringify(await store.all()), c.name).toBe(before);
      } catch (error) {
        counts.crashed++;
        crashes.push(`${c.name}: ${(error as Error).message}`);
      }
    }
    console.log(`fuzz: tried ${counts.tried}, accepted ${counts.accepted}, rejected with a row ${counts.rejectedWithRow}, rejected without a row ${counts.rejectedWithoutRow}, crashed ${counts.crashed}`);
    expect(crashes).toEqual([]);
    expect(counts.tried).toBeGreaterThanOrEqual(300);
    expect(counts.rejectedWithRow).toBeGreaterThan(100);
    expect((await store.all()).map((r) => r.layer.id)).toEqual(['import-eerder']);
  });
});
