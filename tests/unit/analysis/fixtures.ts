/**
 * Small hand-made layers for the analysis specifications. Codes are made up (GM0001...); names and
 * stories follow real cases of 2013 so that the expectations read like the real findings.
 */
import type { GmCode, Membership } from '../../../src/domain/types.ts';

/** A membership row; primary unless said otherwise. */
export function row(
  layerId: string,
  code: GmCode,
  regionId: string,
  regionName: string,
  extra: Partial<Pick<Membership, 'primary' | 'subregionId' | 'subregionName'>> = {},
): Membership {
  return {
    layerId,
    code,
    regionId,
    regionName,
    primary: extra.primary ?? true,
    subregionId: extra.subregionId,
    subregionName: extra.subregionName,
    source: { document: 'fixture' },
    confidence: 'text',
  };
}

/** Rows of one layer from [code, regionId, regionName] triples. */
export function layer(layerId: string, rows: [GmCode, string, string][]): Membership[] {
  return rows.map(([code, regionId, regionName]) => row(layerId, code, regionId, regionName));
}

export const AMERSFOORT = 'GM0001' as GmCode;
export const SOEST = 'GM0002' as GmCode;
export const EEMNES = 'GM0003' as GmCode;
export const HILVERSUM = 'GM0004' as GmCode;
export const HUIZEN = 'GM0005' as GmCode;
export const WEESP = 'GM0006' as GmCode;
export const UTRECHT = 'GM0007' as GmCode;
export const NIJKERK = 'GM0008' as GmCode;
export const EDE = 'GM0009' as GmCode;

export const names = new Map<GmCode, string>([
  [AMERSFOORT, 'Amersfoort'],
  [SOEST, 'Soest'],
  [EEMNES, 'Eemnes'],
  [HILVERSUM, 'Hilversum'],
  [HUIZEN, 'Huizen'],
  [WEESP, 'Weesp'],
  [UTRECHT, 'Utrecht'],
  [NIJKERK, 'Nijkerk'],
  [EDE, 'Ede'],
]);

/** Inhabitants (made up, small numbers so the sums can be checked by hand). Total 800. */
export const population = new Map<GmCode, number>([
  [AMERSFOORT, 150],
  [SOEST, 50],
  [EEMNES, 10],
  [HILVERSUM, 90],
  [HUIZEN, 40],
  [WEESP, 20],
  [UTRECHT, 300],
  [NIJKERK, 40],
  [EDE, 100],
]);

/** Youth: Eemnes with Eemland, Nijkerk with Food Valley, Utrecht on its own. */
export const youth = layer('youth', [
  [AMERSFOORT, 'j-eemland', 'Eemland'],
  [SOEST, 'j-eemland', 'Eemland'],
  [EEMNES, 'j-eemland', 'Eemland'],
  [HILVERSUM, 'j-gv', 'Gooi- en Vechtstreek'],
  [HUIZEN, 'j-gv', 'Gooi- en Vechtstreek'],
  [WEESP, 'j-gv', 'Gooi- en Vechtstreek'],
  [UTRECHT, 'j-utrecht', 'Utrecht'],
  [NIJKERK, 'j-food-valley', 'Food Valley'],
  [EDE, 'j-food-valley', 'Food Valley'],
]);

/**
 * Wmo: Eemnes primary in Gooi- en Vechtstreek and also (non-primary) in Eem en Vallei; Nijkerk in Eem
 * en Vallei; Utrecht on its own under another id and name.
 */
export const wmo = [
  ...layer('wmo', [
    [AMERSFOORT, 'w-eem-en-vallei', 'Eem en Vallei'],
    [SOEST, 'w-eem-en-vallei', 'Eem en Vallei'],
    [NIJKERK, 'w-eem-en-vallei', 'Eem en Vallei'],
    [HILVERSUM, 'w-gv', 'Gooi- en Vechtstreek'],
    [HUIZEN, 'w-gv', 'Gooi- en Vechtstreek'],
    [WEESP, 'w-gv', 'Gooi- en Vechtstreek'],
    [EEMNES, 'w-gv', 'Gooi- en Vechtstreek'],
    [UTRECHT, 'w-utrecht-stad', 'Utrecht Stad'],
    [EDE, 'w-food-valley', 'Food Valley'],
  ]),
  row('wmo', EEMNES, 'w-eem-en-vallei', 'Eem en Vallei', { primary: false }),
];

/** GGD: Eemland and Utrecht together in Midden-Nederland. */
export const ggd = layer('ggd', [
  [AMERSFOORT, 'g-mn', 'Midden-Nederland'],
  [SOEST, 'g-mn', 'Midden-Nederland'],
  [EEMNES, 'g-mn', 'Midden-Nederland'],
  [UTRECHT, 'g-mn', 'Midden-Nederland'],
  [HILVERSUM, 'g-gooi', 'Gooi en Vechtstreek'],
  [HUIZEN, 'g-gooi', 'Gooi en Vechtstreek'],
  [WEESP, 'g-gooi', 'Gooi en Vechtstreek'],
  [NIJKERK, 'g-gm', 'Gelderland-Midden'],
  [EDE, 'g-gm', 'Gelderland-Midden'],
]);

/** Municipal adjacency from undirected edges (every listed code gets an entry). */
export function adjacencyOf(edges: [GmCode, GmCode][], codes: GmCode[] = []): Map<GmCode, Set<GmCode>> {
  const adjacency = new Map<GmCode, Set<GmCode>>(codes.map((c) => [c, new Set<GmCode>()]));
  for (const [a, b] of edges) {
    if (!adjacency.has(a)) adjacency.set(a, new Set());
    if (!adjacency.has(b)) adjacency.set(b, new Set());
    adjacency.get(a)!.add(b);
    adjacency.get(b)!.add(a);
  }
  return adjacency;
}

/**
 * A 3 x 3 grid of municipalities GM0011 ... GM0033 (row, column), each bordering the municipalities
 * left, right, above and below it.
 */
export const grid = (r: number, c: number) => `GM00${r}${c}` as GmCode;
export const gridCodes: GmCode[] = [1, 2, 3].flatMap((r) => [1, 2, 3].map((c) => grid(r, c)));
export const gridAdjacency = adjacencyOf(
  [1, 2, 3].flatMap((r) =>
    [1, 2, 3].flatMap((c) => {
      const edges: [GmCode, GmCode][] = [];
      if (c < 3) edges.push([grid(r, c), grid(r, c + 1)]);
      if (r < 3) edges.push([grid(r, c), grid(r + 1, c)]);
      return edges;
    }),
  ),
);
