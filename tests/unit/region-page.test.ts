import { describe, expect, it } from 'vitest';
import { buildLayerView } from '../../src/domain/layerView.ts';
import { compareReportedPopulations } from '../../src/domain/discrepancies.ts';
import { regionPage } from '../../src/domain/viewModels/regionPage.ts';
import {
  loadAdjacency, loadAllClusters, loadAllMemberships, loadLayer, loadLayers, loadMemberships, loadMunicipalChanges, loadMunicipalities, loadPopulation,
  loadPopulationRecords, loadRegionsReported, loadSeedContradictions,
} from './realData.ts';

const layers = loadLayers();
const all = loadAllMemberships();
const population = loadPopulation(2013);
const viewOf = (id: string) => buildLayerView(loadLayer(id), loadMemberships(id), loadMunicipalities(2013), loadAdjacency(2013), population, 2013);
const comparisons = compareReportedPopulations({
  layers, reported: loadRegionsReported(), memberships: all, clusters: loadAllClusters(), population: loadPopulationRecords(), changes: loadMunicipalChanges(), contradictions: loadSeedContradictions(),
});
const others = layers.filter((l) => l.geometryYear === 2013).map((layer) => ({ layer, memberships: all.get(layer.id) ?? [] }));
const youth = viewOf('jeugd_2013_10');
const pageOf = (regionId: string, view = youth) => regionPage(view, regionId, comparisons, others)!;

describe('the region page (real data, youth 31 October 2013)', () => {
  it('lists Food Valley\'s members with CBS code and population, and both printed and computed population with the likely reason', () => {
    const page = pageOf('j-food-valley');
    expect(page.region.members.map((m) => m.code)).toContain('GM0289');
    expect(page.region.members.every((m) => m.population !== null)).toBe(true);
    expect(page.comparison?.reportedPopulation).toBe(296390);
    expect(page.comparison?.computedPopulation).toBe(page.region.population);
    expect(page.comparison?.reasons[0].kind).toBe('seed-contradiction');
  });

  it('shows Wageningen as a doubt on Food Valley (placed) and on Arnhem (the other reading)', () => {
    expect(pageOf('j-food-valley').doubts).toEqual([expect.objectContaining({ name: 'Wageningen', region: 'Food Valley', alternative: 'Arnhem' })]);
    expect(pageOf('j-arnhem').doubts.map((d) => d.name)).toEqual(['Wageningen']);
    expect(pageOf('j-achterhoek').doubts).toEqual([]);
  });

  it('cites each document once: the layer\'s and those of its memberships\' evidence', () => {
    const page = pageOf('j-food-valley');
    expect(page.sources.map((s) => s.document).sort()).toEqual(['000_a8adfdf92dd4663a.txt', '002_b41d296776494aa7.txt']);
    expect(page.sources.find((s) => s.document === '000_a8adfdf92dd4663a.txt')!.section).toBe("Regio's per provincie");
  });

  it('says Helmond\'s youth region Zuidoost-Brabant contains the Wmo region of that name and more (De Peel), and De Peel lies within it', () => {
    const helmond = youth.regionOf.get('GM0794')!;
    const wmo = pageOf(helmond).fits.find((f) => f.layer.id === 'wmo_2013_05')!;
    expect(wmo.kind).toBe('contains');
    expect(wmo.otherParts).toBe(1);
    const peel = regionPage(viewOf('wmo_2013_05'), 'w-de-peel', comparisons, others)!.fits.find((f) => f.layer.id === 'jeugd_2013_10')!;
    expect(peel.kind).toBe('within');
  });

  it('finds a region with the same members in another division as "same"', () => {
    const groningen = pageOf('j-groningen').fits.find((f) => f.layer.id === 'provincie_2013')!;
    expect(groningen).toMatchObject({ kind: 'same', share: 1, otherParts: 0 });
  });

  it('shows the change from the 3rd round: West-Brabant was split, and Utrecht-West gained Weesp and Wijdemeren', () => {
    const west = pageOf('j-utrecht-west').changes.find((c) => c.layer.id === 'jeugd_2013_05')!;
    expect(west.kind).toBe('changed');
    expect(west.onlyHere.sort()).toEqual(['GM0457', 'GM1696']);
    expect(pageOf('j-utrecht-west').changes.map((c) => c.layer.id)).toEqual(['jeugd_2013_05']);
    const same = pageOf('j-achterhoek').changes.find((c) => c.layer.id === 'jeugd_2013_05')!;
    expect(same.kind).toBe('same');
    expect(pageOf('j-west-brabant-oost').changes.find((c) => c.layer.id === 'jeugd_2013_05')!.regionNames).toEqual(['West-Brabant']);
  });

  it('is null for a region the layer does not have', () => {
    expect(regionPage(youth, 'w-de-peel', comparisons, others)).toBeNull();
  });
});
