import { describe, expect, it } from 'vitest';
import {
  loadAllClusters,
  loadAllMemberships,
  loadLayers,
  loadMunicipalChanges,
  loadMunicipalities,
  loadPopulationRecords,
  loadRegionsReported,
  loadSeedContradictions,
} from '../realData.ts';
import { dataOverview } from '../../../src/domain/dataOverview.ts';
import { confidenceMixText } from '../../../src/i18n/words.ts';
import { compareReportedPopulations, populationDiscrepancies } from '../../../src/domain/discrepancies.ts';
import type { GmCode, Layer, Membership } from '../../../src/domain/types.ts';

describe('dataOverview on a hand-made fixture', () => {
  const gm = (n: number) => `GM${String(n).padStart(4, '0')}` as GmCode;
  const layer = (id: string, status: Layer['membershipStatus']): Layer => ({
    id, kind: 'inventory', domain: 'jeugd', label: { nl: id, en: id }, referenceDate: '2013-05-31', geometryYear: 2013,
    source: { document: 'seed.txt', section: 'tabel' }, membershipStatus: status, membershipFile: status === 'complete' ? `memberships/${id}.csv` : null,
    expectedRegions: status === 'complete' ? 2 : null, allowsOverlap: false,
  });
  const row = (code: number, regionId: string, confidence: Membership['confidence']): Membership => ({
    layerId: 'known', code: gm(code), regionId, regionName: regionId, primary: true, source: { document: 'seed.txt' }, confidence,
  });
  const municipalities = new Map([[2013, new Set([1, 2, 3, 4, 5].map(gm))]]);
  const memberships = new Map([['known', [row(1, 'a', 'text'), row(2, 'a', 'derived'), row(3, 'b', 'derived'), row(4, 'b', 'derived')]], ['unknown', []]]);
  const [known, unknown] = dataOverview([layer('known', 'complete'), layer('unknown', 'unknown')], memberships, [], municipalities);

  it('counts regions, placed municipalities and coverage of a layer with members', () => {
    expect([known.regionsComputed, known.regionsStated, known.municipalitiesPlaced, known.municipalitiesOfYear, known.coverage]).toEqual([2, 2, 4, 5, 0.8]);
  });

  it('counts the confidence mix and keeps the source for citing; the mix is worded in the user\'s language', () => {
    expect(known.confidenceMix).toEqual({ official: 0, text: 1, derived: 3, knowledge: 0 });
    expect(confidenceMixText('nl', known.confidenceMix)).toBe('in de tekst 1, afgeleid 3');
    expect(confidenceMixText('en', known.confidenceMix)).toBe('stated in the text 1, derived 3');
    expect(known.source).toEqual({ document: 'seed.txt', section: 'tabel' });
  });

  it('shows a layer with unknown membership without region count or coverage, never as empty data', () => {
    expect([unknown.membershipStatus, unknown.regionsComputed, unknown.coverage, unknown.municipalitiesPlaced]).toEqual(['unknown', null, null, 0]);
  });

  it('names what the load-time check finds in a layer: the white spot GM0005 and a code the year does not have', () => {
    expect(known.problems.map((p) => [p.kind, p.codes])).toEqual([['missing-municipality', [gm(5)]]]);
    const withUnknown = new Map([['known', [...memberships.get('known')!, row(9, 'b', 'text')]]]);
    const [row9] = dataOverview([layer('known', 'complete')], withUnknown, [], municipalities);
    expect(row9.problems.map((p) => p.kind)).toEqual(['unknown-code', 'missing-municipality']);
    expect(row9.loadError).toBeNull();
  });

  it('keeps a layer whose member list could not be read as a row that says why, with no problems counted from it', () => {
    const [broken] = dataOverview([layer('known', 'complete')], new Map(), [], municipalities, { reported: [], changes: [], contradictions: [], loadErrors: new Map([['known', 'memberships/known.csv: row 3: "GMxx" is not a CBS code (GMxxxx)']]) });
    expect(broken.loadError).toMatch(/row 3/);
    expect(broken.problems).toEqual([]);
  });
});

describe('dataOverview of the real data', () => {
  const layers = loadLayers();
  const memberships = loadAllMemberships();
  const population = loadPopulationRecords();
  const municipalities = new Map([2011, 2012, 2013, 2014, 2015].map((y) => [y, loadMunicipalities(y)]));
  const evidence = { reported: loadRegionsReported(), changes: loadMunicipalChanges(), contradictions: loadSeedContradictions(), clusters: loadAllClusters() };
  const rows = dataOverview(layers, memberships, population, municipalities, evidence);

  it('has one row per layer, in the layers\' order', () => {
    expect(rows.map((r) => r.id)).toEqual(layers.map((l) => l.id));
  });

  it('finds nothing wrong in the shipped files at load', () => {
    expect(rows.filter((r) => r.problems.length || r.loadError).map((r) => [r.id, r.problems.map((p) => p.message)])).toEqual([]);
  });

  it('shows full coverage and the stated region count for every complete layer', () => {
    for (const r of rows.filter((x) => x.membershipStatus === 'complete')) {
      expect(r.coverage, r.id).toBe(1);
      expect(r.regionsComputed, r.id).toBe(r.regionsStated);
    }
  });

  it('counts the discrepancies per layer as the discrepancy list does', () => {
    const list = populationDiscrepancies(compareReportedPopulations({ layers, memberships, population, ...evidence }));
    for (const r of rows) expect(r.discrepancies, r.id).toBe(list.filter((c) => c.layerId === r.id).length);
    expect(rows.reduce((s, r) => s + r.discrepancies, 0)).toBe(list.length);
    expect(rows.reduce((s, r) => s + r.reportedRegions, 0)).toBe(evidence.reported.length);
  });

  it('shows the youth rounds as text and derived rows, CBS divisions as official', () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('jeugd_2013_10')!.confidenceMix.text).toBeGreaterThan(0);
    expect(byId.get('jeugd_2013_10')!.confidenceMix.derived).toBeGreaterThan(0);
    expect(byId.get('ggd_2013')!.confidenceMix.official).toBe(memberships.get('ggd_2013')!.length);
    expect(byId.get('zorgkantoor_2013')!.status).toBe('carried_over');
    expect(byId.get('zorgkantoor_2013')!.confidenceMix.official).toBe(0);
  });
});
