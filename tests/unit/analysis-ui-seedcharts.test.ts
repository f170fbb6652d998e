import { describe, expect, it } from 'vitest';
import { careIntensityRows, supraRegionalRows } from '../../src/domain/viewModels/seedCharts.ts';
import { parseSeedTable } from '../../src/data/parseSeedTables.ts';
import type { CareIntensityLevel, SupraRegionalMember } from '../../src/domain/seedTables.ts';
import { readDataFile } from './realData.ts';

const provenance = { source: { document: 'x' }, confidence: 'text' as const };
const member = (groupId: string, regionName: string, countInText: number | null = null): SupraRegionalMember =>
  ({ ...provenance, groupId, groupName: `Groep ${groupId}`, countInText, regionId: regionName, regionName, notes: '' }) as SupraRegionalMember;

describe('inter-regional groupings chart', () => {
  it('counts the listed member regions per group, most first, and keeps the number the text prints beside it', () => {
    const rows = supraRegionalRows([member('a', 'X'), member('b', 'P', 3), member('b', 'Q', 3), member('a', 'Y')].concat(member('b', 'R', 3)));
    expect(rows).toEqual([
      { groupId: 'b', groupName: 'Groep b', regions: 3, countInText: 3, memberNames: 'P, Q, R' },
      { groupId: 'a', groupName: 'Groep a', regions: 2, countInText: null, memberNames: 'X, Y' },
    ]);
  });
  it('shows the nine groupings of October 2013, the Utrecht one listing 5 regions where the text says 6', () => {
    const rows = supraRegionalRows(parseSeedTable(readDataFile('tables/jeugd_2013_10_bovenregionaal.csv'), 'jeugd_2013_10_bovenregionaal.csv'));
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.groupId === 'gelderland')).toMatchObject({ regions: 7, countInText: 7 });
    expect(rows.find((r) => r.groupId === 'utrecht')).toMatchObject({ regions: 5, countInText: 6 });
  });
});

describe('care-intensity chart', () => {
  it('orders the levels from the base of the triangle to its top', () => {
    const level = (rank: number, label: string, percentage: number) => ({ ...provenance, rank, label, percentage, percentageText: `${percentage}%`, notes: '' }) as CareIntensityLevel;
    expect(careIntensityRows([level(1, 'top', 1), level(2, 'base', 99)]).map((r) => r.label)).toEqual(['base', 'top']);
  });
  it('reads the CJG report\'s five levels, 85 % at the base, adding up to 100 %', () => {
    const rows = careIntensityRows(parseSeedTable(readDataFile('tables/cjg_2011_zorgzwaarte.csv'), 'cjg_2011_zorgzwaarte.csv'));
    expect(rows.map((r) => r.percentage)).toEqual([85, 10, 4, 0.97, 0.03]);
    expect(rows.reduce((s, r) => s + r.percentage, 0)).toBeCloseTo(100, 6);
  });
});
