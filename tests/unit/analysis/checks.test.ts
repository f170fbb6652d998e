import { describe, expect, it } from 'vitest';
import { layerRegionAdjacency, sanityChecks, subregionChecks } from '../../../src/domain/analysis/index.ts';
import { membershipFindings } from '../../../src/domain/validate.ts';
import { dsaturColouring } from '../../../src/domain/colouring.ts';
import type { GmCode } from '../../../src/domain/types.ts';
import { adjacencyOf, grid, gridAdjacency, gridCodes, layer, row } from './fixtures.ts';

const code = (n: number) => `GM${String(n).padStart(4, '0')}` as GmCode;
const [DEN_HAAG, DELFT, RIJSWIJK, WESTLAND, PIJNACKER, ZOETERMEER, MEPPEL, ZWOLLE, KAMPEN] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(code);

/** Wmo Haaglanden with overlapping clusters ('NB: dubbelingen') and IJsselland with Meppel outside its subregion. */
const haaglanden = [
  row('wmo', DEN_HAAG, 'h', 'Haaglanden'),
  row('wmo', DELFT, 'h', 'Haaglanden', { subregionId: 'dwo', subregionName: 'DWO' }),
  row('wmo', WESTLAND, 'h', 'Haaglanden', { subregionId: 'dwo', subregionName: 'DWO' }),
  row('wmo', PIJNACKER, 'h', 'Haaglanden', { subregionId: 'dwo', subregionName: 'DWO' }),
  row('wmo', RIJSWIJK, 'h', 'Haaglanden', { subregionId: 'dr', subregionName: 'Delft-Rijswijk' }),
  row('wmo', DELFT, 'h', 'Haaglanden', { subregionId: 'dr', subregionName: 'Delft-Rijswijk', primary: false }),
  row('wmo', ZOETERMEER, 'h', 'Haaglanden', { subregionId: 'zpn', subregionName: 'Zoetermeer-Pijnacker-Nootdorp' }),
  row('wmo', PIJNACKER, 'h', 'Haaglanden', { subregionId: 'zpn', subregionName: 'Zoetermeer-Pijnacker-Nootdorp', primary: false }),
  row('wmo', ZWOLLE, 'ij', 'IJsselland', { subregionId: 'ivs', subregionName: 'IJssel-Vechtstreek' }),
  row('wmo', KAMPEN, 'ij', 'IJsselland', { subregionId: 'ivs', subregionName: 'IJssel-Vechtstreek' }),
  row('wmo', MEPPEL, 'ij', 'IJsselland'),
];

describe('subregionChecks', () => {
  const checks = subregionChecks(haaglanden);

  it('finds Delft and Pijnacker-Nootdorp in two Haaglanden clusters each', () => {
    expect(checks.overlapping).toEqual([
      {
        code: DELFT,
        subregions: [
          { subregionId: 'dwo', subregionName: 'DWO', regionId: 'h' },
          { subregionId: 'dr', subregionName: 'Delft-Rijswijk', regionId: 'h' },
        ],
      },
      {
        code: PIJNACKER,
        subregions: [
          { subregionId: 'dwo', subregionName: 'DWO', regionId: 'h' },
          { subregionId: 'zpn', subregionName: 'Zoetermeer-Pijnacker-Nootdorp', regionId: 'h' },
        ],
      },
    ]);
  });

  it('lists Den Haag and Meppel as members of a region with subregions that are in none', () => {
    expect(checks.outsideSubregions).toEqual([
      { region: { regionId: 'h', regionName: 'Haaglanden' }, municipalities: [DEN_HAAG] },
      { region: { regionId: 'ij', regionName: 'IJsselland' }, municipalities: [MEPPEL] },
    ]);
  });

  it('accepts subregions that nest inside one region', () => {
    expect(checks.notNested).toEqual([]);
  });

  it('flags a subregion whose members lie in two regions', () => {
    const broken = [...haaglanden, row('wmo', MEPPEL, 'dr-elsewhere', 'Elders', { subregionId: 'ivs', subregionName: 'IJssel-Vechtstreek', primary: false })];
    expect(subregionChecks(broken).notNested).toEqual([
      {
        subregionId: 'ivs',
        subregionName: 'IJssel-Vechtstreek',
        regions: [
          { regionId: 'ij', regionName: 'IJsselland' },
          { regionId: 'dr-elsewhere', regionName: 'Elders' },
        ],
        municipalities: [ZWOLLE, KAMPEN, MEPPEL],
      },
    ]);
  });

  it('counts a non-primary row inside a subregion as covering that region (Voorst in IJsselland)', () => {
    const voorst = code(20);
    const rows = [...haaglanden, row('wmo', voorst, 'ij', 'IJsselland', { subregionId: 'ivs', subregionName: 'IJssel-Vechtstreek', primary: false })];
    expect(subregionChecks(rows).outsideSubregions.find((o) => o.region.regionId === 'ij')!.municipalities).toEqual([MEPPEL]);
  });
});

