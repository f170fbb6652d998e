/**
 * The browser's data access: fetches and parses the project's data files and the geometry the geo
 * build wrote, each once (promises are cached). File URLs come from Vite's import.meta.glob, so a
 * new membership file or geometry year needs no code change.
 */
import layersJson from '../../data/layers.json';
import domainsJson from '../../data/domains.json';
import documentsJson from '../../data/documents.json';
import nameCorrectionsJson from '../../data/name_corrections.json';
import { parseDocuments, parseNameCorrections, parseLayers, parseMembershipClusters, parseMemberships, parseMunicipalChanges, parsePopulation, parseRegionsReported, parseSeedContradictions, type MembershipCluster } from './parse.ts';
import type { MunicipalChange, ReportedRegion, SeedContradiction } from '../domain/provenance.ts';
import { asMunicipalityTopology, withDisplayNames, type MunicipalityTopology } from './topology.ts';
import { documentIndex, type DocumentIndex } from '../domain/citations.ts';
import type { NameCorrection } from '../domain/names.ts';
import { parseSearchAliases, type SearchAlias } from './searchAliases.ts';
import type { Layer, LocalText, Membership, PopulationRecord } from '../domain/types.ts';

/** URL of every CSV under data/ (memberships, population, provenance, seed tables), by path. */
const dataUrls = import.meta.glob('../../data/**/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const geometryUrls = import.meta.glob('../../generated/geo/gemeente_*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** A domain (jeugd, wmo, ggd, ...) with its labels. */
export interface Domain {
  id: string;
  label: LocalText;
  inSentence: LocalText;
}

/** A file the app needs that could not be loaded, with what the user can do about it. */
export class LoadError extends Error {}

/** All layers, parsed and checked once at start-up (bundled: small and needed at once). */
export const layers: Layer[] = parseLayers(layersJson);

/** Every document a source may cite, by id (bundled: small, and citations are shown at once). */
export const documents: DocumentIndex = documentIndex(parseDocuments(documentsJson));

/** Official municipality names where CBS's boundary files have an artefact. */
export const nameCorrections: readonly NameCorrection[] = parseNameCorrections(nameCorrectionsJson);

/** All domains, in display order. */
export const domains: Domain[] = (domainsJson as { domains: Domain[] }).domains;

async function fetchText(url: string, what: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new LoadError(`${what}: HTTP ${response.status} for ${url}`);
  return response.text();
}

const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) {
    const promise = load();
    // A failed load may be retried later: do not keep the rejected promise.
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return cache.get(key) as Promise<T>;
}

/** The text of a data file, fetched once (path relative to data/, e.g. `tables/key_figures.csv`). */
export function loadDataText(path: string): Promise<string> {
  return once(`data-${path}`, async () => {
    const url = dataUrls[`../../data/${path}`];
    if (!url) throw new LoadError(`data/${path} is not in the build`);
    return fetchText(url, `data/${path}`);
  });
}

/** A data file parsed once: the parsed records are cached beside its text. */
function loadParsed<T>(path: string, parse: (text: string) => T): Promise<T> {
  return once(`parsed-${path}`, () => loadDataText(path).then(parse));
}

/** The memberships of a layer; empty for a layer whose membership is unknown. */
export function loadMemberships(layer: Layer): Promise<Membership[]> {
  if (!layer.membershipFile) return Promise.resolve([]);
  return loadParsed(layer.membershipFile, (text) => parseMemberships(text, layer.id));
}

/** Other names people type for municipalities (data/search_aliases.csv). */
export function loadSearchAliases(): Promise<SearchAlias[]> {
  return loadParsed('search_aliases.csv', (text) => parseSearchAliases(text));
}

/** CBS population per municipality and year. */
export function loadPopulation(): Promise<PopulationRecord[]> {
  return loadParsed('population.csv', (text) => parsePopulation(text));
}

/** The municipality topology of a geometry year, as written by the geo build. */
export function loadTopology(year: number): Promise<MunicipalityTopology> {
  return once(`geo-${year}`, async () => {
    const url = geometryUrls[`../../generated/geo/gemeente_${year}.json`];
    if (!url) {
      throw new LoadError(`geometry for ${year} is missing: run \`npm run geo\` (it reads ../shared/geo/cbs) and restart`);
    }
    return withDisplayNames(asMunicipalityTopology(JSON.parse(await fetchText(url, `geometry ${year}`))), year, nameCorrections);
  });
}

/** data/regions_reported.csv: the regions and populations the seeds print. */
export function loadRegionsReported(): Promise<ReportedRegion[]> {
  return loadParsed('regions_reported.csv', (text) => parseRegionsReported(text));
}

/** data/municipal_changes.csv: mergers and splits between geometry years. */
export function loadMunicipalChanges(): Promise<MunicipalChange[]> {
  return loadParsed('municipal_changes.csv', (text) => parseMunicipalChanges(text));
}

/** data/seed_contradictions.csv: the seeds' known contradictions per region. */
export function loadSeedContradictions(): Promise<SeedContradiction[]> {
  return loadParsed('seed_contradictions.csv', (text) => parseSeedContradictions(text));
}

/** The clusters inside subregions of a layer's membership file (empty when it has none). */
export async function loadMembershipClusters(layer: Layer): Promise<MembershipCluster[]> {
  if (!layer.membershipFile) return [];
  // The same fetched text as loadMemberships: the file is requested once.
  return parseMembershipClusters(await loadDataText(layer.membershipFile), layer.id);
}
