import { describe, expect, it } from 'vitest';
import { buildLayerView, municipalityRows } from '../../src/domain/layerView.ts';
import { nearestPopulationYear, populationForGeometry } from '../../src/domain/populationByYear.ts';
import type { GmCode, Layer, Membership } from '../../src/domain/types.ts';
import { loadAdjacency, loadLayer, loadMemberships, loadMunicipalChanges, loadMunicipalities, loadPopulation, loadPopulationRecords } from './realData.ts';

const layer: Layer = {
  id: 'wmo', kind: 'inventory', domain: 'wmo', label: { nl: 'w', en: 'w' }, referenceDate: '2013', geometryYear: 2013,
  source: { document: 'x' }, membershipStatus: 'complete', membershipFile: 'x', expectedRegions: 2, allowsOverlap: true,
};
const m = (code: string, regionId: string, primary = true): Membership => ({
  layerId: 'wmo', code: code as GmCode, regionId, regionName: `Regio ${regionId}`, primary, source: { document: 'x' }, confidence: 'text',
});
// A row of five municipalities 1-2-3-4-5; 5 has no population figure; 3 is also (not primarily) in A.
const codes = ['GM0001', 'GM0002', 'GM0003', 'GM0004', 'GM0005'] as GmCode[];
const municipalities = codes.map((code, i) => ({ code, name: `Gemeente ${'EDCBA'[i]}` }));
const adjacency = new Map(codes.map((c, i) => [c, new Set([codes[i - 1], codes[i + 1]].filter(Boolean))]));
const population = new Map<GmCode, number>([['GM0001', 100], ['GM0002', 200], ['GM0003', 300], ['GM0004', 400]]);
const view = buildLayerView(layer, [m('GM0001', 'A'), m('GM0002', 'A'), m('GM0003', 'B'), m('GM0003', 'A', false), m('GM0004', 'B')], municipalities, adjacency, population, 2013);

describe('joining a layer to the municipalities of its year', () => {
  it('sums the population of primary members only', () => {
    expect(view.regions.get('A')!.population).toBe(300);
    expect(view.regions.get('B')!.population).toBe(700);
  });
  it('lists an additional member in its second region, marked as not primary, members by name', () => {
    expect(view.regions.get('A')!.members.map((x) => [x.name, x.primary])).toEqual([['Gemeente C', false], ['Gemeente D', true], ['Gemeente E', true]]);
    expect(view.membershipsOf.get('GM0003')!.map((x) => x.regionId)).toEqual(['B', 'A']);
  });
  it('colours the two neighbouring regions differently', () => {
    expect(view.regions.get('A')!.colourIndex).not.toBe(view.regions.get('B')!.colourIndex);
  });
  it('shows an unplaced municipality in the table with no region and unknown population', () => {
    expect(municipalityRows(view).find((r) => r.code === 'GM0005')).toEqual({ code: 'GM0005', name: 'Gemeente A', regionNames: [], population: null, confidence: null });
  });
  it('takes population of the same year, or the nearest year CBS has, the earlier one on a tie', () => {
    expect(nearestPopulationYear(2013, [2012, 2013, 2014])).toBe(2013);
    expect(nearestPopulationYear(2011, [2012, 2013, 2014, 2015])).toBe(2012);
    expect(nearestPopulationYear(2016, [2015, 2017])).toBe(2015);
    expect(nearestPopulationYear(2013, [])).toBeNull();
  });
});

describe('one population rule for the map and the panels', () => {
  const records = loadPopulationRecords();
  const changes = loadMunicipalChanges();
  it('gives 2011 the figures of 1 January 2012 carried back to the municipalities of 2011, Wieringermeer included', () => {
    const pop = populationForGeometry(records, changes, 2011);
    expect(pop.populationYear).toBe(2012);
    const codes2011 = loadMunicipalities(2011).map((m) => m.code);
    for (const code of codes2011) expect(pop.byCode.get(code), code).toBeGreaterThan(0);
    // Wieringermeer (GM0463) merged into Hollands Kroon on 1 January 2012: its figure is an area-share estimate.
    expect(pop.estimated.has('GM0463')).toBe(true);
    // The whole country adds up to the 2012 total (rounding aside).
    const total2012 = records.filter((r) => r.year === 2012).reduce((s, r) => s + r.population, 0);
    const total = [...pop.byCode.values()].reduce((s, n) => s + n, 0);
    expect(Math.abs(total - total2012)).toBeLessThan(codes2011.length);
  });
  it('takes a year CBS has as it is: no estimates for 2013', () => {
    const pop = populationForGeometry(records, changes, 2013);
    expect(pop.populationYear).toBe(2013);
    expect(pop.estimated.size).toBe(0);
    expect(pop.byCode.get('GM0363')).toBe(records.find((r) => r.year === 2013 && r.code === 'GM0363')!.population);
  });
});

describe('the youth regions of 31 October 2013 on the real data', () => {
  it('puts Eemnes in Eemland and counts Amsterdam-Amstelland\'s six members with CBS population of 2013', () => {
    const real = buildLayerView(loadLayer('jeugd_2013_10'), loadMemberships('jeugd_2013_10'), loadMunicipalities(2013), loadAdjacency(2013), loadPopulation(2013), 2013);
    expect(real.regions.get(real.regionOf.get('GM0317')!)!.name).toBe('Eemland');
    const aa = real.regions.get(real.regionOf.get('GM0363')!)!;
    expect(aa.members).toHaveLength(6);
    const pop = loadPopulation(2013);
    expect(aa.population).toBe(aa.members.reduce((s, x) => s + pop.get(x.code)!, 0));
  });
});
