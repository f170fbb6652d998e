import { describe, expect, it } from 'vitest';
import { roundChanges, successorsOf, type MunicipalChange } from '../../../src/domain/analysis/index.ts';
import type { GmCode } from '../../../src/domain/types.ts';
import { layer } from './fixtures.ts';

const code = (n: number) => `GM${String(n).padStart(4, '0')}` as GmCode;
const [AMERSFOORT, SOEST, HILVERSUM, WEESP, WIJDEMEREN, STICHTSE_VECHT, DE_RONDE_VENEN] = [1, 2, 3, 4, 5, 6, 7].map(code);
const [BREDA, OOSTERHOUT, ROOSENDAAL, BERGEN_OP_ZOOM, UTRECHT, X, Y, Z, W] = [11, 12, 13, 14, 15, 16, 17, 18, 19].map(code);

const population = new Map<GmCode, number>([
  [AMERSFOORT, 150],
  [SOEST, 50],
  [HILVERSUM, 90],
  [WEESP, 20],
  [WIJDEMEREN, 25],
  [STICHTSE_VECHT, 60],
  [DE_RONDE_VENEN, 40],
  [BREDA, 180],
  [OOSTERHOUT, 55],
  [ROOSENDAAL, 77],
  [BERGEN_OP_ZOOM, 66],
  [UTRECHT, 300],
  [X, 10],
  [Y, 12],
  [Z, 5],
  [W, 7],
]);

/** A third youth round, spring 2013 (made up around the real changes). */
const round3 = layer('r3', [
  [AMERSFOORT, 'e', 'Eemland'],
  [SOEST, 'e', 'Eemland'],
  [HILVERSUM, 'gv', 'Gooi- en Vechtstreek'],
  [WEESP, 'gv', 'Gooi- en Vechtstreek'],
  [WIJDEMEREN, 'gv', 'Gooi- en Vechtstreek'],
  [STICHTSE_VECHT, 'uw', 'Utrecht-West'],
  [DE_RONDE_VENEN, 'uw', 'Utrecht-West'],
  [BREDA, 'wb', 'West-Brabant'],
  [OOSTERHOUT, 'wb', 'West-Brabant'],
  [ROOSENDAAL, 'wb', 'West-Brabant'],
  [BERGEN_OP_ZOOM, 'wb', 'West-Brabant'],
  [UTRECHT, 'u', 'Utrecht'],
  [X, 'x', 'Noord'],
  [Y, 'y', 'Zuid'],
  [Z, 'oud', 'Oud'],
]);

/** The fourth round: Weesp and Wijdemeren to Utrecht-West, West-Brabant split, Noord and Zuid merged. */
const round4 = layer('r4', [
  [AMERSFOORT, 'e', 'Eemland'],
  [SOEST, 'e', 'Eemland'],
  [HILVERSUM, 'gv', 'Gooi- en Vechtstreek'],
  [WEESP, 'uw', 'Utrecht-West'],
  [WIJDEMEREN, 'uw', 'Utrecht-West'],
  [STICHTSE_VECHT, 'uw', 'Utrecht-West'],
  [DE_RONDE_VENEN, 'uw', 'Utrecht-West'],
  [BREDA, 'wbo', 'West-Brabant Oost'],
  [OOSTERHOUT, 'wbo', 'West-Brabant Oost'],
  [ROOSENDAAL, 'wbw', 'West-Brabant West'],
  [BERGEN_OP_ZOOM, 'wbw', 'West-Brabant West'],
  [UTRECHT, 'u-stad', 'Utrecht Stad'],
  [X, 'nz', 'Noord-Zuid'],
  [Y, 'nz', 'Noord-Zuid'],
  [W, 'nieuw', 'Nieuw'],
]);

const ref = (regionId: string, regionName: string) => ({ regionId, regionName });

