/**
 * The seeds' tables (../shared/data/seeds/tables/) with provenance on every row, and
 * data/tables/sources.json: each table's titles, layers and source. The per-table citation rules are
 * the only knowledge kept here; the rows are the seeds' own.
 */
import { toCsv } from '../../src/data/csv.ts';
import { TABLE_COLUMNS, TABLE_PROVENANCE_COLUMNS, type SeedTableFile } from '../../src/data/format.ts';
import type { Row } from './io.ts';

/** How a seed table is cited and how sure its rows are. */
export interface TableSpec {
  title: { nl: string; en: string };
  layerIds: string[];
  document: string | ((row: Record<string, string>) => string);
  section: string | ((row: Record<string, string>) => string);
  /** `text` unless the seeds README says the reading is an assumption. */
  confidence: (row: Record<string, string>) => 'text' | 'derived';
  notes: string;
}
/** The documents the tables cite. */
const D000 = '000_a8adfdf92dd4663a.txt';
const D003 = '003_faf11c9944619372.txt';
/** Every seed table the app reads, with its citation; `documentOf` gives a round's document (rounds.json). */
export const tableSpecs = (documentOf: (roundId: string) => string): Record<SeedTableFile, TableSpec> => ({
  'jeugd_2013_10_taak_schaal.csv': {
    title: { nl: 'Welke taak op welke schaal? (vierde inventarisatie jeugd)', en: 'Which task at which scale? (4th youth inventory)' },
    layerIds: ['jeugd_2013_10'],
    document: D000,
    section: 'Welke Taak op welke Schaal?',
    confidence: () => 'derived',
    notes: 'The PDF table was flattened on extraction; columns were assigned so that every task adds up to 42 regions (seeds README).',
  },
  'jeugd_2013_10_taak_schaal_long.csv': {
    title: { nl: 'Welke taak op welke schaal? (lange vorm)', en: 'Which task at which scale? (long form)' },
    layerIds: ['jeugd_2013_10'],
    document: D000,
    section: 'Welke Taak op welke Schaal?',
    confidence: () => 'derived',
    notes: 'Same table in long form; kind main = plain count, mixed = regions with a mixed answer. Every task adds up to 42.',
  },
  'jeugd_2013_intentie_vastgelegd.csv': {
    title: { nl: 'Intentie versus vastgelegde afspraken (aantallen regio’s), mei en oktober 2013', en: 'Intentions versus agreements (number of regions), May and October 2013' },
    layerIds: ['jeugd_2013_05', 'jeugd_2013_10'],
    document: D000,
    section: "Intentie versus vastgelegde afspraken (aantallen regio's)",
    confidence: () => 'text',
    notes: 'Printed as is; several October rows do not add up to 42 (seeds README, known contradictions).',
  },
  'jeugd_2013_10_bovenregionaal.csv': {
    title: { nl: 'Bovenregionale samenwerking', en: 'Inter-regional groupings of youth regions' },
    layerIds: ['jeugd_2013_10'],
    document: D000,
    section: 'Bovenregionale samenwerking vindt plaats in:',
    confidence: (r) => (r.notes ? 'derived' : 'text'),
    notes: 'One row per group and member youth region; rows with a note are a reading of the group name (derived).',
  },
  'cjg_2011_tabel5_uitvoeringsorganisaties.csv': {
    title: { nl: 'Tabel 5: aantal regio’s of locaties per uitvoeringsorganisatie', en: 'Table 5: regions or locations per implementing organisation' },
    layerIds: ['cjg_2011'],
    document: D003,
    section: "Tabel 5: aantal regio's of locaties per uitvoeringsorganisatie",
    confidence: () => 'text',
    notes: 'Where the annex cards give other numbers, the notes column says so.',
  },
  'cjg_2011_samenwerkingsverbanden.csv': {
    title: { nl: 'De 32 regionale samenwerkingsverbanden rond jeugd en gezin', en: 'The 32 kinds of regional cooperation around youth and family' },
    layerIds: ['cjg_2011'],
    document: D003,
    section: 'Bijlage – Regionale samenwerkingsverbanden in kaart gebracht; Schema 4',
    confidence: (r) => (r.map_variant ? 'derived' : 'text'),
    notes: 'The REC and JGZ cards are split into three rows each (map_variant), an assumption that gives the 32 maps the report mentions.',
  },
  'cjg_2011_zorgzwaarte.csv': {
    title: { nl: 'Driehoek van de zorgzwaarte', en: 'Triangle of care intensity' },
    layerIds: ['cjg_2011'],
    document: D003,
    section: '2.6 De complexiteit van de vraag in relatie tot de noodzaak tot samenwerking (driehoek van de zorgzwaarte)',
    confidence: () => 'derived',
    notes: 'Labels and percentages were paired in the order of the extracted figure.',
  },
  'key_figures.csv': {
    title: { nl: 'Kerncijfers uit de bronnen', en: 'Key figures printed in the sources' },
    layerIds: ['jeugd_2013_05', 'jeugd_2013_10', 'wmo_2013_05', 'cjg_2011'],
    document: (r) => r.document,
    section: () => 'lopende tekst',
    confidence: () => 'text',
    notes: 'value_text is exactly as printed; value_kind says whether the value is exact, approximate or a bound.',
  },
  'region_remarks.csv': {
    title: { nl: 'Opmerkingen per regio', en: 'Remarks per region' },
    layerIds: ['jeugd_2013_05', 'jeugd_2013_10', 'wmo_2013_05'],
    document: (r) => documentOf(r.round_id),
    section: (r) => `toelichting bij regio (${r.topic})`,
    confidence: () => 'text',
    notes: 'Short Dutch labels written for tooltips, each paraphrasing a statement of the seed about that region.',
  },
});

/** A table's rows with provenance, and its record in sources.json. */
export function seedTable(file: SeedTableFile, spec: TableSpec, rows: readonly Row[]) {
  const withSource = rows.map((r) => ({
    ...r,
    source_document: typeof spec.document === 'string' ? spec.document : spec.document(r),
    source_section: typeof spec.section === 'string' ? spec.section : spec.section(r),
    confidence: spec.confidence(r),
  }));
  for (const r of withSource) if (!r.source_document) throw new Error(`tables/${file}: a row without a source document`);
  return {
    csv: toCsv([...TABLE_COLUMNS[file], ...TABLE_PROVENANCE_COLUMNS], withSource),
    source: {
      file,
      title: spec.title,
      layerIds: spec.layerIds,
      source: {
        document: typeof spec.document === 'string' ? spec.document : [...new Set(withSource.map((r) => r.source_document))].join(';'),
        section: typeof spec.section === 'string' ? spec.section : undefined,
      },
      rows: withSource.length,
      notes: spec.notes,
    },
  };
}
