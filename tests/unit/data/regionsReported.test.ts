import { describe, expect, it } from 'vitest';
import { loadAllClusters, loadAllMemberships, loadLayers, loadRegionsReported, readSharedFile } from '../realData.ts';
import { membersOf } from '../../../src/domain/discrepancies.ts';
import { parseCsv } from '../../../src/data/csv.ts';

const reported = loadRegionsReported();
const memberships = loadAllMemberships();
const clusters = loadAllClusters();
const rounds = JSON.parse(readSharedFile('data/seeds/rounds.json')).rounds as Array<{ id: string; number_of_regions: number | null; document: string | null }>;
/** Rows of the rounds in ../shared/data/seeds (rows of layers added in data/manual have no seed text here). */
const fromSeeds = reported.filter((r) => rounds.some((x) => x.id === r.layerId));

describe('data/regions_reported.csv: the regions and populations the seeds print', () => {
  it('has as many top-level regions per round as the seed states (41, 42, 43), and as many as the membership file', () => {
    for (const id of ['jeugd_2013_05', 'jeugd_2013_10', 'wmo_2013_05']) {
      const stated = rounds.find((r) => r.id === id)!.number_of_regions;
      const regions = reported.filter((r) => r.layerId === id && r.level === 'region');
      expect(regions.length, id).toBe(stated);
      expect(new Set(memberships.get(id)!.map((m) => m.regionId)).size, id).toBe(stated);
    }
  });

  it('keeps every population exactly as printed: the text occurs in its seed and the number is the text without dots', () => {
    expect(fromSeeds.length).toBe(parseCsv(readSharedFile('data/seeds/regions_reported.csv')).rows.length);
    for (const r of fromSeeds) {
      const seed = readSharedFile(`seeds/${r.source.document}`);
      expect(seed.includes(r.populationText), `${r.layerId} ${r.regionId} "${r.populationText}"`).toBe(true);
      expect(r.reportedPopulation, r.regionId).toBe(Number(r.populationText.replace(/\./g, '')));
    }
  });

  it('names the seed of its round as the source of every row', () => {
    for (const r of fromSeeds) {
      expect(r.source.document).toBe(rounds.find((x) => x.id === r.layerId)!.document);
      expect(r.source.section).toBeTruthy();
      expect(r.confidence).toBe('text');
    }
  });

  it('joins every region id to a region, subregion or cluster of the membership file, except a region the text gives no members', () => {
    const unjoined = reported.filter((r) => membersOf(r.regionId, memberships.get(r.layerId)!, clusters.get(r.layerId)).length === 0);
    expect(unjoined.map((r) => r.regionId)).toEqual(['w-midden-ijssel-oost-veluwe--apeldoorn']);
    expect(unjoined[0].note).toMatch(/no member list/);
  });

  it('gives every subregion and cluster a parent row one level up in the same round', () => {
    const byId = new Map(reported.map((r) => [`${r.layerId} ${r.regionId}`, r]));
    const up = { subregion: 'region', cluster: 'subregion' } as const;
    for (const r of reported.filter((x) => x.level !== 'region')) {
      expect(byId.get(`${r.layerId} ${r.parentRegionId}`)?.level, r.regionId).toBe(up[r.level as 'subregion' | 'cluster']);
    }
  });

  it('puts the Dongemond cluster inside West-Brabant Oost, and its members are a subset of that subregion', () => {
    const wmo = memberships.get('wmo_2013_05')!;
    const dongemond = membersOf('w-west-brabant--dongemond', wmo, clusters.get('wmo_2013_05')).map((m) => m.code);
    const oost = new Set(membersOf('w-west-brabant--west-brabant-oost', wmo).map((m) => m.code));
    expect(dongemond.length).toBeGreaterThan(0);
    expect(dongemond.every((c) => oost.has(c))).toBe(true);
    expect(dongemond.length).toBeLessThan(oost.size);
  });

  it('covers only rounds that exist in data/layers.json', () => {
    const ids = new Set(loadLayers().map((l) => l.id));
    expect(reported.every((r) => ids.has(r.layerId))).toBe(true);
  });
});
