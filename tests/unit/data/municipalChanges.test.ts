import { describe, expect, it } from 'vitest';
import { loadMunicipalChanges, loadMunicipalities, loadPopulation, loadPopulationRecords, readSharedFile } from '../realData.ts';
import { parseCsv } from '../../../src/data/csv.ts';
import { populationInGeometry, nearestPopulationYear } from '../../../src/domain/populationByYear.ts';
import type { MunicipalChange } from '../../../src/domain/provenance.ts';
import type { GmCode, PopulationRecord } from '../../../src/domain/types.ts';

const changes = loadMunicipalChanges();
const YEARS = [2011, 2012, 2013, 2014];
const codesOf = (year: number) => new Set(loadMunicipalities(year).map((m) => m.code));
const codeOf = (year: number, name: string) => loadMunicipalities(year).find((m) => m.name === name)!.code;

describe('data/municipal_changes.csv: mergers and splits between consecutive geometry years', () => {
  it('lists every municipality that disappears, and only those, with its pieces in the next year', () => {
    for (const year of YEARS) {
      const before = codesOf(year);
      const after = codesOf(year + 1);
      const gone = [...before].filter((c) => !after.has(c)).sort();
      const listed = [...new Set(changes.filter((c) => c.fromYear === year).map((c) => c.fromCode))].sort();
      expect(listed, `${year}`).toEqual(gone);
      for (const c of changes.filter((x) => x.fromYear === year)) {
        expect(c.toYear).toBe(year + 1);
        expect(after.has(c.toCode), `${c.toCode} in ${year + 1}`).toBe(true);
      }
    }
  });

  it('gives every new code of a year its area from listed predecessors', () => {
    for (const year of YEARS) {
      const before = codesOf(year);
      for (const code of [...codesOf(year + 1)].filter((c) => !before.has(c))) {
        const share = changes.filter((c) => c.toYear === year + 1 && c.toCode === code).reduce((s, c) => s + c.toAreaShare, 0);
        expect(share, `${code} ${year + 1}`).toBeGreaterThan(0.95);
      }
    }
  });

  it('accounts for nearly all of a dissolved municipality\'s area', () => {
    const byFrom = new Map<string, number>();
    for (const c of changes) byFrom.set(`${c.fromYear} ${c.fromCode}`, (byFrom.get(`${c.fromYear} ${c.fromCode}`) ?? 0) + c.areaShare);
    for (const [key, share] of byFrom) {
      expect(share, key).toBeGreaterThan(0.9);
      expect(share, key).toBeLessThanOrEqual(1.0001);
    }
  });

  it('has the known mergers of 2013->2014: De Friese Meren formed, Boskoop and Rijnwoude into Alphen aan den Rijn', () => {
    const into = (toName: string) => changes.filter((c) => c.fromYear === 2013 && c.toName === toName && c.areaShare > 0.5).map((c) => c.fromName).sort();
    expect(into('De Friese Meren')).toEqual(['Gaasterlân-Sleat', 'Lemsterland', 'Skarsterlân']);
    expect(into('Alphen aan den Rijn')).toEqual(['Boskoop', 'Rijnwoude']);
    expect(codesOf(2013).has(codeOf(2014, 'De Friese Meren'))).toBe(false);
  });

  it('has Boarnsterhim dissolved in 2014 and divided among several municipalities, the largest part to Leeuwarden', () => {
    const pieces = changes.filter((c) => c.fromYear === 2013 && c.fromName === 'Boarnsterhim');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((p) => p.toName)).toContain('Heerenveen');
    expect(pieces.reduce((a, b) => (b.areaShare > a.areaShare ? b : a)).toName).toBe('Leeuwarden');
  });

  it('agrees with every successor CBS names in its gap-fill file', () => {
    const fill = parseCsv(readSharedFile('data/cbs/divisions_nearest_year_fill.csv')).rows;
    const named = fill.map((r) => ({ year: Number(r.year), code: r.gm_code, successor: /successor municipality (GM\d{4})/.exec(r.method)?.[1] })).filter((r) => r.successor);
    expect(named.length).toBeGreaterThan(0);
    for (const { year, code, successor } of named) {
      let current = code;
      for (let y = year; y < 2014; y++) {
        const pieces = changes.filter((c) => c.fromYear === y && c.fromCode === current);
        if (pieces.length) current = pieces.reduce((a, b) => (b.areaShare > a.areaShare ? b : a)).toCode;
      }
      expect(current, `${year} ${code}`).toBe(successor);
    }
  });

  it('translates the 2012 population exactly onto the 2013 municipalities: Goeree-Overflakkee is the sum of its four predecessors', () => {
    const translated = populationInGeometry(loadPopulationRecords(), changes, 2012, 2013);
    const pop2012 = loadPopulation(2012);
    const go = codeOf(2013, 'Goeree-Overflakkee');
    const predecessors = changes.filter((c) => c.fromYear === 2012 && c.toCode === go).map((c) => c.fromCode);
    expect(predecessors.length).toBe(4);
    expect(translated.byCode.get(go)).toBe(predecessors.reduce((s, c) => s + pop2012.get(c)!, 0));
    expect(translated.estimated.size).toBe(0);
    expect([...translated.byCode.values()].reduce((a, b) => a + b, 0)).toBe([...pop2012.values()].reduce((a, b) => a + b, 0));
    expect(new Set(translated.byCode.keys())).toEqual(codesOf(2013));
  });
});

