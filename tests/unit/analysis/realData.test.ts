/**
 * The analysis engine on the project's real data (data/ and generated/geo, through the Node loader).
 * Expectations come from the seed documents and the shared README, not from the engine's output.
 */
import { exteriorOf as exteriorOfTopology } from '../../../src/data/topology.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  agreementScore,
  incongruentMunicipalities,
  indexLayer,
  labelLayer,
  layerRegionAdjacency,
  overlapMatrix,
  rankDivisionsByAgreement,
  regionCongruence,
  roundChanges,
  sanityChecks,
  subregionChecks,
} from '../../../src/domain/analysis/index.ts';
import { parseMunicipalChanges } from '../../../src/data/parse.ts';
import { membershipFindings } from '../../../src/domain/validate.ts';
import type { GmCode, LocalText } from '../../../src/domain/types.ts';
import {
  loadAdjacency,
  loadLayer,
  loadLayers,
  loadMemberships,
  loadMunicipalities,
  loadPopulation,
  loadTopology,
  projectRoot,
} from '../realData.ts';

const municipalities2013 = loadMunicipalities(2013);
const names = new Map(municipalities2013.map((m) => [m.code, m.name]));
const codeOf = (name: string): GmCode => {
  const found = municipalities2013.find((m) => m.name === name);
  if (!found) throw new Error(`no municipality ${name} in 2013`);
  return found.code;
};
const population2013 = loadPopulation(2013);
const youthMay = loadMemberships('jeugd_2013_05');
const youthOct = loadMemberships('jeugd_2013_10');
const wmo = loadMemberships('wmo_2013_05');

/** Short domain labels for sentences, from data/domains.json. */
const domainWords = new Map<string, LocalText>(
  (JSON.parse(readFileSync(join(projectRoot, 'data', 'domains.json'), 'utf8')) as { domains: { id: string; inSentence: LocalText }[] }).domains.map(
    (d) => [d.id, d.inSentence],
  ),
);
const labelled = (id: string, memberships = loadMemberships(id)) => labelLayer(loadLayer(id), memberships, domainWords);

const exteriorOf = (year: number) => exteriorOfTopology(loadTopology(year));

const KNOWN_YOUTH_WMO_DIFFERENCES = ['Eemnes', 'Meppel', 'Westerveld', 'Zeewolde', 'Nijkerk', 'Lansingerland', 'Voorschoten'];

describe('incongruent municipalities between youth and Wmo, 2013', () => {
  it('finds exactly the seven municipalities the Wmo inventory names as working elsewhere for jeugd (May round)', () => {
    const result = incongruentMunicipalities([labelled('jeugd_2013_05', youthMay), labelled('wmo_2013_05', wmo)], {
      population: population2013,
      names,
    });
    expect(result.map((m) => m.name).sort()).toEqual([...KNOWN_YOUTH_WMO_DIFFERENCES].sort());
  });

  it('adds Weesp and Wijdemeren in the October round, after their move to Utrecht-West', () => {
    const result = incongruentMunicipalities([labelled('jeugd_2013_10', youthOct), labelled('wmo_2013_05', wmo)], {
      population: population2013,
      names,
    });
    expect(result.map((m) => m.name).sort()).toEqual([...KNOWN_YOUTH_WMO_DIFFERENCES, 'Weesp', 'Wijdemeren'].sort());
  });

  it('flags Eemnes: youth with Eemland, Wmo with Gooi- en Vechtstreek', () => {
    const result = incongruentMunicipalities([labelled('jeugd_2013_10', youthOct), labelled('wmo_2013_05', wmo)], { names });
    expect(result.find((m) => m.name === 'Eemnes')!.explanation).toEqual({
      nl: 'Eemnes: jeugd met Eemland, Wmo met Gooi- en Vechtstreek',
      en: 'Eemnes: youth with Eemland, Wmo with Gooi- en Vechtstreek',
    });
  });

  it('explains Meppel and Westerveld: youth with Drenthe, Wmo with IJsselland', () => {
    const result = incongruentMunicipalities([labelled('jeugd_2013_05', youthMay), labelled('wmo_2013_05', wmo)], { names });
    for (const name of ['Meppel', 'Westerveld']) {
      expect(result.find((m) => m.name === name)!.explanation.en).toBe(`${name}: youth with Drenthe, Wmo with IJsselland`);
    }
  });
});

