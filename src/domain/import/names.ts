/**
 * Matching municipality names of an imported file to CBS codes of a geometry year: case, accents
 * and punctuation ignored, the names people write known from the one alias table the search uses
 * too (data/search_aliases.csv: Den Bosch, Den Haag, Nuenen, Ljouwert...), Bergen (NH.) / Bergen (L.)
 * by province. A name that matches no or more than one municipality gets suggestions.
 */
import type { GmCode, Municipality } from '../types.ts';

/** A name reduced to what matching compares: lower case, no accents, punctuation as spaces. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^s (gravenhage|hertogenbosch)/, 's$1');
}

/** Province words a file may give in a province column, normalised. */
const PROVINCE_HINTS: Record<string, string> = { 'noord holland': 'nh', nh: 'nh', limburg: 'l', l: 'l', lb: 'l' };

/** The match of one name. */
export type NameMatch =
  | { kind: 'matched'; code: GmCode; via: 'exact' | 'variant' }
  | { kind: 'ambiguous'; candidates: GmCode[] }
  | { kind: 'unknown'; suggestions: GmCode[] };

/** An index of the municipalities of one geometry year by normalised name. */
export interface NameIndex {
  byKey: Map<string, GmCode[]>;
  municipalities: readonly Municipality[];
  normalised: Map<GmCode, string>;
}

const withoutParentheses = (n: string) => n.replace(/\s*\([^)]*\)\s*/g, ' ').trim();

/** Another name people write for a municipality (a row of data/search_aliases.csv). */
export interface NameAlias {
  alias: string;
  code: GmCode;
}

/** Builds the index once per geometry year; an alias whose code is not in that year is left out. */
export function nameIndex(municipalities: readonly Municipality[], aliases: readonly NameAlias[] = []): NameIndex {
  const byKey = new Map<string, GmCode[]>();
  const normalised = new Map<GmCode, string>();
  const add = (key: string, code: GmCode) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(code)) list.push(code);
    byKey.set(key, list);
  };
  for (const m of municipalities) {
    const full = normaliseName(m.name);
    normalised.set(m.code, full);
    add(full, m.code);
    // "Bergen (NH.)" is also found as "bergen" (then ambiguous with Bergen (L.)).
    const bare = normaliseName(withoutParentheses(m.name));
    if (bare !== full) add(`~${bare}`, m.code);
  }
  for (const a of aliases) if (normalised.has(a.code)) add(`=${normaliseName(a.alias)}`, a.code);
  return { byKey, municipalities, normalised };
}

/** Edit distance, for suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The three municipalities whose names are closest to a name. */
export function suggestionsFor(name: string, index: NameIndex): GmCode[] {
  const key = normaliseName(name);
  return [...index.normalised]
    .map(([code, n]) => [code, n.startsWith(key) || key.startsWith(n) ? 0.5 : distance(key, n)] as const)
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([code]) => code);
}

/** Matches one name, using a province when the file gives one (Bergen); `suggest` false skips the (slower) suggestions. */
export function matchName(name: string, index: NameIndex, province = '', suggest = true): NameMatch {
  let key = normaliseName(name);
  if (key === '') return { kind: 'unknown', suggestions: [] };
  const hint = PROVINCE_HINTS[normaliseName(province)];
  if (key === 'bergen' && hint) key = `bergen ${hint}`;
  const exact = index.byKey.get(key);
  if (exact?.length === 1) return { kind: 'matched', code: exact[0], via: 'exact' };
  const viaAlias = index.byKey.get(`=${key}`);
  if (viaAlias?.length === 1) return { kind: 'matched', code: viaAlias[0], via: 'variant' };
  const bare = index.byKey.get(`~${key}`) ?? [];
  if (bare.length === 1) return { kind: 'matched', code: bare[0], via: 'variant' };
  const candidates = [...new Set([...(exact ?? []), ...bare])];
  if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  return { kind: 'unknown', suggestions: suggest ? suggestionsFor(name, index) : [] };
}
