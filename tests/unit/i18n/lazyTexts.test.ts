/**
 * The Dutch texts of the analysis panels come with their chunks, not with the first load
 * (src/i18n/messages.analysisTexts.ts). A module that shows one of those keys without importing that
 * module would show the key itself until some other analysis chunk happened to load.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisNl } from '../../../src/i18n/messages.analysis.ts';
import { projectRoot } from '../realData.ts';

const PREFIXES = [...new Set(Object.keys(analysisNl).map((k) => k.split('.')[0]))];
const src = join(projectRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the analysis texts that come with their chunks', () => {
  it('have key prefixes of their own: no text of the first load starts with them', async () => {
    const { translate } = await import('../../../src/i18n/messages.ts');
    expect(PREFIXES.sort()).toEqual(['analysis', 'charts', 'col', 'cong', 'ov']);
    for (const file of readdirSync(join(src, 'i18n')).filter((f) => f.startsWith('messages.') && f !== 'messages.analysis.ts' && f !== 'messages.ts')) {
      const keys = [...readFileSync(join(src, 'i18n', file), 'utf8').matchAll(/^\s+'([\w.]+)':/gm)].map((m) => m[1]);
      expect(keys.filter((k) => PREFIXES.includes(k.split('.')[0])), file).toEqual([]);
    }
    // Not registered yet in this fresh module: the key shows as itself.
    expect(translate('nl', 'analysis.title')).toBe('analysis.title');
  });

  it('are added by every module that uses one of their keys', () => {
    const users = sourceFiles(src).filter((path) => {
      if (path.startsWith(join(src, 'i18n'))) return false;
      const text = readFileSync(path, 'utf8');
      return PREFIXES.some((p) => new RegExp(`['\`]${p}\\.[\\w$]`).test(text));
    });
    expect(users.length).toBeGreaterThan(5);
    for (const path of users) expect(readFileSync(path, 'utf8'), relative(projectRoot, path)).toMatch(/^import '(\.\.\/)+i18n\/messages\.analysisTexts\.ts';$/m);
  });

  it('are there once a module that shows them has loaded', async () => {
    await import('../../../src/ui/analysis/LoadState.tsx');
    const { translate } = await import('../../../src/i18n/messages.ts');
    expect(translate('nl', 'analysis.title')).toBe(analysisNl['analysis.title']);
  });
});

describe('the link notices\' texts that come with their chunk', () => {
  it('are not in the first load, and every module that words a link.* key adds them', async () => {
    const { translate } = await import('../../../src/i18n/messages.ts');
    expect(translate('nl', 'link.dropped')).toBe('link.dropped');
    const users = sourceFiles(src).filter((path) => !path.startsWith(join(src, 'i18n')) && /['`]link\.[\w$]/.test(readFileSync(path, 'utf8')));
    expect(users.map((p) => relative(projectRoot, p))).toEqual(['src/state/urlNotice.ts']);
    for (const path of users) expect(readFileSync(path, 'utf8')).toMatch(/^import '(\.\.\/)+i18n\/messages\.linkTexts\.ts';$/m);
    const { linkNotice } = await import('../../../src/state/urlNotice.ts');
    expect(linkNotice('nl', [{ field: 'ov', value: 'x', reason: 'unknownLayer' }])).toBe('Niet alles uit de link kon worden geopend. Weggelaten: omlijning "x" (onbekende indeling).');
  });
});