describe('changes from the 3rd to the 4th youth round', () => {
  const changes = roundChanges(youthMay, youthOct, { population: population2013 });

  it('shows Weesp and Wijdemeren moving from Gooi- en Vechtstreek to Utrecht-West, and nobody else', () => {
    expect(changes.moved.map((m) => [names.get(m.code), m.from.regionName, m.to.regionName]).sort()).toEqual([
      ['Weesp', 'Gooi- en Vechtstreek', 'Utrecht-West'],
      ['Wijdemeren', 'Gooi- en Vechtstreek', 'Utrecht-West'],
    ]);
  });

  it('shows West-Brabant splitting into West-Brabant Oost and West-Brabant West', () => {
    const splits = changes.regions.filter((r) => r.kind === 'split');
    expect(splits).toHaveLength(1);
    const split = splits[0] as Extract<(typeof changes.regions)[number], { kind: 'split' }>;
    expect(split.from.regionName).toBe('West-Brabant');
    expect(split.to.map((r) => r.regionName).sort()).toEqual(['West-Brabant-Oost', 'West-Brabant-West']);
  });

  it('reports no merger and nobody missing: both rounds use the municipalities of 2013', () => {
    expect(changes.regions.filter((r) => r.kind === 'merged')).toEqual([]);
    expect(changes.missing).toEqual([]);
    expect(changes.added).toEqual([]);
  });
});

describe('changes between geometry years (GGD 2013 -> 2014)', () => {
  const municipalChanges = parseMunicipalChanges(readFileSync(join(projectRoot, 'data', 'municipal_changes.csv'), 'utf8'));
  const changes = roundChanges(loadMemberships('ggd_2013'), loadMemberships('ggd_2014'), {
    population: loadPopulation(2014),
    municipalChanges,
    beforeYear: 2013,
    afterYear: 2014,
  });

  it('follows Boskoop and Rijnwoude to Alphen aan den Rijn instead of reporting them missing', () => {
    for (const name of ['Boskoop', 'Rijnwoude']) {
      const followed = changes.followed.find((f) => f.name === name)!;
      expect(followed.successors.map((s) => s.name)).toEqual(['Alphen aan den Rijn']);
      expect(followed.successors[0].to).not.toBeNull();
    }
    expect(changes.missing).toEqual([]);
  });

  it('follows the dissolved Boarnsterhim to its four successors', () => {
    const boarnsterhim = changes.followed.find((f) => f.name === 'Boarnsterhim')!;
    expect(boarnsterhim.successors.map((s) => s.name).sort()).toEqual(['De Friese Meren', 'Heerenveen', 'Leeuwarden', 'Súdwest-Fryslân']);
  });

  it('does not call De Friese Meren new: it has predecessors', () => {
    expect(changes.added).toEqual([]);
  });

  it('shows GGD regions merging (28 regions in 2013, 25 in 2014)', () => {
    expect(changes.regions.some((r) => r.kind === 'merged')).toBe(true);
  });
});

describe('overlap and congruence on real data', () => {
  it('places every 2013 municipality in exactly one cell of youth x Wmo, adding up to the 2013 population', () => {
    const matrix = overlapMatrix(youthOct, wmo, population2013);
    const codes = matrix.cells.flatMap((c) => c.municipalities);
    expect(codes).toHaveLength(408);
    expect(new Set(codes).size).toBe(408);
    const total = [...population2013.values()].reduce((s, n) => s + n, 0);
    expect(matrix.cells.reduce((s, c) => s + c.population, 0)).toBe(total);
  });

  it('finds youth Eemland mostly in Eem en Vallei, with Eemnes alone in Gooi- en Vechtstreek', () => {
    const eemland = regionCongruence(youthOct, wmo, population2013).find((r) => r.region.regionName === 'Eemland')!;
    expect(eemland.bestMatch!.regionName).toBe('Eem en Vallei');
    const gv = eemland.parts.find((p) => p.regionName === 'Gooi- en Vechtstreek')!;
    expect(gv.municipalities).toEqual([codeOf('Eemnes')]);
    expect(eemland.congruence).toBeCloseTo(1 - gv.population / eemland.region.population, 12);
  });
});

describe('agreement on real data', () => {
  const layers2013 = loadLayers().filter((l) => l.geometryYear === 2013 && l.membershipStatus === 'complete');

  it('ranks CBS youth regions (2015 division, on 2013 municipalities) first against the 4th youth round, then Wmo', () => {
    // The README: the derived 2013 youth memberships agree with CBS's youth regions for 406 of 408 municipalities.
    const others = layers2013.filter((l) => l.id !== 'jeugd_2013_10' && l.id !== 'jeugd_2013_05').map((l) => ({ id: l.id, memberships: loadMemberships(l.id) }));
    const ranked = rankDivisionsByAgreement(youthOct, others, population2013);
    expect(ranked.slice(0, 2).map((r) => r.id)).toEqual(['jeugdregio_2013_fill', 'wmo_2013_05']);
    expect(ranked.at(-1)!.adjustedRand).toBeLessThan(ranked[0].adjustedRand);
  });

  it('scores a layer against itself 1, and the two youth rounds of 2013 between Wmo and identity', () => {
    const self = agreementScore(youthOct, youthOct, population2013);
    expect(self.adjustedRand).toBe(1);
    expect(self.normalizedVariationOfInformation).toBe(0);
    const rounds = agreementScore(youthMay, youthOct, population2013);
    expect(rounds.adjustedRand).toBeGreaterThan(0.9);
    expect(rounds.adjustedRand).toBeLessThan(1);
  });
});

