import { describe, expect, it } from 'vitest';
import {
  loadAllClusters,
  loadAllMemberships,
  loadLayers,
  loadMunicipalChanges,
  loadPopulation,
  loadPopulationRecords,
  loadRegionsReported,
  loadSeedContradictions,
} from '../realData.ts';
import { compareReportedPopulations, likelyReason, membersOf, populationDiscrepancies, type ComparisonInput } from '../../../src/domain/discrepancies.ts';
import type { ReportedRegion } from '../../../src/domain/provenance.ts';
import type { GmCode, Layer, Membership, PopulationRecord } from '../../../src/domain/types.ts';

describe('compareReportedPopulations on a hand-made fixture', () => {
  const gm = (n: number) => `GM${String(n).padStart(4, '0')}` as GmCode;
  const layer: Layer = {
    id: 'r', kind: 'inventory', domain: 'jeugd', label: { nl: 'r', en: 'r' }, referenceDate: '2013-10-31', geometryYear: 2013,
    source: { document: 'seed.txt' }, membershipStatus: 'complete', membershipFile: 'memberships/r.csv', expectedRegions: 4, allowsOverlap: false,
  };
  const member = (code: number, regionId: string, extra: Partial<Membership> = {}): Membership => ({
    layerId: 'r', code: gm(code), regionId, regionName: regionId.toUpperCase(), primary: true, source: { document: 'seed.txt' }, confidence: 'text', ...extra,
  });
  const region = (regionId: string, reportedPopulation: number | null, date: string | null): ReportedRegion => ({
    layerId: 'r', regionId, regionName: regionId.toUpperCase(), canonicalName: regionId.toUpperCase(), province: '', level: 'region', parentRegionId: null,
    reportedPopulation, populationText: String(reportedPopulation), populationReferenceDate: date, source: { document: 'seed.txt', section: 'tabel' }, confidence: 'text',
  });
  const population: PopulationRecord[] = [1, 2, 3, 4, 5, 6].flatMap((n) => [
    { code: gm(n), year: 2012, population: n * 1000 },
    { code: gm(n), year: 2013, population: n * 1000 + 100 },
  ]);
  const memberships = [
    member(1, 'a'), member(2, 'a'),
    member(3, 'b'),
    member(4, 'c', { confidence: 'derived', alternativeRegion: 'D', note: { nl: 'de cijfers wijzen op D', en: 'the figures suggest D' } }),
    member(5, 'd'),
    member(6, 'e'),
  ];
  const input = (reported: ReportedRegion[], extra: Partial<ComparisonInput> = {}): ComparisonInput => ({
    layers: [layer], reported, memberships: new Map([['r', memberships]]), population, changes: [], contradictions: [], ...extra,
  });

  it('sums the members\' population of the reported reference year and keeps both figures', () => {
    const [a] = compareReportedPopulations(input([region('a', 3000, '2012-01-01')]));
    expect(a.computedPopulation).toBe(3000);
    expect(a.reportedPopulation).toBe(3000);
    expect(a.populationYear).toBe(2012);
    expect(a.reasons).toEqual([]);
  });

  it('uses the nearest available year when the reference year has no population, and says so', () => {
    const [a] = compareReportedPopulations(input([region('a', 2900, '2011-01-01')]));
    expect(a.populationYear).toBe(2012);
    expect(a.yearChoice).toEqual({ wanted: 2011, used: 2012, printedDate: '2011-01-01' });
    expect(likelyReason(a)?.kind).toBe('reference-date');
  });

  it('uses the round\'s year when no reference date is printed, and names that as the likely reason', () => {
    const [b] = compareReportedPopulations(input([region('b', 3000, null)]));
    expect(b.populationYear).toBe(2013);
    expect(b.computedPopulation).toBe(3100);
    expect(likelyReason(b)?.kind).toBe('reference-date');
  });

  it('flags membership doubt both in the region a doubtful member is placed in and in its alternative', () => {
    const [c, d] = compareReportedPopulations(input([region('c', 9000, '2013-01-01'), region('d', 9100, '2013-01-01')]));
    expect(likelyReason(c)?.kind).toBe('membership-doubt');
    expect(likelyReason(d)?.kind).toBe('membership-doubt');
    expect(likelyReason(d)).toEqual({ kind: 'membership-doubt', code: 'GM0004', here: false, other: 'C', confidence: 'derived' });
    expect(likelyReason(c)).toEqual({ kind: 'membership-doubt', code: 'GM0004', here: true, other: 'D', confidence: 'derived' });
  });

  it('prefers a known contradiction of the seeds as the likely reason', () => {
    const explanation = { nl: 'de bron herhaalt een oud cijfer', en: 'the seed repeats an old figure' };
    const contradictions = [{ layerId: 'r', regionId: 'e', kind: 'population' as const, printed: '5.000', explanation, likelyCause: 'reference_date' as const, evidence: '', source: { document: 'seed.txt' } }];
    const [e] = compareReportedPopulations(input([region('e', 5000, '2013-01-01')], { contradictions }));
    expect(likelyReason(e)).toEqual({ kind: 'seed-contradiction', explanation, cause: 'reference_date', source: { document: 'seed.txt' } });
  });

  it('says "unexplained" when the data hold no reason for a difference', () => {
    const [e] = compareReportedPopulations(input([region('e', 5000, '2013-01-01')]));
    expect(e.relativeDifference).toBeCloseTo(-1100 / 6100);
    expect(likelyReason(e)?.kind).toBe('unexplained');
  });

  it('lists a region without members as a discrepancy that cannot be computed', () => {
    const comparisons = compareReportedPopulations(input([region('a', 3200, '2013-01-01'), region('z', 1234, '2013-01-01')]));
    const list = populationDiscrepancies(comparisons);
    expect(list.map((c) => c.regionId)).toEqual(['z']);
    expect(list[0].computedPopulation).toBeNull();
    expect(likelyReason(list[0])?.kind).toBe('no-members');
  });

  it('does not list a difference of at most 1 %', () => {
    const comparisons = compareReportedPopulations(input([region('e', 6160, '2013-01-01'), region('d', 5150, '2013-01-01')]));
    expect(populationDiscrepancies(comparisons).map((c) => c.regionId)).toEqual([]);
  });
});

