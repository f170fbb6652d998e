/**
 * Finding a municipality or region as people type (pure): by CBS name or code, by the names people
 * use instead (data/search_aliases.csv: "Den Bosch", "Den Haag", Frisian and Dutch names, short
 * forms), ignoring accents, case and punctuation, and tolerating a small typo ("amsterdm").
 */
import type { GmCode } from '../../domain/types.ts';

/** A searchable municipality. */
export interface SearchEntry {
  code: GmCode;
  name: string;
}

/** Another name of a municipality (a row of data/search_aliases.csv). */
export interface AliasEntry {
  alias: string;
  code: GmCode;
}

/** A searchable region of the layer on the map, opened through its largest member. */
export interface RegionEntry {
  regionId: string;
  name: string;
  /** The member to select and zoom to (most inhabitants). */
  focus: GmCode;
  members: number;
}

/** What can be searched. */
export interface SearchIndex {
  municipalities: readonly SearchEntry[];
  aliases?: readonly AliasEntry[];
  regions?: readonly RegionEntry[];
}

/** A search result: a municipality (perhaps found through another name of it) or a region. */
export type SearchHit =
  | { kind: 'municipality'; code: GmCode; name: string; /** The alias typed, when found through one. */ via: string | null }
  | { kind: 'region'; regionId: string; name: string; focus: GmCode; members: number };

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
 * The optimal string alignment distance (Levenshtein plus swapping two neighbours), or `max + 1`
 * as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** Typos allowed for a query of this length: none below 5 letters, one up to 8, two from 9. */
export function allowedTypos(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

const FUZZY = 10;

/**
 * How well a name matches a normalised query, lower is better, -1 for no match: 1 equal, 2 starts
 * with it, 3 a word starts with it, 4 contains it (also with the spaces left out, "zuidoost" for
 * "Zuid-Oost"), then 10 + the number of typos against the whole name, a word or its beginning.
 */
function nameScore(name: string, q: string): number {
  const n = normaliseName(name);
  const compactName = n.replace(/ /g, '');
  const compactQuery = q.replace(/ /g, '');
  if (n === q || compactName === compactQuery) return 1;
  if (n.startsWith(q) || compactName.startsWith(compactQuery)) return 2;
  if (n.split(' ').some((word) => word.startsWith(q))) return 3;
  if (n.includes(q) || compactName.includes(compactQuery)) return 4;
  const max = allowedTypos(compactQuery.length);
  if (max === 0) return -1;
  const candidates = [n, compactName, ...n.split(' ')];
  for (let extra = -max; extra <= max; extra++) candidates.push(compactName.slice(0, compactQuery.length + extra));
  let best = max + 1;
  for (const c of candidates) best = Math.min(best, editDistance(compactQuery, c.replace(/ /g, ''), max));
  return best <= max ? FUZZY + best : -1;
}

/**
 * Municipalities and regions matching a query, best first, at most `limit`: an exact CBS code, then
 * names and other names that equal, start with, have a word starting with or contain the query,
 * then code prefixes, then names within a small typo. A municipality comes before a region at the
 * same score, and once only (its best match).
 */
export function searchPlaces(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = normaliseName(query);
  if (q === '') return [];
  const codeQuery = q.replace(/\s/g, '').toUpperCase();
  const names = new Map(index.municipalities.map((m) => [m.code, m.name]));
  const best = new Map<GmCode, { score: number; via: string | null }>();
  const offer = (code: GmCode, score: number, via: string | null) => {
    const current = best.get(code);
    if (score >= 0 && (!current || score < current.score)) best.set(code, { score, via });
  };
  for (const m of index.municipalities) {
    if (m.code === codeQuery || (/^\d{1,4}$/.test(codeQuery) && m.code === `GM${codeQuery.padStart(4, '0')}`)) offer(m.code, 0, null);
    else if (codeQuery.startsWith('GM') && codeQuery.length > 2 && m.code.startsWith(codeQuery)) offer(m.code, 5, null);
    offer(m.code, nameScore(m.name, q), null);
  }
  for (const a of index.aliases ?? []) if (names.has(a.code)) offer(a.code, nameScore(a.alias, q), a.alias);

  const scored: { hit: SearchHit; score: number; order: number }[] = [];
  for (const [code, { score, via }] of best) scored.push({ hit: { kind: 'municipality', code, name: names.get(code)!, via }, score, order: 0 });
  for (const r of index.regions ?? []) {
    const score = nameScore(r.name, q);
    if (score >= 0) scored.push({ hit: { kind: 'region', regionId: r.regionId, name: r.name, focus: r.focus, members: r.members }, score, order: 1 });
  }
  scored.sort((a, b) => a.score - b.score || a.order - b.order || a.hit.name.localeCompare(b.hit.name, 'nl'));
  return scored.slice(0, limit).map((s) => s.hit);
}

/** Municipalities only, by CBS name or code (no other names, no regions). */
export function searchMunicipalities(entries: readonly SearchEntry[], query: string, limit = 10): SearchEntry[] {
  return searchPlaces({ municipalities: entries }, query, limit).flatMap((h) => (h.kind === 'municipality' ? [{ code: h.code, name: h.name }] : []));
}

/** The regions of a layer as search entries, each opened through its most populous member. */
export function regionEntries(
  regions: Iterable<{ id: string; name: string; members: readonly GmCode[] }>,
  population: ReadonlyMap<GmCode, number>,
): RegionEntry[] {
  const out: RegionEntry[] = [];
  for (const r of regions) {
    if (!r.members.length) continue;
    const focus = r.members.reduce((a, b) => ((population.get(b) ?? 0) > (population.get(a) ?? 0) ? b : a));
    out.push({ regionId: r.id, name: r.name, focus, members: r.members.length });
  }
  return out;
}
