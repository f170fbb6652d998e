/**
 * The documents every source in data/ cites: the five seeds as ../shared/data/seeds/documents.csv
 * cites them, and the CBS tables (cbs_documents.csv next to this file). Written to
 * data/documents.json; a source's `document` is one of these ids (or several, `;`-separated).
 */
import type { Row } from './io.ts';
import type { CitedDocument } from '../../src/domain/citations.ts';

/** A citable document: the format of data/documents.json, declared once in the domain. */
export type DocumentRecord = CitedDocument;

/** One record per seed document and CBS table; every citation must exist in both languages. */
export function documentRecords(seeds: readonly Row[], cbs: readonly Row[]): DocumentRecord[] {
  const records: DocumentRecord[] = [
    ...seeds.map((r): DocumentRecord => ({
      id: r.seed_file,
      kind: 'seed',
      publisher: r.publisher,
      title: r.title,
      subtitle: r.subtitle,
      date: r.date,
      parliamentaryReference: r.parliamentary_reference,
      citation: { nl: r.citation_nl, en: r.citation_en },
      file: `seeds/${r.seed_file}`,
    })),
    ...cbs.map((r): DocumentRecord => ({
      id: r.document_id,
      kind: 'cbs',
      publisher: r.publisher,
      title: r.title,
      subtitle: '',
      date: r.date,
      parliamentaryReference: '',
      citation: { nl: r.citation_nl, en: r.citation_en },
      file: r.file,
    })),
  ];
  const ids = new Set<string>();
  for (const d of records) {
    if (!d.id || ids.has(d.id)) throw new Error(`documents: empty or duplicate id "${d.id}"`);
    ids.add(d.id);
    if (!d.citation.nl || !d.citation.en) throw new Error(`documents: ${d.id} needs a citation in Dutch and English`);
  }
  return records;
}

/** Checks that every document id a source names (`;`-separated) is a known document. */
export function checkCited(ids: string, known: ReadonlySet<string>, where: string): void {
  for (const id of ids.split(';')) {
    if (!known.has(id)) throw new Error(`${where}: cites unknown document "${id}"`);
  }
}
