/**
 * The regions and populations the seeds print (../shared/data/seeds/regions_reported.csv), with the
 * round's document and table as their source, and the check that every reported region joins a
 * region, subregion or cluster of its round's members (or says why it has none).
 */
import type { Row } from './io.ts';

const LEVEL_NAMES = ['region', 'subregion', 'cluster'];

/** Rows of data/regions_reported.csv from the seed table; `documentOf` gives a round's document. */
export function reportedRows(rows: readonly Row[], documentOf: (roundId: string) => string, sectionOf: (roundId: string) => string): Row[] {
  return rows.map((r) => {
    const level = LEVEL_NAMES[Number(r.level)];
    const source_document = documentOf(r.round_id);
    const source_section = sectionOf(r.round_id);
    if (!level || !source_document || !source_section) throw new Error(`regions_reported: no level or source for ${r.round_id} ${r.region_id}`);
    return {
      layer_id: r.round_id,
      region_id: r.region_id,
      region_name: r.region_name,
      level,
      parent_region_id: r.parent_region_id,
      reported_population: r.reported_population,
      population_text: r.population_text,
      population_reference_date: r.population_reference_date,
      source_document,
      source_section,
      note: r.notes,
      canonical_name: r.canonical_name,
      province: r.province,
      confidence: 'text',
    };
  });
}

/** The ids every membership row of a round can join on: region, subregion and cluster ids. */
export function joinableIds(rows: readonly Row[]): Set<string> {
  return new Set(rows.flatMap((r) => [r.region_id, r.subregion_id, r.cluster_id]).filter(Boolean));
}

/** The reported regions that join no membership; each must say in its note why it has no member list. */
export function unjoinedRegions(reported: readonly Row[], joinable: ReadonlyMap<string, ReadonlySet<string>>): Row[] {
  const unjoined = reported.filter((r) => !joinable.get(r.layer_id)?.has(r.region_id));
  for (const r of unjoined) {
    if (!/no member list/.test(r.note)) throw new Error(`regions_reported: ${r.layer_id} ${r.region_id} joins no membership and has no note saying why`);
  }
  return unjoined;
}
