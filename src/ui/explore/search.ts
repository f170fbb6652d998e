/** Finding a municipality by name or CBS code, ignoring accents, case and punctuation (pure). */
import type { GmCode } from '../../domain/types.ts';

/** A searchable municipality. */
export interface SearchEntry {
  code: GmCode;
  name: string;
}

/** Lower case without accents, with hyphens, apostrophes and repeated spaces reduced to one space. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’`.,()/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Municipalities matching a query, best first: an exact code, then names starting with the query, then
 * names with a word starting with it, then names containing it; at most `limit`.
 */
export function searchMunicipalities(entries: readonly SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const q = normaliseName(query);
  if (q === '') return [];
  const codeQuery = q.replace(/\s/g, '').toUpperCase();
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of entries) {
    const name = normaliseName(entry.name);
    let score = -1;
    if (entry.code === codeQuery || (/^\d{1,4}$/.test(codeQuery) && entry.code === `GM${codeQuery.padStart(4, '0')}`)) score = 0;
    else if (name === q) score = 1;
    else if (name.startsWith(q)) score = 2;
    else if (name.split(' ').some((word) => word.startsWith(q))) score = 3;
    else if (name.includes(q)) score = 4;
    else if (codeQuery.startsWith('GM') && codeQuery.length > 2 && entry.code.startsWith(codeQuery)) score = 5;
    if (score >= 0) scored.push({ entry, score });
  }
  scored.sort((a, b) => a.score - b.score || a.entry.name.localeCompare(b.entry.name, 'nl'));
  return scored.slice(0, limit).map((s) => s.entry);
}
