import { describe, expect, it } from 'vitest';
import {
  coMemberDifference,
  incongruentMunicipalities,
  labelLayer,
  municipalityIncongruence,
} from '../../../src/domain/analysis/index.ts';
import type { GmCode } from '../../../src/domain/types.ts';
import {
  AMERSFOORT,
  EDE,
  EEMNES,
  HILVERSUM,
  HUIZEN,
  NIJKERK,
  SOEST,
  UTRECHT,
  WEESP,
  ggd,
  layer,
  names,
  population,
  wmo,
  youth,
} from './fixtures.ts';

const YOUTH = { nl: 'jeugd', en: 'youth' };
const WMO = { nl: 'Wmo', en: 'Wmo' };
const GGD = { nl: 'GGD', en: 'GGD' };

describe('municipalityIncongruence', () => {
  const byCode = new Map(municipalityIncongruence(youth, wmo, population).map((m) => [m.code, m]));

  it('gives Eemnes a Jaccard distance of 1: none of its 2 youth partners is among its 3 Wmo partners', () => {
    const eemnes = byCode.get(EEMNES)!;
    expect([eemnes.coMembersA, eemnes.coMembersB, eemnes.sharedCoMembers]).toEqual([2, 3, 0]);
    expect(eemnes.jaccardDistance).toBe(1);
    expect(eemnes.moved).toBe(true);
    expect([eemnes.regionNameA, eemnes.regionNameB]).toEqual(['Eemland', 'Gooi- en Vechtstreek']);
  });

  it('gives Amersfoort 2/3 (shares Soest; Eemnes and Nijkerk differ) but does not call it moved', () => {
    const amersfoort = byCode.get(AMERSFOORT)!;
    expect(amersfoort.jaccardDistance).toBeCloseTo(1 - 1 / 3, 12);
    expect(amersfoort.moved).toBe(false);
  });

  it('gives Hilversum 1/3 (Eemnes joined its two partners) and does not call it moved', () => {
    expect(byCode.get(HILVERSUM)!.jaccardDistance).toBeCloseTo(1 / 3, 12);
    expect(byCode.get(HILVERSUM)!.moved).toBe(false);
  });

  it('treats Utrecht alone in both divisions as congruent although the region id and name differ', () => {
    expect(byCode.get(UTRECHT)!.jaccardDistance).toBe(0);
    expect(byCode.get(UTRECHT)!.moved).toBe(false);
  });

  it('calls Nijkerk moved (Food Valley -> Eem en Vallei) but not Ede, which stayed while its partner left', () => {
    expect(byCode.get(NIJKERK)!.moved).toBe(true);
    expect(byCode.get(EDE)!.jaccardDistance).toBe(1);
    expect(byCode.get(EDE)!.moved).toBe(false);
  });

  it('does not call a municipality moved when its one-municipality region merged into a bigger one', () => {
    const merged = layer('merged', [
      [NIJKERK, 'fv', 'Food Valley'],
      [EDE, 'fv', 'Food Valley'],
      [AMERSFOORT, 'fv', 'Food Valley'],
    ]);
    const alone = layer('alone', [
      [NIJKERK, 'fv', 'Food Valley'],
      [EDE, 'fv', 'Food Valley'],
      [AMERSFOORT, 'a', 'Amersfoort'],
    ]);
    const result = municipalityIncongruence(alone, merged, population);
    expect(result.filter((m) => m.moved)).toEqual([]);
    expect(result.find((m) => m.code === AMERSFOORT)!.jaccardDistance).toBe(1);
  });
});

describe('coMemberDifference', () => {
  it('lists the partners Eemnes has only in youth and only in Wmo', () => {
    expect(coMemberDifference(youth, wmo, EEMNES)).toEqual({
      shared: [],
      onlyInA: [AMERSFOORT, SOEST],
      onlyInB: [HILVERSUM, HUIZEN, WEESP],
    });
  });

  it('lists Soest as shared and Eemnes and Nijkerk as differences for Amersfoort', () => {
    expect(coMemberDifference(youth, wmo, AMERSFOORT)).toEqual({ shared: [SOEST], onlyInA: [EEMNES], onlyInB: [NIJKERK] });
  });
});

