/**
 * The seeds' own inconsistencies, as ../shared/data/seeds/contradictions.csv states them: per round
 * and region (or document-wide), in Dutch and English, with their likely cause and the seed files
 * that show them. Written to data/seed_contradictions.csv.
 */
import type { Row } from './io.ts';
import { FILE_NAME } from './translate.ts';

/** The kinds and causes contradictions.csv may use (its README). */
export const CONTRADICTION_KINDS = ['population', 'membership', 'count', 'naming', 'table'] as const;
export const LIKELY_CAUSES = ['reference_date', 'membership_doubt', 'seed_error', 'definition_difference', 'rounding', 'undecidable'] as const;

/** Words for the files of ../shared an explanation names (file_words.json next to this file), per language. */
export type FileWords = Readonly<Record<string, { nl: string; en: string }>>;

/**
 * An explanation as the reader sees it: the files it names are said in words (a user of the app
 * cannot open them); a file without words stops the import.
 */
function forReader(text: string, lang: 'nl' | 'en', words: FileWords, where: string): string {
  const said = Object.entries(words).reduce((t, [file, w]) => t.split(file).join(w[lang]), text);
  const left = FILE_NAME.exec(said);
  if (left) throw new Error(`${where}: the explanation names ${left[1]}; add words for it to scripts/import/file_words.json`);
  return said;
}

/** The rows of data/seed_contradictions.csv; a region id must be a reported region of its round. */
export function contradictionRows(rows: readonly Row[], reportedRegions: ReadonlySet<string>, words: FileWords = {}): Row[] {
  return rows.map((r, index) => {
    const where = `contradictions.csv row ${index + 2}`;
    if (!(CONTRADICTION_KINDS as readonly string[]).includes(r.kind)) throw new Error(`${where}: unknown kind "${r.kind}"`);
    if (!(LIKELY_CAUSES as readonly string[]).includes(r.likely_cause)) throw new Error(`${where}: unknown likely_cause "${r.likely_cause}"`);
    if (!r.explanation_nl || !r.explanation_en) throw new Error(`${where}: needs an explanation in Dutch and English`);
    if (r.region_id && !reportedRegions.has(`${r.round_id} ${r.region_id}`)) throw new Error(`${where}: ${r.round_id} ${r.region_id} is not a reported region`);
    return {
      layer_id: r.round_id,
      region_id: r.region_id,
      kind: r.kind,
      printed: r.printed,
      explanation_nl: forReader(r.explanation_nl, 'nl', words, where),
      explanation_en: forReader(r.explanation_en, 'en', words, where),
      likely_cause: r.likely_cause,
      evidence: r.evidence,
      source_documents: r.seed_files,
    };
  });
}
