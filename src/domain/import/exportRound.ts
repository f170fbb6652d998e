/**
 * An imported round as a file again: CSV in the columns the import reads back (so an exported
 * round re-imports to the same round), semicolon-separated with BOM for Dutch Excel. Cells that
 * start with = + - @ are prefixed with ' so that a spreadsheet never runs them as formulas.
 */
import { toCsv } from '../export/csvText.ts';
import type { GmCode } from '../types.ts';
import type { ImportedRound } from './round.ts';

/** Neutralises a cell that a spreadsheet would read as a formula. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The CSV text of an imported round. */
export function roundToCsv(round: ImportedRound, nameOf: ReadonlyMap<GmCode, string>): string {
  const header = ['gm_code', 'gemeente', 'region_id', 'regio', 'subregio', 'primary', 'confidence', 'source_document', 'source_section'];
  const rows = round.memberships.map((m) => ({
    gm_code: m.code,
    gemeente: nameOf.get(m.code) ?? '',
    region_id: m.regionId,
    regio: m.regionName,
    subregio: m.subregionName ?? '',
    primary: m.primary ? 'yes' : 'no',
    confidence: m.confidence,
    source_document: m.source.document,
    source_section: m.source.section ?? '',
  }));
  const safe = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, neutraliseCell(v)])));
  return '\ufeff' + toCsv(header, safe, ';');
}