describe('sanityChecks on a 3 x 3 grid', () => {
  // 11 12 13      West = {11, 21, 31, 13}: 13 is cut off from the rest.
  // 21 22 23      East = {12, 22, 23, 32} and the island 40; 23 is also (wrongly) primary in West.
  // 31 32 33      33 is in no region.
  const ISLAND = 'GM0040' as GmCode;
  const UNKNOWN = 'GM0099' as GmCode;
  const ONLY_SECONDARY = 'GM0050' as GmCode;
  const rows = [
    ...layer('t', [
      [grid(1, 1), 'w', 'West'],
      [grid(2, 1), 'w', 'West'],
      [grid(3, 1), 'w', 'West'],
      [grid(1, 3), 'w', 'West'],
      [grid(1, 2), 'e', 'East'],
      [grid(2, 2), 'e', 'East'],
      [grid(2, 3), 'e', 'East'],
      [grid(3, 2), 'e', 'East'],
      [ISLAND, 'e', 'East'],
      [grid(2, 3), 'w', 'West'],
      [UNKNOWN, 'e', 'East'],
    ]),
    row('t', ONLY_SECONDARY, 'e', 'East', { primary: false }),
  ];
  const adjacency = new Map([...gridAdjacency, [ISLAND, new Set<GmCode>()], [ONLY_SECONDARY, new Set<GmCode>()]]);
  const municipalities = [...gridCodes, ISLAND, ONLY_SECONDARY];
  const report = sanityChecks(rows, { municipalities, adjacency });
  const west = { regionId: 'w', regionName: 'West' };
  const east = { regionId: 'e', regionName: 'East' };

  // The checks on the rows alone have one home, membershipFindings; on this grid they find:
  const rowFindings = membershipFindings(rows, new Set(municipalities));

  it('finds the white spot 33, the code the year does not know, and the municipality without a primary row', () => {
    expect(rowFindings.whiteSpots).toEqual([grid(3, 3)]);
    expect(rowFindings.unknownCodes).toEqual([UNKNOWN]);
    expect(rowFindings.withoutPrimary).toEqual([ONLY_SECONDARY]);
  });

  it('finds 23 primary in two regions', () => {
    expect(rowFindings.primaryDuplicates).toEqual([{ code: grid(2, 3), regionIds: ['e', 'w'] }]);
    expect(rowFindings.inSeveralRegions).toEqual([{ code: grid(2, 3), regionIds: ['e', 'w'] }]);
  });

  it('does not report the unknown code as a part or an island of East (it has no shape)', () => {
    expect(report.nonContiguous.flatMap((r) => r.parts.flat())).not.toContain(UNKNOWN);
    expect(report.isolated).not.toContain(UNKNOWN);
  });

  it('splits West into {11, 21, 31} and {13}, and East into its mainland and the island', () => {
    expect(report.nonContiguous).toEqual([
      { region: west, parts: [[grid(1, 1), grid(2, 1), grid(3, 1)], [grid(1, 3)]] },
      { region: east, parts: [[grid(1, 2), grid(2, 2), grid(2, 3), grid(3, 2)], [ISLAND]] },
    ]);
    expect(report.isolated).toEqual([ISLAND]);
  });

  it('calls 13 (all neighbours in East) and the white spot 33 donut holes of East', () => {
    expect(report.donuts).toEqual([
      { code: grid(1, 3), region: west, surroundedBy: east, neighbours: [grid(1, 2), grid(2, 3)] },
      { code: grid(3, 3), region: null, surroundedBy: east, neighbours: [grid(2, 3), grid(3, 2)] },
    ]);
  });

  it('does not call East an enclave: it also borders the white spot', () => {
    expect(report.enclaves.map((e) => e.region.regionId)).toEqual(['w']);
  });

  it('does not call West an enclave once its western municipalities are known to touch the coast', () => {
    const withCoast = sanityChecks(rows, { municipalities, adjacency, exterior: new Set([grid(1, 1), grid(2, 1), grid(3, 1)]) });
    expect(withCoast.enclaves).toEqual([]);
  });
});

