import { describe, expect, it } from 'vitest';
import { classifyMunicipalities, countCategories, type MunicipalityClassification } from '../../../src/domain/analysis/index.ts';
import type { GmCode } from '../../../src/domain/types.ts';
import { AMERSFOORT, EDE, EEMNES, HILVERSUM, HUIZEN, NIJKERK, UTRECHT, WEESP, ggd, layer, names, population, row, wmo, youth } from './fixtures.ts';

const byCode = (list: MunicipalityClassification[]) => new Map(list.map((m) => [m.code, m]));
const namesIn = (list: MunicipalityClassification[], category: string) =>
  list
    .filter((m) => m.category === category)
    .map((m) => names.get(m.code))
    .sort();

describe('classifyMunicipalities: youth against Wmo (fixture)', () => {
  const list = classifyMunicipalities(
    [
      { id: 'youth', memberships: youth },
      { id: 'wmo', memberships: wmo },
    ],
    { population },
  );
  const m = byCode(list);

  it('finds Eemnes crossing with other partners: Eemland for youth, Gooi- en Vechtstreek and also Eem en Vallei for Wmo', () => {
    const eemnes = m.get(EEMNES)!;
    expect(eemnes.category).toBe('moved');
    expect(eemnes.multiple).toBe(true);
    expect(eemnes.placements.map((p) => p.regionName)).toEqual(['Eemland', 'Gooi- en Vechtstreek']);
    expect(eemnes.placements[1].alsoIn).toEqual([{ regionId: 'w-eem-en-vallei', regionName: 'Eem en Vallei' }]);
    expect(eemnes.pairs[0].relation).toBe('crossing');
  });

  it('finds Nijkerk crossing with other partners: Food Valley for youth, Eem en Vallei for Wmo', () => {
    expect(m.get(NIJKERK)!.category).toBe('moved');
  });

  it('keeps Amersfoort and Soest in their region, which lost Eemnes and gained Nijkerk across its border', () => {
    expect(namesIn(list, 'regionChanged')).toEqual(['Amersfoort', 'Soest']);
    const pair = m.get(AMERSFOORT)!.pairs[0];
    expect(pair.onlyInA).toEqual([EEMNES]);
    expect(pair.onlyInB).toEqual([NIJKERK]);
  });

  it('calls Hilversum, Huizen and Weesp nested: their youth region lies wholly inside the Wmo region Eemnes joined', () => {
    for (const code of [HILVERSUM, HUIZEN, WEESP]) {
      expect(m.get(code)!.category).toBe('nested');
      expect(m.get(code)!.pairs[0].relation).toBe('aInsideB');
    }
  });

  it('calls Ede nested the other way: its Wmo region (Ede alone) lies inside its youth region Food Valley', () => {
    expect(m.get(EDE)!.category).toBe('nested');
    expect(m.get(EDE)!.pairs[0].relation).toBe('bInsideA');
  });

  it('calls Utrecht on its own in both the same, although the region id and name differ', () => {
    expect(m.get(UTRECHT)!.category).toBe('same');
  });

  it('counts every municipality once: 1 same, 4 nested, 2 moved, 2 region changed, 1 in two regions', () => {
    expect(countCategories(list)).toEqual({ same: 1, nested: 4, moved: 2, regionChanged: 2, unplaced: 0, crossing: 4, multiple: 1 });
  });
});

describe('classifyMunicipalities: further cases', () => {
  it('reports a municipality a division leaves out as not placed, and compares the others over what both place', () => {
    const partial = youth.filter((r) => r.code !== WEESP);
    const list = classifyMunicipalities(
      [
        { id: 'youth', memberships: partial },
        { id: 'wmo', memberships: wmo },
      ],
      { population, municipalities: [...names.keys()] },
    );
    const m = byCode(list);
    expect(m.get(WEESP)!.category).toBe('unplaced');
    expect(m.get(WEESP)!.placements[0].regionId).toBeNull();
    // Without Weesp, Hilversum's youth partners (Huizen) still lie inside its Wmo region.
    expect(m.get(HILVERSUM)!.category).toBe('nested');
    expect(list).toHaveLength(names.size);
  });

  it('takes the worst of every pair for three divisions: Utrecht same in youth and Wmo, nested in the GGD', () => {
    const list = classifyMunicipalities(
      [
        { id: 'youth', memberships: youth },
        { id: 'wmo', memberships: wmo },
        { id: 'ggd', memberships: ggd },
      ],
      { population },
    );
    const m = byCode(list);
    expect(m.get(UTRECHT)!.pairs.map((p) => [p.a, p.b, p.relation])).toEqual([
      ['youth', 'wmo', 'same'],
      ['youth', 'ggd', 'aInsideB'],
      ['wmo', 'ggd', 'aInsideB'],
    ]);
    expect(m.get(UTRECHT)!.category).toBe('nested');
    expect(m.get(EEMNES)!.category).toBe('moved');
  });

  it('counts a second subregion of the same region as a second place (Delft in DWO and Delft-Rijswijk)', () => {
    const DELFT = 'GM0100' as GmCode;
    const RIJSWIJK = 'GM0101' as GmCode;
    const a = layer('a', [
      [DELFT, 'h', 'Haaglanden'],
      [RIJSWIJK, 'h', 'Haaglanden'],
    ]);
    const b = [
      row('b', DELFT, 'h', 'Haaglanden', { subregionId: 'dwo', subregionName: 'DWO' }),
      row('b', DELFT, 'h', 'Haaglanden', { subregionId: 'dr', subregionName: 'Delft-Rijswijk', primary: false }),
      row('b', RIJSWIJK, 'h', 'Haaglanden', { subregionId: 'dr', subregionName: 'Delft-Rijswijk' }),
    ];
    const delft = classifyMunicipalities([
      { id: 'a', memberships: a },
      { id: 'b', memberships: b },
    ]).find((x) => x.code === DELFT)!;
    expect(delft.category).toBe('same');
    expect(delft.multiple).toBe(true);
    expect(delft.placements[1].alsoIn).toEqual([{ regionId: 'h', regionName: 'Haaglanden', subregionName: 'Delft-Rijswijk' }]);
    expect(delft.placements[0].alsoIn).toEqual([]);
  });

  it('refuses fewer than two divisions', () => {
    expect(() => classifyMunicipalities([{ id: 'youth', memberships: youth }])).toThrow(/two/);
  });
});

