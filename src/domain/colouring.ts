import type { GmCode } from './types.ts';

/** Regions that share a border: two regions touch when one member of each is adjacent. */
export function regionAdjacency(
  regionOf: ReadonlyMap<GmCode, string>,
  adjacency: ReadonlyMap<GmCode, ReadonlySet<GmCode>>,
): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const region of regionOf.values()) if (!result.has(region)) result.set(region, new Set());
  for (const [code, neighbours] of adjacency) {
    const a = regionOf.get(code);
    if (a === undefined) continue;
    for (const other of neighbours) {
      const b = regionOf.get(other);
      if (b !== undefined && b !== a) {
        result.get(a)!.add(b);
        result.get(b)!.add(a);
      }
    }
  }
  return result;
}

/**
 * DSATUR graph colouring (Brélaz 1979): repeatedly colour the uncoloured node whose neighbours
 * already use the most distinct colours (ties: most uncoloured neighbours, then id, so the result is
 * deterministic), giving it the lowest colour index its neighbours do not use. Returns a colour index
 * per node; neighbours always differ.
 */
export function dsaturColouring(graph: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const colour = new Map<string, number>();
  const neighbourColours = new Map<string, Set<number>>();
  for (const node of graph.keys()) neighbourColours.set(node, new Set());
  const ids = [...graph.keys()].sort();
  while (colour.size < ids.length) {
    let best: string | undefined;
    let bestSat = -1;
    let bestDeg = -1;
    for (const node of ids) {
      if (colour.has(node)) continue;
      const sat = neighbourColours.get(node)!.size;
      let deg = 0;
      for (const n of graph.get(node)!) if (!colour.has(n)) deg++;
      if (sat > bestSat || (sat === bestSat && deg > bestDeg)) {
        best = node;
        bestSat = sat;
        bestDeg = deg;
      }
    }
    const used = neighbourColours.get(best!)!;
    let c = 0;
    while (used.has(c)) c++;
    colour.set(best!, c);
    for (const n of graph.get(best!)!) neighbourColours.get(n)?.add(c);
  }
  return colour;
}
