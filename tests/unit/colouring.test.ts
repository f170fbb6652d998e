import { describe, expect, it } from 'vitest';
import { balancedColouring, dsaturColouring, regionAdjacency } from '../../src/domain/colouring.ts';
import type { GmCode } from '../../src/domain/types.ts';
import { loadAdjacency, loadMemberships } from './realData.ts';

const graph = (edges: [string, string][], nodes: string[] = []) => {
  const g = new Map<string, Set<string>>(nodes.map((n) => [n, new Set()]));
  for (const [a, b] of edges) {
    if (!g.has(a)) g.set(a, new Set());
    if (!g.has(b)) g.set(b, new Set());
    g.get(a)!.add(b);
    g.get(b)!.add(a);
  }
  return g;
};
const isProper = (g: Map<string, Set<string>>, c: Map<string, number>) =>
  [...g].every(([a, ns]) => [...ns].every((b) => c.get(a) !== c.get(b)));

describe('region adjacency', () => {
  it('links two regions when a member of one borders a member of the other', () => {
    // A row of five municipalities 1-2-3-4-5; regions X = {1,2}, Y = {3}, Z = {4,5}.
    const adjacency = new Map<GmCode, Set<GmCode>>();
    const codes = ['GM0001', 'GM0002', 'GM0003', 'GM0004', 'GM0005'] as GmCode[];
    codes.forEach((c, i) => adjacency.set(c, new Set([codes[i - 1], codes[i + 1]].filter(Boolean))));
    const regionOf = new Map<GmCode, string>([[codes[0], 'X'], [codes[1], 'X'], [codes[2], 'Y'], [codes[3], 'Z'], [codes[4], 'Z']]);
    const result = regionAdjacency(regionOf, adjacency);
    expect([...result.get('X')!]).toEqual(['Y']);
    expect([...result.get('Y')!].sort()).toEqual(['X', 'Z']);
    expect([...result.get('Z')!]).toEqual(['Y']);
  });
});

describe('DSATUR colouring', () => {
  it('colours an odd cycle with three colours and an even cycle with two', () => {
    const odd = graph([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'a']]);
    const even = graph([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]);
    expect(new Set(dsaturColouring(odd).values()).size).toBe(3);
    expect(new Set(dsaturColouring(even).values()).size).toBe(2);
    expect(isProper(odd, dsaturColouring(odd))).toBe(true);
  });
  it('colours a wheel (hub plus a 5-cycle) with four colours, a bipartite crown with two', () => {
    const wheel = graph([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'a'], ...['a', 'b', 'c', 'd', 'e'].map((n) => ['h', n] as [string, string])]);
    expect(new Set(dsaturColouring(wheel).values()).size).toBe(4);
    // Crown graph on 3+3 nodes: greedy in the wrong order needs 3 colours, DSATUR finds 2.
    const crown = graph([['a1', 'b2'], ['a1', 'b3'], ['a2', 'b1'], ['a2', 'b3'], ['a3', 'b1'], ['a3', 'b2']]);
    expect(new Set(dsaturColouring(crown).values()).size).toBe(2);
  });
  it('gives an isolated region colour 0', () => {
    expect(dsaturColouring(graph([], ['solo']))).toEqual(new Map([['solo', 0]]));
  });
  it('colours the 42 youth regions of October 2013 so that no neighbours share a colour, in at most 5 colours', () => {
    const regionOf = new Map(loadMemberships('jeugd_2013_10').filter((m) => m.primary).map((m) => [m.code, m.regionId]));
    const g = regionAdjacency(regionOf, loadAdjacency(2013));
    const colours = dsaturColouring(g);
    expect(colours.size).toBe(42);
    expect(isProper(g, colours)).toBe(true);
    expect(Math.max(...colours.values()) + 1).toBeLessThanOrEqual(5);
  });
});

describe('balanced colouring for the map', () => {
  it('spreads a path of six regions over three colours two each, neighbours differing', () => {
    const path = graph([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f']]);
    const colours = balancedColouring(path, 3);
    expect(isProper(path, colours)).toBe(true);
    const counts = [0, 1, 2].map((c) => [...colours.values()].filter((x) => x === c).length);
    expect(counts).toEqual([2, 2, 2]);
  });
  it('goes beyond the palette only when a region\'s neighbours use all of it', () => {
    const triangle = graph([['a', 'b'], ['b', 'c'], ['c', 'a']]);
    expect(new Set(balancedColouring(triangle, 2).values())).toEqual(new Set([0, 1, 2]));
  });
  it('colours the 43 Wmo regions of May 2013 properly within seven colours, each used at most 8 times', () => {
    const regionOf = new Map(loadMemberships('wmo_2013_05').filter((m) => m.primary).map((m) => [m.code, m.regionId]));
    const g = regionAdjacency(regionOf, loadAdjacency(2013));
    const colours = balancedColouring(g, 7);
    expect(isProper(g, colours)).toBe(true);
    expect(Math.max(...colours.values())).toBeLessThan(7);
    for (let c = 0; c < 7; c++) expect([...colours.values()].filter((x) => x === c).length).toBeLessThanOrEqual(8);
  });
});