describe('reported vs computed populations of the real data', () => {
  const layers = loadLayers();
  const memberships = loadAllMemberships();
  const clusters = loadAllClusters();
  const reported = loadRegionsReported();
  const comparisons = compareReportedPopulations({
    layers, reported, memberships, clusters, population: loadPopulationRecords(), changes: loadMunicipalChanges(), contradictions: loadSeedContradictions(),
  });
  const discrepancies = populationDiscrepancies(comparisons);
  const find = (layerId: string, regionId: string) => comparisons.find((c) => c.layerId === layerId && c.regionId === regionId)!;

  it('compares every reported region and keeps the reported figure exactly as in the data', () => {
    expect(comparisons.length).toBe(reported.length);
    for (const [i, c] of comparisons.entries()) expect([c.reportedPopulation, c.populationText]).toEqual([reported[i].reportedPopulation, reported[i].populationText]);
  });

  it('computes a 4th-round region as the plain sum of its members\' population of 1 January 2013', () => {
    const members = membersOf('j-utrecht-west', memberships.get('jeugd_2013_10')!);
    const pop2013 = loadPopulation(2013);
    const c = find('jeugd_2013_10', 'j-utrecht-west');
    expect(c.populationYear).toBe(2013);
    expect(c.computedPopulation).toBe(members.reduce((s, m) => s + pop2013.get(m.code)!, 0));
  });

  it('computes the Wmo figures for 1 January 2012 on the 2013 municipalities, mergers summed exactly', () => {
    const wmo = comparisons.filter((c) => c.layerId === 'wmo_2013_05' && c.computedPopulation !== null);
    expect(wmo.length).toBeGreaterThan(80);
    expect(wmo.every((c) => c.populationYear === 2012 && !c.estimated && c.missingPopulation.length === 0)).toBe(true);
  });

  it('lists exactly the regions that differ by more than 1 % or cannot be computed, each with a likely reason', () => {
    for (const c of comparisons) {
      const differs = c.relativeDifference === null || Math.abs(c.relativeDifference) > 0.01;
      expect(discrepancies.includes(c), c.regionId).toBe(differs);
      if (differs) expect(likelyReason(c), c.regionId).not.toBeNull();
    }
  });

  it('flags the Wmo subregion "Regio rond Apeldoorn": a population is printed but no member list', () => {
    expect(likelyReason(find('wmo_2013_05', 'w-midden-ijssel-oost-veluwe--apeldoorn'))?.kind).toBe('no-members');
  });

  it('traces the Boskoop doubt: Midden-Holland and Holland Rijnland both differ and name it', () => {
    for (const id of ['j-midden-holland', 'j-holland-rijnland']) {
      const c = find('jeugd_2013_10', id);
      expect(discrepancies.includes(c), id).toBe(true);
      expect(c.reasons.some((r) => r.kind === 'membership-doubt' && r.code === 'GM0499'), id).toBe(true);
    }
  });

  it('shows the 3rd round\'s Zuid-Holland-Zuid figure short of the Hoeksche Waard as a known contradiction', () => {
    const c = find('jeugd_2013_05', 'j-zuid-holland-zuid');
    expect(c.reportedPopulation! < c.computedPopulation!).toBe(true);
    expect(likelyReason(c)?.kind).toBe('seed-contradiction');
  });

  it('names the round-3 figures\' missing reference date as a reason wherever they differ', () => {
    for (const c of discrepancies.filter((x) => x.layerId === 'jeugd_2013_05' && x.computedPopulation !== null)) {
      expect(c.reasons.some((r) => r.kind === 'reference-date'), c.regionId).toBe(true);
    }
  });

  it('attributes the Wmo IJsselland difference to the additional membership of Voorst', () => {
    const c = find('wmo_2013_05', 'w-ijsselland');
    expect(likelyReason(c)?.kind).toBe('additional-membership');
    const reason = likelyReason(c);
    expect(reason?.kind === 'additional-membership' && reason.members.map((m) => m.code)).toEqual(['GM0285']);
  });

  it('explains every reported-vs-computed gap over 1 % by the seeds\' own contradictions or a membership the source declares', () => {
    const unexplained = discrepancies.filter((c) => !c.reasons.some((r) => r.kind === 'seed-contradiction' || r.kind === 'additional-membership' || r.kind === 'no-members'));
    expect(unexplained.map((c) => `${c.layerId} ${c.regionId}`)).toEqual([]);
    expect(discrepancies.length).toBeGreaterThan(30);
  });

  it('explains the gaps in Dutch and in English, from contradictions.csv', () => {
    const c = find('jeugd_2013_10', 'j-food-valley');
    const reason = c.reasons.find((r) => r.kind === 'seed-contradiction');
    expect(reason?.kind === 'seed-contradiction' && reason.cause).toBe('undecidable');
    expect(reason?.kind === 'seed-contradiction' && reason.explanation.nl).toMatch(/Food Valley/);
    expect(reason?.kind === 'seed-contradiction' && reason.explanation.en).toMatch(/Food Valley/);
  });
});