describe('subregions of the Wmo inventory', () => {
  const checks = subregionChecks(wmo);

  it('finds Delft and Pijnacker-Nootdorp in two overlapping Haaglanden clusters (NB: dubbelingen)', () => {
    expect(checks.overlapping.map((o) => names.get(o.code)).sort()).toEqual(['Delft', 'Pijnacker-Nootdorp']);
  });

  it('finds Goeree-Overflakkee in no Rijnmond subregion', () => {
    const rijnmond = checks.outsideSubregions.find((o) => o.region.regionName === 'Rijnmond')!;
    expect(rijnmond.municipalities.map((c) => names.get(c))).toEqual(['Goeree-Overflakkee']);
  });

  it('finds every subregion nested in one region', () => {
    expect(checks.notNested).toEqual([]);
  });
});

describe('sanity checks on every complete 2013 layer', () => {
  const adjacency = loadAdjacency(2013);
  const exterior = exteriorOf(2013);
  const codes = municipalities2013.map((m) => m.code);
  const layers = loadLayers().filter((l) => l.geometryYear === 2013 && l.membershipStatus === 'complete');

  it.each(layers.map((l) => l.id))('%s: no white spots, no unknown codes, one primary region per municipality', (id) => {
    const found = membershipFindings(loadMemberships(id), new Set(codes));
    expect(found.whiteSpots).toEqual([]);
    expect(found.unknownCodes).toEqual([]);
    expect(found.primaryDuplicates).toEqual([]);
    expect(found.withoutPrimary).toEqual([]);
  });

  it.each(layers.map((l) => l.id))('%s: the parts of a non-contiguous region cover it and do not touch each other', (id) => {
    const index = indexLayer(loadMemberships(id));
    const report = sanityChecks(index, { municipalities: codes, adjacency, exterior });
    for (const { region, parts } of report.nonContiguous) {
      expect(parts.flat().sort()).toEqual([...index.membersOf.get(region.regionId)!].sort());
      const partOf = new Map(parts.flatMap((part, i) => part.map((c) => [c, i] as const)));
      for (const code of parts.flat()) {
        for (const n of adjacency.get(code) ?? []) if (partOf.has(n)) expect(partOf.get(n)).toBe(partOf.get(code));
      }
    }
  });

  it('separates Zeeuws-Vlaanderen from the rest of Zeeland (the Westerschelde lies between)', () => {
    const report = sanityChecks(youthOct, { municipalities: codes, adjacency, exterior });
    const zeeland = report.nonContiguous.find((r) => r.region.regionName === 'Zeeland')!;
    const zeeuwsVlaanderen = ['Hulst', 'Sluis', 'Terneuzen'].map(codeOf).sort();
    expect(zeeland.parts.map((p) => [...p].sort())).toContainEqual(zeeuwsVlaanderen);
  });

  it('lists the Wadden islands without a land neighbour among the isolated municipalities', () => {
    const report = sanityChecks(youthOct, { municipalities: codes, adjacency, exterior });
    const isolated = report.isolated.map((c) => names.get(c));
    for (const island of ['Vlieland', 'Terschelling', 'Ameland', 'Schiermonnikoog']) expect(isolated).toContain(island);
  });

  it('does not call Zuid-Limburg an enclave once the national border is known, nor Utrecht Stad (it borders several regions)', () => {
    const report = sanityChecks(youthOct, { municipalities: codes, adjacency, exterior });
    const enclaves = report.enclaves.map((e) => e.region.regionName);
    expect(enclaves).not.toContain('Zuid-Limburg');
    expect(enclaves).not.toContain('Utrecht Stad');
  });
});

describe('region adjacency on real data', () => {
  it('lets Utrecht Stad border Utrecht-West, Lekstroom and Zuid-Oost Utrecht', () => {
    const graph = layerRegionAdjacency(youthOct, loadAdjacency(2013));
    expect([...graph.get('j-utrecht-stad')!].sort()).toEqual(expect.arrayContaining(['j-lekstroom', 'j-utrecht-west', 'j-zuid-oost-utrecht']));
    for (const [region, neighbours] of graph) for (const n of neighbours) expect(graph.get(n)!.has(region)).toBe(true);
  });
});