describe('populationInGeometry on a hand-made fixture', () => {
  const gm = (n: number) => `GM${String(n).padStart(4, '0')}` as GmCode;
  const change = (fromYear: number, from: number, to: number, areaShare: number, toAreaShare: number): MunicipalChange => ({
    fromYear, fromCode: gm(from), fromName: `m${from}`, toYear: fromYear + 1, toCode: gm(to), toName: `m${to}`, areaShare, toAreaShare, source: 'fixture', successorCheck: '',
  });
  // 2013 -> 2014: 1 and 2 merge into 9 (new code); 3 is split between 4 (60 %) and 5 (40 %).
  const fixture = [change(2013, 1, 9, 1, 0.5), change(2013, 2, 9, 1, 0.5), change(2013, 3, 4, 0.6, 0.3), change(2013, 3, 5, 0.4, 0.2)];
  const records: PopulationRecord[] = [
    { code: gm(1), year: 2013, population: 100 },
    { code: gm(2), year: 2013, population: 50 },
    { code: gm(3), year: 2013, population: 1000 },
    { code: gm(4), year: 2013, population: 10 },
    { code: gm(5), year: 2013, population: 20 },
    { code: gm(9), year: 2014, population: 160 },
    { code: gm(4), year: 2014, population: 600 },
    { code: gm(5), year: 2014, population: 400 },
  ];

  it('adds up merged municipalities exactly and divides a split one by area share, flagged as an estimate', () => {
    const p = populationInGeometry(records, fixture, 2013, 2014);
    expect(p.byCode.get(gm(9))).toBe(150);
    expect(p.byCode.get(gm(4))).toBe(610);
    expect(p.byCode.get(gm(5))).toBe(420);
    expect([...p.estimated].sort()).toEqual([gm(4), gm(5)]);
  });

  it('divides a later population over earlier municipalities by area share, always as an estimate', () => {
    const p = populationInGeometry(records, fixture, 2014, 2013);
    expect(p.byCode.get(gm(1))).toBe(80);
    expect(p.byCode.get(gm(2))).toBe(80);
    expect(p.estimated.has(gm(1))).toBe(true);
  });

  it('picks the nearest available year, the earlier one on a tie', () => {
    expect(nearestPopulationYear(2011, [2012, 2013, 2014, 2015])).toBe(2012);
    expect(nearestPopulationYear(2013, [2012, 2014])).toBe(2012);
    expect(nearestPopulationYear(2016, [2012, 2015])).toBe(2015);
    expect(nearestPopulationYear(2013, [])).toBeNull();
  });
});
