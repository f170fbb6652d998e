/**
 * The classification on the real data: youth of 31 October 2013 against Wmo of May 2013, by primary
 * membership. The expected groups come from the seeds (002's Toelichting per province) and issue 10,
 * not from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { classifyMunicipalities, countCategories } from '../../../src/domain/analysis/index.ts';

import { loadMemberships, loadMunicipalities, loadPopulation } from '../realData.ts';

const municipalities = loadMunicipalities(2013);
const nameOf = new Map(municipalities.map((m) => [m.code, m.name]));
const divisions = [
  { id: 'jeugd_2013_10', memberships: loadMemberships('jeugd_2013_10') },
  { id: 'wmo_2013_05', memberships: loadMemberships('wmo_2013_05') },
];
const all = municipalities.map((m) => m.code);
const list = classifyMunicipalities(divisions, { population: loadPopulation(2013), municipalities: all });
const byName = new Map(list.map((m) => [nameOf.get(m.code)!, m]));
const namesOf = (category: string, from = list) =>
  from
    .filter((m) => m.category === category)
    .map((m) => nameOf.get(m.code)!)
    .sort((a, b) => a.localeCompare(b, 'nl'));

const THE_NINE = ['Eemnes', 'Lansingerland', 'Meppel', 'Nijkerk', 'Voorschoten', 'Weesp', 'Westerveld', 'Wijdemeren', 'Zeewolde'];
const STAYED = ['Amersfoort', 'Baarn', 'Bunschoten', 'Leusden', 'Soest', 'Woudenberg'];

describe('youth (Oct 2013) against Wmo (May 2013), 408 municipalities of 2013', () => {
  it('puts every municipality in exactly one group: 240 same, 153 nested, 15 crossing, none unplaced', () => {
    const counts = countCategories(list);
    expect(list).toHaveLength(408);
    expect([counts.same, counts.nested, counts.crossing, counts.unplaced]).toEqual([240, 153, 15, 0]);
    expect(counts.same + counts.nested + counts.moved + counts.regionChanged + counts.unplaced).toBe(408);
  });

  it('finds the nine municipalities that themselves have other partners', () => {
    expect(namesOf('moved')).toEqual(THE_NINE);
  });

  it('finds the six Eemland municipalities that stayed while their region changed across its border', () => {
    expect(namesOf('regionChanged')).toEqual(STAYED);
    const amersfoort = byName.get('Amersfoort')!.pairs[0];
    expect(amersfoort.onlyInA.map((c) => nameOf.get(c))).toContain('Eemnes');
    expect(amersfoort.onlyInB.map((c) => nameOf.get(c))).toContain('Nijkerk');
  });

  it('finds Eemnes crossing, with Eemland for youth and Gooi- en Vechtstreek and also Eem en Vallei for Wmo', () => {
    const eemnes = byName.get('Eemnes')!;
    expect(eemnes.category).toBe('moved');
    expect(eemnes.placements.map((p) => p.regionName)).toEqual(['Eemland', 'Gooi- en Vechtstreek']);
    expect(eemnes.placements[1].alsoIn.map((a) => a.regionName)).toEqual(['Eem en Vallei']);
  });

  it('calls Helmond nested: youth with all of Zuidoost-Brabant (20 partners), Wmo only with De Peel (5)', () => {
    const helmond = byName.get('Helmond')!;
    expect(helmond.category).toBe('nested');
    expect(helmond.pairs[0].relation).toBe('bInsideA');
    expect(helmond.placements.map((p) => p.partners)).toEqual([20, 5]);
    expect(helmond.placements[1].regionName).toBe('De Peel');
  });

  it('calls Dordrecht and the West-Brabant municipalities nested, not left out', () => {
    expect(byName.get('Dordrecht')!.category).toBe('nested');
    expect(byName.get('Roosendaal')!.category).toBe('nested');
  });

  it('finds the four municipalities the Wmo round puts in two regions at once: Delft, Eemnes, Pijnacker-Nootdorp, Voorst', () => {
    expect(list.filter((m) => m.multiple).map((m) => nameOf.get(m.code)).sort()).toEqual(['Delft', 'Eemnes', 'Pijnacker-Nootdorp', 'Voorst']);
  });

  it('gives the same groups whether population or the number of municipalities decides which regions correspond', () => {
    const byCount = classifyMunicipalities(divisions, { municipalities: all });
    expect(namesOf('moved', byCount)).toEqual(THE_NINE);
    expect(namesOf('regionChanged', byCount)).toEqual(STAYED);
  });

  it('is symmetric: Wmo against youth gives the same groups', () => {
    const reversed = classifyMunicipalities([...divisions].reverse(), { population: loadPopulation(2013), municipalities: all });
    expect(countCategories(reversed)).toEqual(countCategories(list));
  });
});