describe('enclaves and donuts: a region inside a ring', () => {
  const centre = grid(2, 2);
  const ring = gridCodes.filter((c) => c !== centre);
  const rows = [...ring.map((c) => row('t', c, 'ring', 'Ring')), row('t', centre, 'centre', 'Utrecht Stad')];

  it('calls the centre an enclave of the ring and a donut hole', () => {
    const report = sanityChecks(rows, { municipalities: gridCodes, adjacency: gridAdjacency, exterior: new Set(ring) });
    expect(report.enclaves).toEqual([
      { region: { regionId: 'centre', regionName: 'Utrecht Stad' }, surroundedBy: { regionId: 'ring', regionName: 'Ring' }, municipalities: [centre] },
    ]);
    expect(report.donuts.map((d) => d.code)).toEqual([centre]);
    expect(report.nonContiguous).toEqual([]);
  });

  it('without coast information also calls the ring an enclave of the centre (adjacency cannot see the sea)', () => {
    const report = sanityChecks(rows, { municipalities: gridCodes, adjacency: gridAdjacency });
    expect(report.enclaves.map((e) => [e.region.regionId, e.surroundedBy.regionId])).toEqual([
      ['ring', 'centre'],
      ['centre', 'ring'],
    ]);
  });
});

describe('layerRegionAdjacency', () => {
  // A row of municipalities 1-2-3-4: A = {1, 2}, B = {3}, C = {4}; 5 borders nobody and is in D.
  const codes = [1, 2, 3, 4, 5].map(code);
  const adjacency = adjacencyOf(
    [
      [codes[0], codes[1]],
      [codes[1], codes[2]],
      [codes[2], codes[3]],
    ],
    codes,
  );
  const rows = [
    ...layer('t', [
      [codes[0], 'A', 'A'],
      [codes[1], 'A', 'A'],
      [codes[2], 'B', 'B'],
      [codes[3], 'C', 'C'],
      [codes[4], 'D', 'D'],
    ]),
    row('t', codes[3], 'A', 'A', { primary: false }),
  ];
  const result = layerRegionAdjacency(rows, adjacency);

  it('links regions whose primary members border each other, and no others', () => {
    expect([...result.get('A')!]).toEqual(['B']);
    expect([...result.get('B')!].sort()).toEqual(['A', 'C']);
    expect([...result.get('C')!]).toEqual(['B']);
  });

  it('keeps a region without neighbours, so the colouring still gives it a colour', () => {
    expect(result.get('D')).toEqual(new Set());
    expect(dsaturColouring(result).has('D')).toBe(true);
  });
});
