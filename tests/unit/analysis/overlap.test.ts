import { describe, expect, it } from 'vitest';
import { indexLayer, overlapMatrix, regionCongruence } from '../../../src/domain/analysis/index.ts';
import { AMERSFOORT, EDE, EEMNES, HILVERSUM, HUIZEN, NIJKERK, SOEST, UTRECHT, WEESP, layer, population, wmo, youth } from './fixtures.ts';

describe('overlapMatrix', () => {
  const matrix = overlapMatrix(youth, wmo, population);
  const cell = (a: string, b: string) => matrix.cells.find((c) => c.regionA === a && c.regionB === b);

  it('lists the regions of both divisions with their primary members and population', () => {
    expect(matrix.rows.map((r) => [r.regionId, r.municipalities, r.population])).toEqual([
      ['j-eemland', 3, 210],
      ['j-gv', 3, 150],
      ['j-utrecht', 1, 300],
      ['j-food-valley', 2, 140],
    ]);
    // Eemnes's non-primary Eem en Vallei row does not count.
    expect(matrix.columns.map((c) => [c.regionId, c.municipalities, c.population])).toEqual([
      ['w-eem-en-vallei', 3, 240],
      ['w-gv', 4, 160],
      ['w-utrecht-stad', 1, 300],
      ['w-food-valley', 1, 100],
    ]);
  });

  it('puts Eemnes alone in the cell Eemland x Gooi- en Vechtstreek', () => {
    expect(cell('j-eemland', 'w-gv')).toEqual({ regionA: 'j-eemland', regionB: 'w-gv', municipalities: [EEMNES], population: 10 });
    expect(cell('j-eemland', 'w-eem-en-vallei')?.municipalities).toEqual([AMERSFOORT, SOEST]);
    expect(cell('j-eemland', 'w-eem-en-vallei')?.population).toBe(200);
  });

  it('has only non-empty cells, in row then column order, adding up to the total population', () => {
    expect(matrix.cells.map((c) => `${c.regionA}|${c.regionB}`)).toEqual([
      'j-eemland|w-eem-en-vallei',
      'j-eemland|w-gv',
      'j-gv|w-gv',
      'j-utrecht|w-utrecht-stad',
      'j-food-valley|w-eem-en-vallei',
      'j-food-valley|w-food-valley',
    ]);
    expect(matrix.cells.reduce((s, c) => s + c.population, 0)).toBe(800);
    expect(matrix.totalPopulation).toBe(800);
  });

  it('reports municipalities placed by only one division and leaves them out of the cells', () => {
    const partial = layer('partial', [
      [HILVERSUM, 'p-gooi', 'Gooi'],
      [HUIZEN, 'p-gooi', 'Gooi'],
    ]);
    const result = overlapMatrix(partial, youth, population);
    expect(result.onlyInA).toEqual([]);
    expect(result.onlyInB).toEqual([AMERSFOORT, SOEST, EEMNES, WEESP, UTRECHT, NIJKERK, EDE]);
    expect(result.cells).toEqual([{ regionA: 'p-gooi', regionB: 'j-gv', municipalities: [HILVERSUM, HUIZEN], population: 130 }]);
    expect(result.totalPopulation).toBe(130);
  });

  it('accepts a prebuilt index in place of the rows and gives the same answer', () => {
    expect(overlapMatrix(indexLayer(youth), indexLayer(wmo), population)).toEqual(matrix);
  });
});

describe('regionCongruence', () => {
  const byId = new Map(regionCongruence(youth, wmo, population).map((r) => [r.region.regionId, r]));

  it('finds 200 of Eemland\'s 210 inhabitants in Eem en Vallei and the other 10 in Gooi- en Vechtstreek', () => {
    const eemland = byId.get('j-eemland')!;
    expect(eemland.bestMatch?.regionId).toBe('w-eem-en-vallei');
    expect(eemland.congruence).toBeCloseTo(200 / 210, 12);
    expect(eemland.parts.map((p) => [p.regionName, p.municipalities, p.share])).toEqual([
      ['Eem en Vallei', [AMERSFOORT, SOEST], 200 / 210],
      ['Gooi- en Vechtstreek', [EEMNES], 10 / 210],
    ]);
    expect(eemland.whole).toBe(false);
  });

  it('calls a region whole when it lies inside one region of the other division', () => {
    expect(byId.get('j-gv')!.whole).toBe(true);
    expect(byId.get('j-gv')!.congruence).toBe(1);
    expect(byId.get('j-utrecht')!.bestMatch?.regionName).toBe('Utrecht Stad');
  });

  it('splits Food Valley 100/140 over Food Valley and 40/140 over Eem en Vallei', () => {
    const fv = byId.get('j-food-valley')!;
    expect(fv.parts.map((p) => [p.regionId, p.share])).toEqual([
      ['w-food-valley', 100 / 140],
      ['w-eem-en-vallei', 40 / 140],
    ]);
  });

  it('uses municipality shares when the population of a region is unknown', () => {
    const result = regionCongruence(youth, wmo, new Map());
    const eemland = result.find((r) => r.region.regionId === 'j-eemland')!;
    expect(eemland.congruence).toBeCloseTo(2 / 3, 12);
  });

  it('lists members the other division does not place and has no best match when it places none', () => {
    const other = layer('other', [[HILVERSUM, 'o', 'O']]);
    const result = regionCongruence(youth, other, population);
    const gv = result.find((r) => r.region.regionId === 'j-gv')!;
    expect(gv.unplaced).toEqual([HUIZEN, WEESP]);
    expect(gv.whole).toBe(false);
    const eemland = result.find((r) => r.region.regionId === 'j-eemland')!;
    expect(eemland.bestMatch).toBeNull();
    expect(eemland.congruence).toBe(0);
  });
});
