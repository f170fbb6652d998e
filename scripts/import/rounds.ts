/**
 * Inventory rounds (../shared/data/seeds/rounds.json) as layers, and their membership rows: the Wmo
 * lists of 002 and the derived youth memberships, each row citing the document that holds its
 * evidence (`evidence_documents`), with its evidence and notes in Dutch and English.
 */
import type { Layer } from '../../src/domain/types.ts';
import type { Row } from './io.ts';
import type { Translator } from './translate.ts';

/** A round record of rounds.json (the fields the import reads). */
export interface SeedRound {
  id: string;
  domain: string;
  label: string;
  reference_date: string;
  document: string | null;
  number_of_regions: number | null;
  geometry_year: number;
  notes: string;
  /** The seed files that hold the round's data (its membership table among them). */
  files?: string[];
}

/**
 * English label and section of a round, and for a round without a document of its own the
 * documents that mention it (rounds.csv next to this file).
 */
export interface RoundText {
  label_en: string;
  section: string;
  mentioned_in: string;
}

/**
 * The layer of a round, from its membership rows: its members are known when the seeds give rows
 * for it, and it allows overlap when a municipality has a second (non-primary) row, as in the Wmo
 * round, where Eemnes is in Gooi en Vechtstreek and Eemland.
 */
export function roundLayer(round: SeedRound, text: RoundText | undefined, rows: readonly MembershipRow[], translate: Translator): Layer {
  if (!text) throw new Error(`rounds: no English label for ${round.id} in scripts/import/rounds.csv`);
  const document = round.document ?? text.mentioned_in;
  if (!document) throw new Error(`rounds: ${round.id} has no document, and rounds.csv names none that mentions it`);
  const hasMembers = rows.length > 0;
  return {
    id: round.id,
    kind: 'inventory',
    domain: round.domain,
    label: { nl: round.label, en: text.label_en },
    referenceDate: round.reference_date,
    geometryYear: round.geometry_year,
    source: { document, section: text.section || undefined },
    membershipStatus: hasMembers ? 'complete' : 'unknown',
    membershipFile: hasMembers ? `memberships/${round.id}.csv` : null,
    expectedRegions: round.number_of_regions ?? null,
    allowsOverlap: rows.some((r) => r.primary === 'no'),
    notes: translate(round.notes, `rounds.json ${round.id}`),
  };
}

/** A membership row as written to data/memberships/<id>.csv. */
export type MembershipRow = Record<string, string>;

/** The note and evidence columns: Dutch and English of each. */
const texts = (note: { nl: string; en: string }, evidence: { nl: string; en: string }) => ({
  note: note.nl,
  note_en: note.en,
  evidence_nl: evidence.nl,
  evidence_en: evidence.en,
});

/**
 * Youth rows: the source is the document holding the evidence (mostly the Wmo inventory 002), not
 * the round's own; the alternative region of a doubt is kept in its own column.
 */
export function youthMembershipRows(rows: readonly Row[], translate: Translator): MembershipRow[] {
  return rows.map((r) => {
    const where = `jeugd_2013_membership.csv ${r.round_id} ${r.gm_code}`;
    if (!r.evidence_documents) throw new Error(`${where}: no evidence_documents`);
    return {
      gm_code: r.gm_code,
      region_id: r.region_id,
      region_name: r.region_name,
      subregion_id: '',
      subregion_name: '',
      primary: 'yes',
      source_document: r.evidence_documents,
      source_section: '',
      confidence: r.confidence,
      ...texts(translate(r.notes, where), translate(r.evidence, where)),
      alternative_region: r.alternative_region,
    };
  });
}

/** The seeds' membership tables, in two formats: a round's rows come from the one its `files` name. */
export interface MembershipTables {
  'jeugd_2013_membership.csv': readonly Row[];
  'wmo_2013_membership.csv': readonly Row[];
}

/**
 * A round's membership rows, from the membership table its rounds.json `files` names (none: the
 * members are unknown). The Wmo table's region names come from the round's top-level rows of
 * regions_reported.csv (`reported`).
 */
export function roundMembershipRows(round: SeedRound, tables: MembershipTables, reported: readonly Row[], translate: Translator): MembershipRow[] {
  const files = round.files ?? [];
  if (files.includes('jeugd_2013_membership.csv')) return youthMembershipRows(tables['jeugd_2013_membership.csv'].filter((r) => r.round_id === round.id), translate);
  if (files.includes('wmo_2013_membership.csv')) {
    const regionName = new Map(reported.filter((r) => r.round_id === round.id && r.level === '0').map((r) => [r.region_id, r.canonical_name]));
    return wmoMembershipRows(tables['wmo_2013_membership.csv'], regionName, round.document ?? '', translate);
  }
  return [];
}

/** Wmo rows of 002, with the clean region name (the table's own words are often relative: 'Alle gemeenten', 'West'). */
export function wmoMembershipRows(rows: readonly Row[], regionName: ReadonlyMap<string, string>, document: string, translate: Translator): MembershipRow[] {
  return rows.map((r) => {
    const where = `wmo_2013_membership.csv ${r.gm_code} ${r.region_id}`;
    return {
      gm_code: r.gm_code,
      region_id: r.region_id,
      region_name: regionName.get(r.region_id) ?? r.region_name,
      subregion_id: r.subregion_id,
      subregion_name: r.subregion_name,
      primary: r.primary === 'yes' ? 'yes' : 'no',
      source_document: document,
      source_section: '',
      confidence: 'text',
      ...texts(translate(r.notes, where), translate(r.source, where)),
      alternative_region: '',
      cluster_id: r.nested_subregion_id,
      cluster_name: r.nested_subregion,
    };
  });
}
