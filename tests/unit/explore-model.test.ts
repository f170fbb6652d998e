import { describe, expect, it } from 'vitest';
import { buildLayerView, type LayerView } from '../../src/domain/layerView.ts';
import { compareRounds } from '../../src/ui/explore/compareModel.ts';
import { comparable } from '../../src/domain/roundComparison.ts';
import { municipalityProfile } from '../../src/ui/explore/profile.ts';
import { regionSizeRows } from '../../src/domain/viewModels/regionCharts.ts';
import { overlayLayerFor } from '../../src/ui/explore/overlayChoice.ts';
import { hatchImage } from '../../src/map/hatch.ts';
import { hasSubregions, subregionBorders } from '../../src/map/borders.ts';
import { loadAdjacency, loadLayer, loadLayers, loadMemberships, loadMunicipalChanges, loadMunicipalities, loadPopulation, loadTopology } from './realData.ts';
import type { GmCode } from '../../src/domain/types.ts';

function view(id: string): LayerView {
  const layer = loadLayer(id);
  return buildLayerView(layer, loadMemberships(id), loadMunicipalities(layer.geometryYear), loadAdjacency(layer.geometryYear), loadPopulation(2013), 2013);
}

describe('compare mode', () => {
  const youthMay = view('jeugd_2013_05');
  const youthOct = view('jeugd_2013_10');

  it('shows Weesp and Wijdemeren moving from Gooi- en Vechtstreek to Utrecht-West, in either order', () => {
    for (const model of [compareRounds(youthMay, youthOct), compareRounds(youthOct, youthMay)]) {
      expect(model.before.id).toBe('jeugd_2013_05');
      expect(model.changes.moved.map((m) => [m.code, m.from.regionName, m.to.regionName])).toEqual([
        ['GM0457', 'Gooi- en Vechtstreek', 'Utrecht-West'],
        ['GM1696', 'Gooi- en Vechtstreek', 'Utrecht-West'],
      ]);
    }
  });
  it('shows West-Brabant splitting and marks its municipalities, but not Amsterdam', () => {
    const model = compareRounds(youthMay, youthOct);
    const split = model.changes.regions.find((r) => r.kind === 'split');
    expect(split).toMatchObject({ from: { regionName: 'West-Brabant' }, to: [{ regionName: 'West-Brabant-Oost' }, { regionName: 'West-Brabant-West' }] });
    expect(model.changed.has('GM0457')).toBe(true);
    expect(model.changed.has('GM0748')).toBe(true); // Bergen op Zoom, West-Brabant-West
    expect(model.changed.has('GM0363')).toBe(false);
  });
  it('compares only known rounds of one domain, on the shown geometry year or an earlier one', () => {
    expect(comparable(loadLayer('jeugd_2013_10'), loadLayer('jeugd_2013_05'))).toBe(true);
    expect(comparable(loadLayer('jeugd_2013_10'), loadLayer('jeugd_2012_11'))).toBe(false);
    expect(comparable(loadLayer('jeugd_2013_10'), loadLayer('wmo_2013_05'))).toBe(false);
    expect(comparable(loadLayer('jeugd_2013_10'), loadLayer('jeugd_2013_10'))).toBe(false);
    expect(comparable(loadLayer('jeugdregio_2015'), loadLayer('jeugd_2013_10'))).toBe(true);
    expect(comparable(loadLayer('jeugd_2013_10'), loadLayer('jeugdregio_2015'))).toBe(false);
  });
  it('follows municipalities merged between 2013 and 2015 when comparing October 2013 with the CBS youth regions of 2015', () => {
    const cbs2015 = buildLayerView(loadLayer('jeugdregio_2015'), loadMemberships('jeugdregio_2015'), loadMunicipalities(2015), loadAdjacency(2015), loadPopulation(2015), 2015);
    const model = compareRounds(cbs2015, youthOct, loadMunicipalChanges());
    expect([model.before.id, model.after.id]).toEqual(['jeugd_2013_10', 'jeugdregio_2015']);
    const names2013 = new Map(loadMunicipalities(2013).map((m) => [m.code, m.name]));
    const followed = model.changes.followed.map((f) => names2013.get(f.code));
    expect(followed).toEqual(expect.arrayContaining(['Boskoop', 'Rijnwoude', 'Boarnsterhim']));
    expect(model.changes.missing).toEqual([]);
    // The seeds' youth regions agree with CBS 2015 except for Wageningen and Voorschoten.
    const names2015 = new Map(loadMunicipalities(2015).map((m) => [m.code, m.name]));
    expect(model.changes.moved.map((m) => names2015.get(m.code)).sort()).toEqual(['Voorschoten', 'Wageningen']);
  });
});

