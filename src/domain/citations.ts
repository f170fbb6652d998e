/**
 * Sources cited as people cite them: publisher, title, date and parliamentary reference from
 * data/documents.json (the seeds' documents.csv and the CBS tables), never a file name. The file and
 * section stay available as the technical reference. Pure.
 */
import type { Lang, Source } from './types.ts';

/** A citable document (data/documents.json). */
export interface CitedDocument {
  /** The id a `Source.document` names: a seed file name or a CBS table id (`cbs-divisions`). */
  id: string;
  kind: 'seed' | 'cbs';
  publisher: string;
  title: string;
  subtitle: string;
  /** ISO 8601 date, month, year or interval `start/end`. */
  date: string;
  parliamentaryReference: string;
  citation: { nl: string; en: string };
  /** The file in ../shared: the technical reference. */
  file: string;
}

/** A source resolved for display: the citations, and the technical reference for a detail. */
export interface ResolvedSource {
  citations: string[];
  /** File names (or ids of documents not in the list) and the section, for the "technische bron" detail. */
  technical: string;
}

/** The document ids a source names (`;`-separated), in order. */
export function documentIdsOf(source: Pick<Source, 'document'>): string[] {
  return source.document.split(';').map((s) => s.trim()).filter(Boolean);
}

/** Looks up documents by id. */
export type DocumentIndex = ReadonlyMap<string, CitedDocument>;

/** Indexes documents by id. */
export function documentIndex(documents: readonly CitedDocument[]): DocumentIndex {
  return new Map(documents.map((d) => [d.id, d]));
}

/**
 * The citations of a source in a language, and its technical reference. A document that is not in
 * the index is cited by its id (so that nothing is hidden), and `unknown` lists it.
 */
export function resolveSource(source: Source, documents: DocumentIndex, lang: Lang): ResolvedSource & { unknown: string[] } {
  const ids = documentIdsOf(source);
  const unknown = ids.filter((id) => !documents.has(id));
  const citations = [...new Set(ids.map((id) => documents.get(id)?.citation[lang] ?? id))];
  const files = ids.map((id) => documents.get(id)?.file ?? id);
  return { citations, technical: [files.join('; '), source.section].filter(Boolean).join(', '), unknown };
}

/** A source as one line of citations, ` · `-separated (for chart source lines and table columns). */
export function citationLine(source: Source, documents: DocumentIndex, lang: Lang): string {
  return resolveSource(source, documents, lang).citations.join(' · ');
}

/** Every distinct citation of several sources, in first-seen order. */
export function citationsOf(sources: readonly Source[], documents: DocumentIndex, lang: Lang): string[] {
  return [...new Set(sources.flatMap((s) => resolveSource(s, documents, lang).citations))];
}

/**
 * A document cited short, as a footer or credit line names it: the author and year the citation
 * opens with ("VNG (2013)", "CBS/Kadaster (2011–2015)"); the whole citation when it opens otherwise.
 */
export function shortCitation(document: CitedDocument, lang: Lang): string {
  const citation = document.citation[lang];
  return CITED_AS.exec(citation)?.[0] ?? citation;
}

/** The author and years a citation opens with: "CBS (2011–2015). ..." gives CBS, 2011, 2015. */
const CITED_AS = /^(.+?) \((\d{4})(?:[–-](\d{4}))?\)/;

/**
 * The short citations of the documents `include` keeps, each author once, in the order of the list:
 * the years of an author's documents are merged into one span (CBS 2011–2015 and 2014–2015 give
 * "CBS (2011–2015)").
 */
export function shortCitations(documents: DocumentIndex, lang: Lang, include: (d: CitedDocument) => boolean): string[] {
  const spans = new Map<string, [number, number] | null>();
  for (const d of [...documents.values()].filter(include)) {
    const m = CITED_AS.exec(d.citation[lang]);
    if (!m) {
      spans.set(d.citation[lang], null);
      continue;
    }
    const [from, to] = [Number(m[2]), Number(m[3] ?? m[2])];
    const known = spans.get(m[1]);
    spans.set(m[1], known ? [Math.min(known[0], from), Math.max(known[1], to)] : [from, to]);
  }
  return [...spans].map(([author, span]) => (span ? `${author} (${span[0] === span[1] ? span[0] : `${span[0]}–${span[1]}`})` : author));
}
