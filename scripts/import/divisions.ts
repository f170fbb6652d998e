/**
 * CBS divisions per year as layers and membership rows. The status of every division-year comes from
 * ../shared/data/cbs/division_provenance.csv: only `official` rows are official; a layer carried over
 * from another year (zorgkantoor 2012 and 2013 are the 2011 layer) or filled from the nearest year is
 * `derived`, and its layer says why.
 */
import type { Confidence, Layer, LayerStatus } from '../../src/domain/types.ts';
import type { Row } from './io.ts';
import type { MembershipRow } from './rounds.ts';
import type { Translator } from './translate.ts';

/** Domain and labels of a CBS division (divisions.csv next to this file). */
export interface DivisionInfo {
  domain: string;
  label_nl: string;
  label_en: string;
}

const STATUSES: ReadonlySet<string> = new Set<LayerStatus>(['official', 'carried_over', 'nearest_year_fill']);

/** The provenance row of a division-year, checked. */
export function provenanceOf(provenance: readonly Row[], division: string, year: string): Row & { status: LayerStatus } {
  const row = provenance.find((p) => p.division === division && p.year === year);
  if (!row) throw new Error(`division_provenance.csv: no row for ${division} ${year}`);
  if (!STATUSES.has(row.status)) throw new Error(`division_provenance.csv: unknown status "${row.status}" for ${division} ${year}`);
  return row as Row & { status: LayerStatus };
}

/** Membership confidence of a division-year's rows: official only where the provenance says so. */
export function divisionConfidence(status: LayerStatus): Confidence {
  return status === 'official' ? 'official' : 'derived';
}

/** One layer and its rows per division-year of a CBS table (`fill` for the nearest-year fill file). */
export function divisionLayers(
  rows: readonly Row[],
  fill: boolean,
  info: ReadonlyMap<string, DivisionInfo>,
  provenance: readonly Row[],
  translate: Translator,
): { layer: Layer; rows: MembershipRow[] }[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.division}_${r.year}${fill ? '_fill' : ''}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(r);
  }
  return [...groups].map(([id, group]) => {
    const { division, year } = group[0];
    const d = info.get(division);
    if (!d) throw new Error(`unknown division ${division} in ${fill ? 'divisions_nearest_year_fill' : 'divisions'}.csv: add it to scripts/import/divisions.csv`);
    const p = provenanceOf(provenance, division, year);
    if (fill !== (p.status === 'nearest_year_fill')) throw new Error(`division_provenance.csv: ${division} ${year} is ${p.status}, but comes from the ${fill ? 'fill' : 'divisions'} file`);
    const sourceYear = fill ? group[0].source_year : year;
    const document = fill ? 'cbs-divisions-fill' : 'cbs-divisions';
    const confidence = divisionConfidence(p.status);
    const layer: Layer = {
      id,
      kind: 'division',
      domain: d.domain,
      label: fill
        ? { nl: `${d.label_nl} ${year} (indeling ${sourceYear})`, en: `${d.label_en} ${year} (${sourceYear} division)` }
        : { nl: `${d.label_nl} ${year}`, en: `${d.label_en} ${year}` },
      referenceDate: `${year}-01-01`,
      geometryYear: Number(year),
      source: { document, section: `${division} ${year}` },
      membershipStatus: 'complete',
      membershipFile: `memberships/${id}.csv`,
      expectedRegions: new Set(group.map((r) => r.region_code)).size,
      allowsOverlap: false,
      provenance: { status: p.status, basis: p.basis, note: translate(p.note, `division_provenance.csv ${division} ${year}`) },
    };
    return {
      layer,
      rows: group.map((r) => ({
        gm_code: r.gm_code,
        region_id: r.region_code,
        region_name: r.region_name,
        subregion_id: '',
        subregion_name: '',
        primary: 'yes',
        source_document: document,
        source_section: `${division} ${year}`,
        confidence,
        note: '',
      })),
    };
  });
}