describe('municipality profile', () => {
  const ofYear = loadLayers()
    .filter((l) => l.geometryYear === 2013)
    .map((layer) => ({ layer, memberships: loadMemberships(layer.id) }));
  const names = new Map(loadMunicipalities(2013).map((m) => [m.code, m.name]));
  const eemnes = municipalityProfile('GM0317' as GmCode, ofYear, names);
  const entry = (id: string) => eemnes.find((e) => e.layer.id === id)!;

  it('lists every layer of 2013 for Eemnes: youth with Eemland, Wmo with Gooi en Vechtstreek and also Eem en Vallei', () => {
    expect(eemnes).toHaveLength(ofYear.length);
    expect(entry('jeugd_2013_10').regions.map((r) => r.regionName)).toEqual(['Eemland']);
    expect(entry('jeugd_2013_10').regions[0].partners.map((p) => p.name)).toContain('Amersfoort');
    expect(entry('wmo_2013_05').regions.map((r) => [r.regionName, r.primary])).toEqual([
      ['Gooi- en Vechtstreek', true],
      ['Eem en Vallei', false],
    ]);
    expect(entry('wmo_2013_05').regions[0].partners.map((p) => p.name)).toContain('Huizen');
    expect(entry('wmo_2013_05').regions[0].partners.map((p) => p.code)).not.toContain('GM0317');
  });
  it('keeps layers with unknown members as unknown rather than empty', () => {
    const unknown = eemnes.filter((e) => !e.known);
    expect(unknown.every((e) => e.layer.membershipStatus === 'unknown')).toBe(true);
  });
});

describe('map helpers', () => {
  it('outlines the 2013 layer of a domain over a 2013 map, the official one before a filled-in copy', () => {
    expect(overlayLayerFor('ggd', 2013)?.id).toBe('ggd_2013');
    expect(overlayLayerFor('jeugd', 2013)?.id).toBe('jeugd_2013_10');
    expect(overlayLayerFor('ggd', 2015)?.geometryYear).toBeLessThan(2015);
  });
  it('draws a hatch of diagonal stripes: some pixels opaque, most transparent, tiling seamlessly', () => {
    const img = hatchImage(10, 3);
    const alpha = (x: number, y: number) => img.data[(y * 10 + x) * 4 + 3];
    expect(alpha(0, 0)).toBeGreaterThan(0);
    expect(alpha(5, 0)).toBe(0);
    expect(alpha(9, 1)).toBe(alpha(0, 0));
  });
  it('draws subregion borders for Wmo 2013 and none for youth', () => {
    const wmo = view('wmo_2013_05');
    expect(hasSubregions(wmo)).toBe(true);
    expect(subregionBorders(loadTopology(2013), wmo).coordinates.length).toBeGreaterThan(5);
    expect(hasSubregions(view('jeugd_2013_10'))).toBe(false);
  });
  it('ranks regions by population for the region-size chart (charts tab and presenter)', () => {
    const top = regionSizeRows(view('provincie_2013')).slice(0, 3);
    expect(top.map((r) => r.name)).toEqual(['Zuid-Holland', 'Noord-Holland', 'Noord-Brabant']);
  });
});
