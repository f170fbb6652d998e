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

/** Chooses a colour for a node, given the colours its coloured neighbours use. */
type ColourChoice = (usedByNeighbours: ReadonlySet<number>) => number;

/**
 * DSATUR (Brélaz 1979): repeatedly colour the uncoloured node whose neighbours already use the most
 * distinct colours (ties: most uncoloured neighbours, then id, so the result is deterministic).
 */
function dsatur(graph: ReadonlyMap<string, ReadonlySet<string>>, choose: ColourChoice): Map<string, number> {
  const colour = new Map<string, number>();
  const neighbourColours = new Map<string, Set<number>>();
  for (const node of graph.keys()) neighbourColours.set(node, new Set());
  const ids = [...graph.keys()].sort();
  while (colour.size < ids.length) {
    let best = '';
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
    const chosen = choose(neighbourColours.get(best)!);
    colour.set(best, chosen);
    for (const n of graph.get(best)!) neighbourColours.get(n)?.add(chosen);
  }
  return colour;
}

const lowestFree = (used: ReadonlySet<number>, from = 0): number => {
  let c = from;
  while (used.has(c)) c++;
  return c;
};

/** DSATUR colouring with the lowest free colour each time: few colours; neighbours always differ. */
export function dsaturColouring(graph: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  return dsatur(graph, (used) => lowestFree(used));
}

/**
 * A colouring for the map: DSATUR order, but each region takes the least-used colour of the first
 * `paletteSize` that its coloured neighbours do not use, so that the palette is spread evenly and
 * two same-coloured regions are rarely close. Neighbours always differ; when all `paletteSize`
 * colours are taken around a region it gets the next colour beyond them.
 */
export function balancedColouring(graph: ReadonlyMap<string, ReadonlySet<string>>, paletteSize: number): Map<string, number> {
  const usage: number[] = Array.from({ length: paletteSize }, () => 0);
  return dsatur(graph, (used) => {
    let chosen = -1;
    for (let c = 0; c < paletteSize; c++) if (!used.has(c) && (chosen === -1 || usage[c] < usage[chosen])) chosen = c;
    if (chosen === -1) return lowestFree(used, paletteSize);
    usage[chosen]++;
    return chosen;
  });
}