describe('roundChanges between two rounds of one geometry year', () => {
  const changes = roundChanges(round3, round4, { population });
  const ofKind = (kind: string) => changes.regions.filter((r) => r.kind === kind);

  it('shows Weesp and Wijdemeren moving from Gooi- en Vechtstreek to Utrecht-West, and nobody else', () => {
    expect(changes.moved).toEqual([
      { code: WEESP, from: ref('gv', 'Gooi- en Vechtstreek'), to: ref('uw', 'Utrecht-West') },
      { code: WIJDEMEREN, from: ref('gv', 'Gooi- en Vechtstreek'), to: ref('uw', 'Utrecht-West') },
    ]);
  });

  it('shows West-Brabant splitting into West-Brabant Oost and West-Brabant West', () => {
    expect(ofKind('split')).toEqual([
      { kind: 'split', from: ref('wb', 'West-Brabant'), to: [ref('wbo', 'West-Brabant Oost'), ref('wbw', 'West-Brabant West')] },
    ]);
  });

  it('shows Noord and Zuid merging into Noord-Zuid', () => {
    expect(ofKind('merged')).toEqual([{ kind: 'merged', from: [ref('x', 'Noord'), ref('y', 'Zuid')], to: ref('nz', 'Noord-Zuid') }]);
  });

  it('calls Utrecht renamed: same members, other id and name', () => {
    expect(ofKind('renamed')).toEqual([{ kind: 'renamed', from: ref('u', 'Utrecht'), to: ref('u-stad', 'Utrecht Stad') }]);
  });

  it('lists what Gooi- en Vechtstreek lost and Utrecht-West gained', () => {
    expect(ofKind('changed')).toEqual([
      { kind: 'changed', from: ref('gv', 'Gooi- en Vechtstreek'), to: ref('gv', 'Gooi- en Vechtstreek'), gained: [], lost: [WEESP, WIJDEMEREN] },
      { kind: 'changed', from: ref('uw', 'Utrecht-West'), to: ref('uw', 'Utrecht-West'), gained: [WEESP, WIJDEMEREN], lost: [] },
    ]);
    expect(ofKind('unchanged')).toEqual([{ kind: 'unchanged', region: ref('e', 'Eemland') }]);
  });

  it('reports a region whose members are all unplaced as disappeared and one of unplaced municipalities as new', () => {
    expect(ofKind('disappeared')).toEqual([{ kind: 'disappeared', from: ref('oud', 'Oud') }]);
    expect(ofKind('new')).toEqual([{ kind: 'new', to: ref('nieuw', 'Nieuw') }]);
    expect(changes.missing).toEqual([Z]);
    expect(changes.added).toEqual([W]);
  });

  it('reports nothing between a round and itself except unchanged regions', () => {
    const same = roundChanges(round3, round3, { population });
    expect(same.moved).toEqual([]);
    expect(same.regions.every((r) => r.kind === 'unchanged')).toBe(true);
    expect(same.regions).toHaveLength(8);
  });
});

const ALPHEN = 'GM0484' as GmCode;
const LEIDEN = 'GM0546' as GmCode;
const GOUDA = 'GM0513' as GmCode;
const BOSKOOP = 'GM0499' as GmCode;
const RIJNWOUDE = 'GM1672' as GmCode;
const BOARNSTERHIM = 'GM0051' as GmCode;
const HEERENVEEN = 'GM0074' as GmCode;
const SKARSTERLAN = 'GM0081' as GmCode;
const DE_FRIESE_MEREN = 'GM1921' as GmCode;

const change = (fromCode: GmCode, fromName: string, toCode: GmCode, toName: string, areaShare = 1): MunicipalChange => ({
  fromYear: 2013,
  fromCode,
  fromName,
  toYear: 2014,
  toCode,
  toName,
  areaShare,
  source: 'fixture',
});

/** The municipal changes of 1 January 2014 (area shares of Boarnsterhim simplified to halves). */
const municipalChanges: MunicipalChange[] = [
  change(BOSKOOP, 'Boskoop', ALPHEN, 'Alphen aan den Rijn'),
  change(RIJNWOUDE, 'Rijnwoude', ALPHEN, 'Alphen aan den Rijn'),
  change(BOARNSTERHIM, 'Boarnsterhim', HEERENVEEN, 'Heerenveen', 0.5),
  change(BOARNSTERHIM, 'Boarnsterhim', DE_FRIESE_MEREN, 'De Friese Meren', 0.5),
  change(SKARSTERLAN, 'Skarsterlân', DE_FRIESE_MEREN, 'De Friese Meren'),
];

