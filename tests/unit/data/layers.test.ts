import { describe, expect, it } from 'vitest';
import { loadAllMemberships, loadDocuments, loadLayers, loadMunicipalities, readSharedFile } from '../realData.ts';
import { documentIdsOf } from '../../../src/domain/citations.ts';
import { parseCsv } from '../../../src/data/csv.ts';

const layers = loadLayers();
const documents = loadDocuments();
const memberships = loadAllMemberships();
const cbsRegions = parseCsv(readSharedFile('data/cbs/regions.csv')).rows;
const regionCount = (id: string) => new Set(memberships.get(id)!.map((m) => m.regionId)).size;

describe('data/layers.json and data/memberships: complete, validated and traced', () => {
  it('has every division-year of CBS with the number of regions CBS lists for it', () => {
    const expected = new Map<string, number>();
    for (const r of cbsRegions) expected.set(`${r.division}_${r.year}`, (expected.get(`${r.division}_${r.year}`) ?? 0) + 1);
    const official = layers.filter((l) => l.kind === 'division' && !l.id.endsWith('_fill'));
    expect(official.map((l) => l.id).sort()).toEqual([...expected.keys()].sort());
    for (const [id, n] of expected) {
      expect(layers.some((l) => l.id === id), id).toBe(true);
      expect(regionCount(id), id).toBe(n);
      expect(layers.find((l) => l.id === id)!.expectedRegions, id).toBe(n);
    }
  });

  it('uses only regions of the source year in a gap-fill layer', () => {
    for (const layer of layers.filter((l) => l.id.endsWith('_fill'))) {
      const [division] = layer.id.split(/_\d{4}_fill$/);
      const sourceYears = new Set(cbsRegions.filter((r) => r.division === division).map((r) => r.year));
      const allowed = new Set(cbsRegions.filter((r) => r.division === division && sourceYears.has(r.year)).map((r) => r.region_code));
      expect(memberships.get(layer.id)!.every((m) => allowed.has(m.regionId)), layer.id).toBe(true);
    }
  });

  it('places every municipality of the geometry year in every complete layer (no white spots) and uses only codes of that year', () => {
    for (const layer of layers.filter((l) => l.membershipStatus === 'complete')) {
      const year = new Set(loadMunicipalities(layer.geometryYear).map((m) => m.code));
      const placed = new Set(memberships.get(layer.id)!.map((m) => m.code));
      expect([...year].filter((c) => !placed.has(c)), `${layer.id} white spots`).toEqual([]);
      expect([...placed].filter((c) => !year.has(c)), `${layer.id} unknown codes`).toEqual([]);
    }
  });

  it('has each municipality exactly once, except the additional memberships the Wmo seed declares', () => {
    for (const layer of layers.filter((l) => l.membershipStatus === 'complete')) {
      const rows = memberships.get(layer.id)!;
      const primaries = rows.filter((m) => m.primary).map((m) => m.code);
      expect(new Set(primaries).size, layer.id).toBe(primaries.length);
      const extra = rows.filter((m) => !m.primary).map((m) => m.code).sort();
      if (!layer.allowsOverlap) expect(extra, layer.id).toEqual([]);
    }
    const seedExtra = parseCsv(readSharedFile('data/seeds/wmo_2013_membership.csv')).rows.filter((r) => r.primary === 'no').map((r) => r.gm_code).sort();
    expect(seedExtra.length).toBe(4);
    expect(memberships.get('wmo_2013_05')!.filter((m) => !m.primary).map((m) => m.code).sort()).toEqual(seedExtra);
  });

  it('traces every membership row to a cited document and a confidence: official only where CBS\'s provenance says so', () => {
    for (const layer of layers) {
      for (const m of memberships.get(layer.id)!) {
        for (const id of documentIdsOf(m.source)) expect(documents.has(id), `${layer.id} ${m.code} cites ${id}`).toBe(true);
        if (layer.kind === 'division') {
          expect(m.confidence, layer.id).toBe(layer.provenance?.status === 'official' ? 'official' : 'derived');
          expect(m.source.section, `${layer.id} ${m.code}`).toBeTruthy();
        } else expect(m.evidence?.nl && m.evidence.en, `${layer.id} ${m.code} evidence`).toBeTruthy();
      }
    }
  });

  it('cites a derived youth row by the document holding its evidence: mostly the Wmo inventory, also in October', () => {
    const october = memberships.get('jeugd_2013_10')!;
    const fromWmo = october.filter((m) => documentIdsOf(m.source)[0] === '002_b41d296776494aa7.txt');
    expect(fromWmo.length).toBeGreaterThan(300);
    const utrecht = october.find((m) => m.regionName === 'Utrecht Stad')!;
    expect(documentIdsOf(utrecht.source)).toEqual(['000_a8adfdf92dd4663a.txt']);
  });

  it('keeps Wageningen (youth, October 2013) in Food Valley with Arnhem as the alternative reading', () => {
    const wageningen = memberships.get('jeugd_2013_10')!.find((m) => m.code === 'GM0289')!;
    expect(wageningen.regionName).toBe('Food Valley');
    expect(wageningen.alternativeRegion).toBe('Arnhem');
    expect(documentIdsOf(wageningen.source)).toEqual(['002_b41d296776494aa7.txt', '000_a8adfdf92dd4663a.txt']);
    expect(memberships.get('jeugd_2013_05')!.find((m) => m.code === 'GM0289')!.alternativeRegion).toBeUndefined();
  });

  it('marks zorgkantoor 2012 and 2013 as the 2011 layer carried over, not official, and says so in both languages', () => {
    for (const id of ['zorgkantoor_2012', 'zorgkantoor_2013']) {
      const layer = layers.find((l) => l.id === id)!;
      expect(layer.provenance?.status, id).toBe('carried_over');
      expect(layer.provenance?.note.nl, id).toMatch(/geen officiële laag/);
      expect(layer.provenance?.note.en, id).toMatch(/not an official layer/);
      expect(memberships.get(id)!.every((m) => m.confidence === 'derived'), id).toBe(true);
    }
    expect(layers.find((l) => l.id === 'zorgkantoor_2014')!.provenance?.status).toBe('official');
  });

  it('gives every membership note and evidence in Dutch and in English', () => {
    for (const id of ['jeugd_2013_05', 'jeugd_2013_10', 'wmo_2013_05']) {
      for (const m of memberships.get(id)!) {
        if (m.note) expect(Boolean(m.note.nl) && Boolean(m.note.en), `${id} ${m.code}`).toBe(true);
      }
    }
    const eemnes = memberships.get('jeugd_2013_10')!.find((m) => m.code === 'GM0317')!;
    expect(eemnes.note).toEqual({ nl: 'Wmo (AWBZ) met Gooi- en Vechtstreek', en: 'Wmo (AWBZ) with Gooi- en Vechtstreek' });
  });

  it('keeps the CJG report and youth rounds 1 and 2 unknown: the seeds hold no member lists for them', () => {
    for (const id of ['cjg_2011', 'jeugd_2012_05', 'jeugd_2012_11']) {
      const layer = layers.find((l) => l.id === id)!;
      expect(layer.membershipStatus, id).toBe('unknown');
      expect(layer.membershipFile, id).toBeNull();
      expect(memberships.get(id), id).toEqual([]);
    }
  });

  it('shows the 4th-round move of Weesp and Wijdemeren from Gooi- en Vechtstreek (round 3) to Utrecht-West (round 4)', () => {
    const regionIn = (layerId: string, name: string) => {
      const code = loadMunicipalities(2013).find((m) => m.name === name)!.code;
      return memberships.get(layerId)!.find((m) => m.code === code)!.regionId;
    };
    for (const name of ['Weesp', 'Wijdemeren']) {
      expect(regionIn('jeugd_2013_05', name), name).toBe('j-gooi-en-vechtstreek');
      expect(regionIn('jeugd_2013_10', name), name).toBe('j-utrecht-west');
    }
  });

  it('shows West-Brabant of round 3 split into West-Brabant-Oost and West-Brabant-West in round 4', () => {
    const members = (layerId: string, regionId: string) => memberships.get(layerId)!.filter((m) => m.regionId === regionId).map((m) => m.code).sort();
    const before = members('jeugd_2013_05', 'j-west-brabant');
    const oost = members('jeugd_2013_10', 'j-west-brabant-oost');
    const west = members('jeugd_2013_10', 'j-west-brabant-west');
    expect(oost.length).toBeGreaterThan(0);
    expect(west.length).toBeGreaterThan(0);
    expect([...oost, ...west].sort()).toEqual(before);
    expect(members('jeugd_2013_10', 'j-west-brabant')).toEqual([]);
  });

  it('changes no other youth membership between round 3 and 4 than those two moves', () => {
    const r3 = new Map(memberships.get('jeugd_2013_05')!.map((m) => [m.code, m.regionId]));
    const moved = memberships.get('jeugd_2013_10')!.filter((m) => r3.get(m.code) !== m.regionId);
    const names = new Map(loadMunicipalities(2013).map((m) => [m.code, m.name]));
    const outsideWestBrabant = moved.filter((m) => r3.get(m.code) !== 'j-west-brabant').map((m) => names.get(m.code)).sort();
    expect(outsideWestBrabant).toEqual(['Weesp', 'Wijdemeren']);
  });
});
