import { describe, expect, it } from 'vitest';
import { parseSearchAliases } from '../../src/data/searchAliases.ts';
import { DataFormatError } from '../../src/data/parse.ts';
import { buildLayerView } from '../../src/domain/layerView.ts';
import type { GmCode } from '../../src/domain/types.ts';
import { allowedTypos, editDistance, normaliseName, regionEntries, searchMunicipalities, searchPlaces, type SearchIndex } from '../../src/ui/explore/search.ts';
import { loadAdjacency, loadLayer, loadMemberships, loadMunicipalities, loadPopulation, readDataFile } from './realData.ts';

const municipalities2013 = loadMunicipalities(2013);
const names = (query: string) => searchMunicipalities(municipalities2013, query).map((m) => m.name);
const aliases = parseSearchAliases(readDataFile('search_aliases.csv'));
const youthView = buildLayerView(loadLayer('jeugd_2013_10'), loadMemberships('jeugd_2013_10'), municipalities2013, loadAdjacency(2013), loadPopulation(2013), 2013);
const index: SearchIndex = {
  municipalities: municipalities2013,
  aliases,
  regions: regionEntries(
    [...youthView.regions.values()].map((r) => ({ id: r.id, name: r.name, members: r.members.filter((m) => m.primary).map((m) => m.code) })),
    youthView.population,
  ),
};
const first = (query: string) => searchPlaces(index, query)[0];

describe('municipality search by CBS name and code', () => {
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

describe('the names people use (data/search_aliases.csv)', () => {
  it('"den bosch" finds \'s-Hertogenbosch, and says which name matched', () => {
    expect(first('den bosch')).toEqual({ kind: 'municipality', code: 'GM0796', name: "'s-Hertogenbosch", via: 'Den Bosch' });
  });
  it('"Den Haag" finds \'s-Gravenhage', () => {
    expect(first('Den Haag')).toMatchObject({ kind: 'municipality', name: "'s-Gravenhage" });
  });
  it('finds Frisian municipalities by their Frisian name (Ljouwert, Skylge) and by their Dutch name (Tietjerksteradeel)', () => {
    expect(first('Ljouwert')).toMatchObject({ name: 'Leeuwarden' });
    expect(first('skylge')).toMatchObject({ name: 'Terschelling' });
    expect(first('Tietjerksteradeel')).toMatchObject({ name: 'Tytsjerksteradiel' });
    expect(first('dantumadeel')).toMatchObject({ name: 'Dantumadiel' });
  });
  it('finds short forms: "Bergen NH" is Bergen (NH.), "Nuenen" the whole name', () => {
    expect(first('Bergen NH')).toMatchObject({ name: 'Bergen (NH.)' });
    expect(first('bergen l')).toMatchObject({ name: 'Bergen (L.)' });
    expect(first('nuenen')).toMatchObject({ code: 'GM0820' });
  });
  it('lists a municipality once, by its best match', () => {
    const hits = searchPlaces(index, 'leeuwarden', 50).filter((h) => h.kind === 'municipality' && h.code === 'GM0080');
    expect(hits).toEqual([{ kind: 'municipality', code: 'GM0080', name: 'Leeuwarden', via: null }]);
  });
  it('points every alias at a municipality of some geometry year 2011-2015 and never at another municipality\'s CBS name', () => {
    const years = [2011, 2012, 2013, 2014, 2015].map((y) => loadMunicipalities(y));
    const known = new Set(years.flat().map((m) => m.code));
    for (const a of aliases) expect(known.has(a.code), a.alias).toBe(true);
    for (const list of years) {
      const byName = new Map(list.map((m) => [normaliseName(m.name), m.code]));
      for (const a of aliases) {
        const other = byName.get(normaliseName(a.alias));
        expect(other === undefined || other === a.code, `${a.alias} is the CBS name of ${other}`).toBe(true);
      }
    }
  });
  it('rejects a malformed alias row with the file and row', () => {
    expect(() => parseSearchAliases('alias,gm_code,official_name,kind,source\nDen Bosch,0796,x,common,usage\n')).toThrow(DataFormatError);
    expect(() => parseSearchAliases('alias,gm_code,official_name,kind,source\nDen Bosch,GM0796,x,slang,usage\n')).toThrow(/row 2: unknown kind/);
  });
});

describe('small typos', () => {
  it('measures edits, counting a swap of two neighbours as one', () => {
    expect(editDistance('amsterdm', 'amsterdam')).toBe(1);
    expect(editDistance('rotetrdam', 'rotterdam')).toBe(1);
    expect(editDistance('utrecht', 'utrecht')).toBe(0);
    expect(editDistance('ede', 'breda')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
  it('allows no typo below five letters, one up to eight, two from nine', () => {
    expect([4, 5, 8, 9].map(allowedTypos)).toEqual([0, 1, 1, 2]);
  });
  it('"amsterdm" finds Amsterdam, "rotetrdam" Rotterdam, "groningn" Groningen', () => {
    expect(first('amsterdm')).toMatchObject({ name: 'Amsterdam' });
    expect(first('rotetrdam')).toMatchObject({ name: 'Rotterdam' });
    expect(first('groningn')).toMatchObject({ name: 'Groningen' });
  });
  it('does not guess for short words or far-off text: "edx" and "xyzzy" find nothing', () => {
    expect(searchPlaces(index, 'edx')).toEqual([]);
    expect(searchPlaces(index, 'xyzzy')).toEqual([]);
  });
  it('puts exact matches before typo matches', () => {
    const hits = searchPlaces(index, 'baarn', 20).map((h) => h.name);
    expect(hits[0]).toBe('Baarn');
  });
});

describe('regions of the layer on the map', () => {
  it('finds the youth region Eemland, opened through its largest member Amersfoort', () => {
    const hit = searchPlaces(index, 'eemland').find((h) => h.kind === 'region');
    expect(hit).toMatchObject({ kind: 'region', name: 'Eemland', focus: 'GM0307' as GmCode });
  });
  it('finds "zuidoost brabant" although the round writes Zuid-Oost Brabant, opened through Eindhoven', () => {
    const hit = searchPlaces(index, 'zuidoost brabant')[0];
    expect(hit).toMatchObject({ kind: 'region', name: 'Zuid-Oost Brabant', focus: 'GM0772' as GmCode });
  });
  it('lists the municipality before a region of the same name', () => {
    const hits = searchPlaces(index, 'utrecht', 20);
    expect(hits[0]).toMatchObject({ kind: 'municipality', name: 'Utrecht' });
  });
});
