/**
 * The wide export "alle indelingen per gemeente": one row per municipality of a geometry year, for
 * every division or round with known members its region code and name (additional memberships after
 * the primary one, `; `-separated). Pure: the UI words the headers and cites the sources.
 */
import type { GmCode, Layer, Membership, Municipality, Source } from '../types.ts';
import type { CsvColumn } from './tableCsv.ts';

/** A layer with its memberships. */
export interface LayerMemberships {
  layer: Layer;
  memberships: readonly Membership[];
}

/** A municipality with its region codes and names per layer id. */
export interface AllDivisionsRow {
  code: GmCode;
  name: string;
  regions: ReadonlyMap<string, { codes: string; names: string }>;
}

/** The layers the export has columns for: those of the year with known members, in the given order. */
export function exportedLayers(year: number, layers: readonly LayerMemberships[]): LayerMemberships[] {
  return layers.filter((l) => l.layer.geometryYear === year && l.layer.membershipStatus === 'complete' && l.memberships.length > 0);
}

/** One row per municipality of the year, by name. */
export function allDivisionsRows(municipalities: readonly Municipality[], layers: readonly LayerMemberships[]): AllDivisionsRow[] {
  const byLayer = layers.map(({ layer, memberships }) => {
    const of = new Map<GmCode, Membership[]>();
    for (const m of memberships) of.set(m.code, [...(of.get(m.code) ?? []), m]);
    for (const rows of of.values()) rows.sort((a, b) => Number(b.primary) - Number(a.primary));
    return { id: layer.id, of };
  });
  return [...municipalities]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((m) => ({
      code: m.code,
      name: m.name,
      regions: new Map(
        byLayer.map(({ id, of }) => {
          const rows = of.get(m.code) ?? [];
          return [id, { codes: rows.map((r) => r.regionId).join('; '), names: rows.map((r) => r.regionName).join('; ') }] as const;
        }),
      ),
    }));
}

/** The columns: code, name, then per layer its region code and name; `header` words a layer's two headers. */
export function allDivisionsColumns(
  layers: readonly LayerMemberships[],
  header: { code: string; name: string; layer: (layer: Layer, part: 'code' | 'name') => string },
): CsvColumn<AllDivisionsRow>[] {
  return [
    { header: header.code, value: (r) => r.code },
    { header: header.name, value: (r) => r.name },
    ...layers.flatMap(({ layer }): CsvColumn<AllDivisionsRow>[] => [
      { header: header.layer(layer, 'code'), value: (r) => r.regions.get(layer.id)?.codes ?? '' },
      { header: header.layer(layer, 'name'), value: (r) => r.regions.get(layer.id)?.names ?? '' },
    ]),
  ];
}

/** The distinct sources of the exported layers (for the header block). */
export function exportedSources(layers: readonly LayerMemberships[]): Source[] {
  const seen = new Map<string, Source>();
  for (const { layer } of layers) seen.set(layer.source.document, { document: layer.source.document });
  return [...seen.values()];
}
