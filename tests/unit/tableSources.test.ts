import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableSource } from '../../src/data/tableSources.ts';
import { projectRoot } from './realData.ts';

describe('chart source lines come from data/tables/sources.json', () => {
  it('gives the document and section sources.json records for the CJG triangle of care intensity', () => {
    expect(tableSource('cjg_2011_zorgzwaarte.csv')).toEqual({
      document: '003_faf11c9944619372.txt',
      section: '2.6 De complexiteit van de vraag in relatie tot de noodzaak tot samenwerking (driehoek van de zorgzwaarte)',
      file: 'cjg_2011_zorgzwaarte.csv',
    });
  });
  it('knows every table file the charts draw from, and refuses one it does not list', () => {
    const charted = [...readFileSync(join(projectRoot, 'src/charts/chartSpecs.ts'), 'utf8').matchAll(/tableSourceLine\('([^']+)'/g)].map((m) => m[1]);
    expect(charted.length).toBe(5);
    for (const file of charted) expect(tableSource(file).document).toMatch(/\.txt$/);
    expect(() => tableSource('nope.csv')).toThrow(/no source for nope\.csv/);
  });
});