const on2013 = layer('y13', [
  [ALPHEN, 'hr', 'Holland Rijnland'],
  [LEIDEN, 'hr', 'Holland Rijnland'],
  [GOUDA, 'mh', 'Midden-Holland'],
  [BOSKOOP, 'mh', 'Midden-Holland'],
  [RIJNWOUDE, 'mh', 'Midden-Holland'],
  [BOARNSTERHIM, 'fr', 'Friesland'],
  [HEERENVEEN, 'fr', 'Friesland'],
  [SKARSTERLAN, 'fr', 'Friesland'],
]);
const on2014 = layer('y14', [
  [ALPHEN, 'hr', 'Holland Rijnland'],
  [LEIDEN, 'hr', 'Holland Rijnland'],
  [GOUDA, 'mh', 'Midden-Holland'],
  [HEERENVEEN, 'fr', 'Friesland'],
  [DE_FRIESE_MEREN, 'fr', 'Friesland'],
]);
const population2014 = new Map<GmCode, number>([
  [ALPHEN, 106],
  [LEIDEN, 120],
  [GOUDA, 70],
  [HEERENVEEN, 50],
  [DE_FRIESE_MEREN, 51],
]);

describe('roundChanges across geometry years', () => {
  const changes = roundChanges(on2013, on2014, { population: population2014, municipalChanges, beforeYear: 2013, afterYear: 2014 });

  it('follows Boskoop and Rijnwoude to Alphen aan den Rijn instead of reporting them missing', () => {
    expect(changes.missing).toEqual([]);
    expect(changes.followed.find((f) => f.code === BOSKOOP)).toEqual({
      code: BOSKOOP,
      name: 'Boskoop',
      from: ref('mh', 'Midden-Holland'),
      successors: [{ code: ALPHEN, name: 'Alphen aan den Rijn', areaShare: 1, to: ref('hr', 'Holland Rijnland') }],
    });
    expect(changes.followed.map((f) => f.code)).toEqual([BOSKOOP, RIJNWOUDE, BOARNSTERHIM, SKARSTERLAN]);
  });

  it('follows the dissolved Boarnsterhim to each of its successors with its area share', () => {
    const boarnsterhim = changes.followed.find((f) => f.code === BOARNSTERHIM)!;
    expect(boarnsterhim.successors.map((s) => [s.name, s.areaShare, s.to?.regionId])).toEqual([
      ['Heerenveen', 0.5, 'fr'],
      ['De Friese Meren', 0.5, 'fr'],
    ]);
  });

  it('keeps Alphen aan den Rijn in Holland Rijnland (its largest predecessor) so that nobody moved', () => {
    expect(changes.moved).toEqual([]);
    expect(changes.added).toEqual([]);
    expect(changes.regions.map((r) => r.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('reports the ceased municipalities missing and the new one added when no successors are given', () => {
    const blind = roundChanges(on2013, on2014, { population: population2014 });
    expect(blind.missing).toEqual([BOSKOOP, RIJNWOUDE, BOARNSTERHIM, SKARSTERLAN]);
    expect(blind.added).toEqual([DE_FRIESE_MEREN]);
    expect(blind.followed).toEqual([]);
  });
});

describe('successorsOf', () => {
  const chain: MunicipalChange[] = [
    { ...change(code(901), 'Oud', code(902), 'Midden'), fromYear: 2011, toYear: 2012 },
    { ...change(code(902), 'Midden', code(903), 'Nieuw'), fromYear: 2012, toYear: 2014 },
  ];

  it('follows a chain of changes up to the target year', () => {
    expect(successorsOf(code(901), 2011, 2014, chain)).toEqual([{ code: code(903), name: 'Nieuw', areaShare: 1 }]);
    expect(successorsOf(code(901), 2011, 2013, chain)).toEqual([{ code: code(902), name: 'Midden', areaShare: 1 }]);
  });

  it('returns the municipality itself when it did not change', () => {
    expect(successorsOf(GOUDA, 2013, 2014, municipalChanges)).toEqual([{ code: GOUDA, name: GOUDA, areaShare: 1 }]);
  });

  it('multiplies area shares along a chain and adds up shares reaching the same successor', () => {
    const rows: MunicipalChange[] = [
      { ...change(code(911), 'A', code(912), 'B', 0.6), fromYear: 2011, toYear: 2012 },
      { ...change(code(911), 'A', code(913), 'C', 0.4), fromYear: 2011, toYear: 2012 },
      { ...change(code(912), 'B', code(914), 'D', 0.5), fromYear: 2012, toYear: 2013 },
      { ...change(code(912), 'B', code(913), 'C', 0.5), fromYear: 2012, toYear: 2013 },
    ];
    const result = successorsOf(code(911), 2011, 2013, rows);
    expect(result.map((s) => s.code).sort()).toEqual([code(913), code(914)]);
    expect(result.find((s) => s.code === code(914))!.areaShare).toBeCloseTo(0.3, 12);
    expect(result.find((s) => s.code === code(913))!.areaShare).toBeCloseTo(0.4 + 0.3, 12);
  });
});
