import { describe, expect, it } from 'vitest';
import { normaliseName, searchMunicipalities } from '../../src/ui/explore/search.ts';
import { loadMunicipalities } from './realData.ts';

const municipalities2013 = loadMunicipalities(2013);
const names = (query: string) => searchMunicipalities(municipalities2013, query).map((m) => m.name);

describe('municipality search', () => {
  it('ignores accents, case and hyphens: "sudwest fryslan" finds Súdwest-Fryslân', () => {
    expect(normaliseName('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(names('sudwest fryslan')[0]).toBe('Súdwest-Fryslân');
    expect(names('SÚDWEST')[0]).toBe('Súdwest-Fryslân');
  });
  it('finds a municipality by CBS code, with or without GM', () => {
    expect(names('GM0363')).toEqual(['Amsterdam']);
    expect(names('gm0363')).toEqual(['Amsterdam']);
    expect(names('363')[0]).toBe('Amsterdam');
  });
  it('puts names that start with the query before names that contain it', () => {
    const found = searchMunicipalities(municipalities2013, 'berg', 50).map((m) => m.name);
    const starts = found.map((n) => /^berg/i.test(n));
    expect(found).toContain('Bergen op Zoom');
    expect(found).toContain('Steenbergen');
    expect(starts.lastIndexOf(true)).toBeLessThan(starts.indexOf(false));
  });
  it("finds 's-Hertogenbosch without the apostrophe and returns nothing for nonsense or an empty query", () => {
    expect(names('hertogenbosch')).toEqual(["'s-Hertogenbosch"]);
    expect(names('xyzzy')).toEqual([]);
    expect(names('   ')).toEqual([]);
  });
  it('returns at most the limit', () => {
    expect(searchMunicipalities(municipalities2013, 'a', 5)).toHaveLength(5);
  });
});