describe('incongruentMunicipalities', () => {
  const twoLayers = incongruentMunicipalities(
    [
      { id: 'youth', label: YOUTH, memberships: youth },
      { id: 'wmo', label: WMO, memberships: wmo },
    ],
    { population, names },
  );

  it('flags Eemnes: youth with Eemland, Wmo with Gooi- en Vechtstreek', () => {
    const eemnes = twoLayers.find((m) => m.code === EEMNES)!;
    expect(eemnes.explanation).toEqual({
      nl: 'Eemnes: jeugd met Eemland, Wmo met Gooi- en Vechtstreek',
      en: 'Eemnes: youth with Eemland, Wmo with Gooi- en Vechtstreek',
    });
    expect(eemnes.movedBetween).toEqual([['youth', 'wmo']]);
  });

  it('keeps the declared extra membership of Eemnes (Wmo also Eem en Vallei) beside the sentence', () => {
    const eemnes = twoLayers.find((m) => m.code === EEMNES)!;
    expect(eemnes.placements.map((p) => [p.layerId, p.regionName, p.alsoIn])).toEqual([
      ['youth', 'Eemland', []],
      ['wmo', 'Gooi- en Vechtstreek', ['Eem en Vallei']],
    ]);
  });

  it('labels layers with their domain\'s sentence word, or the domain id when there is none', () => {
    const words = new Map([['jeugd', YOUTH]]);
    expect(labelLayer({ id: 'jeugd_2013_10', domain: 'jeugd' }, youth, words).label).toEqual(YOUTH);
    expect(labelLayer({ id: 'ggd_2013', domain: 'ggd' }, ggd, words).label).toEqual({ nl: 'ggd', en: 'ggd' });
  });

  it('flags only Nijkerk and Eemnes, the larger population first when their distances tie', () => {
    expect(twoLayers.map((m) => m.name)).toEqual(['Nijkerk', 'Eemnes']);
    expect(twoLayers.map((m) => m.meanJaccardDistance)).toEqual([1, 1]);
  });

  it('takes the sentence words from the labels it is given', () => {
    const result = incongruentMunicipalities(
      [
        { id: 'youth', label: { nl: 'jeugdzorg', en: 'youth care' }, memberships: youth },
        { id: 'wmo', label: { nl: 'Wmo', en: 'social support' }, memberships: wmo },
      ],
      { population, names },
    );
    expect(result.find((m) => m.code === NIJKERK)!.explanation.en).toBe(
      'Nijkerk: youth care with Food Valley, social support with Eem en Vallei',
    );
  });

  it('ranks across three layers by the number of layer pairs, then the mean Jaccard distance', () => {
    const result = incongruentMunicipalities(
      [
        { id: 'youth', label: YOUTH, memberships: youth },
        { id: 'wmo', label: WMO, memberships: wmo },
        { id: 'ggd', label: GGD, memberships: ggd },
      ],
      { population, names },
    );
    // Eemnes: youth-wmo 1, youth-ggd 1/3 (shares Amersfoort and Soest, not Utrecht), wmo-ggd 1.
    // Nijkerk: youth-wmo 1, youth-ggd 0 (Ede in both), wmo-ggd 1.
    expect(result.map((m) => [m.name, m.movedBetween.length])).toEqual([
      ['Eemnes', 2],
      ['Nijkerk', 2],
    ]);
    expect(result[0].meanJaccardDistance).toBeCloseTo((1 + 1 / 3 + 1) / 3, 12);
    expect(result[1].meanJaccardDistance).toBeCloseTo(2 / 3, 12);
    expect(result[0].movedBetween).toEqual([
      ['youth', 'wmo'],
      ['wmo', 'ggd'],
    ]);
    expect(result[0].explanation.nl).toBe('Eemnes: jeugd met Eemland, Wmo met Gooi- en Vechtstreek, GGD met Midden-Nederland');
  });

  it('finds nothing between divisions with the same partners under other names', () => {
    const renamed = youth.map((r) => ({ ...r, regionId: `x-${r.regionId}`, regionName: r.regionName.toUpperCase() }));
    expect(
      incongruentMunicipalities([
        { id: 'a', label: YOUTH, memberships: youth },
        { id: 'b', label: WMO, memberships: renamed },
      ]),
    ).toEqual([]);
  });

  it('says when a layer does not place the municipality and falls back to the code without a name', () => {
    const withoutEemnes = youth.filter((r) => r.code !== EEMNES);
    const lone = 'GM0099' as GmCode;
    const result = incongruentMunicipalities([
      { id: 'youth', label: YOUTH, memberships: [...withoutEemnes, ...layer('youth', [[lone, 'j-eemland', 'Eemland']])] },
      { id: 'wmo', label: WMO, memberships: [...wmo, ...layer('wmo', [[lone, 'w-gv', 'Gooi- en Vechtstreek']])] },
      { id: 'ggd', label: GGD, memberships: ggd },
    ]);
    const eemnes = result.find((m) => m.code === EEMNES)!;
    expect(eemnes.explanation.nl).toBe('GM0003: jeugd zonder regio, Wmo met Gooi- en Vechtstreek, GGD met Midden-Nederland');
    expect(eemnes.explanation.en).toContain('youth without region');
  });

  it('refuses fewer than two layers', () => {
    expect(() => incongruentMunicipalities([{ id: 'youth', label: YOUTH, memberships: youth }])).toThrow(/two layers/);
  });
});
