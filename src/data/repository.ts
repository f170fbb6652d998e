/**
 * The data-access layer: every data file and geometry the browser loads goes through here, into
 * one keyed cache (src/data/cache.ts: a timeout on every request, failures never cached, so a retry
 * fetches again). File URLs come from Vite's import.meta.glob, so a new membership file or geometry
 * year needs no code change. Memberships are served the same way for shipped and imported layers.
 */
import domainsJson from '../../data/domains.json';
import documentsJson from '../../data/documents.json';
import nameCorrectionsJson from '../../data/name_corrections.json';
import {
  parseDocuments,
  parseNameCorrections,
  parseMembershipClusters,
  parseMemberships,
  parseMunicipalChanges,
  parsePopulation,
  parseRegionsReported,
  parseSeedContradictions,
  type MembershipCluster,
} from './parse.ts';
import { KeyedCache, LoadError, fetchText, parseOrReject } from './cache.ts';
import { dataFileUrl, geometryUrl } from './fileUrls.ts';
import { importedRound } from './layerRegistry.ts';
import type { MunicipalChange, ReportedRegion, SeedContradiction } from '../domain/provenance.ts';
import { asMunicipalityTopology, withDisplayNames, type MunicipalityTopology } from './topology.ts';
import { documentIndex, type DocumentIndex } from '../domain/citations.ts';
import type { NameCorrection } from '../domain/names.ts';
import { parseSearchAliases, type SearchAlias } from './searchAliases.ts';
import type { Layer, LocalText, Membership, PopulationRecord } from '../domain/types.ts';

export { layers } from './layerRegistry.ts';


/** A domain (jeugd, wmo, ggd, ...) with its labels. */
export interface Domain {
  id: string;
  label: LocalText;
  inSentence: LocalText;
}

/** Domains an imported round may have that no shipped layer has. */
const IMPORT_ONLY_DOMAINS: Domain[] = [
  { id: 'participatie', label: { nl: 'Participatie', en: 'Participation' }, inSentence: { nl: 'participatie', en: 'participation' } },
  { id: 'other', label: { nl: 'Overig (geïmporteerd)', en: 'Other (imported)' }, inSentence: { nl: 'overig', en: 'other' } },
];

/** All domains, in display order (the import-only ones last; a domain without layers is not offered). */
export const domains: Domain[] = [
  ...(domainsJson as { domains: Domain[] }).domains,
  ...IMPORT_ONLY_DOMAINS.filter((d) => !(domainsJson as { domains: Domain[] }).domains.some((s) => s.id === d.id)),
];

const cache = new KeyedCache();

/** Every document a source may cite, by id (bundled: small, and citations are shown at once). */
export const documents: DocumentIndex = documentIndex(parseDocuments(documentsJson));

/** Official municipality names where CBS's boundary files have an artefact. */
export const nameCorrections: readonly NameCorrection[] = parseNameCorrections(nameCorrectionsJson);

/**
 * A data file (path relative to data/, e.g. `tables/key_figures.csv`) fetched and parsed once. Only
 * the parsed result is cached: a truncated or HTML response fails its parser and is fetched again
 * on the next request.
 */
export function loadParsed<T>(path: string, parse: (text: string) => T): Promise<T> {
  return cache.get(`data:${path}`, async () => {
    const url = dataFileUrl(path);
    if (!url) throw new LoadError(`data/${path} is not in the build`, 'missing', `data/${path}`);
    return parseOrReject(await fetchText(url, `data/${path}`), `data/${path}`, parse);
  });
}

/** A membership file read once for both its memberships and its optional cluster columns. */
function loadMembershipFile(layer: Layer & { membershipFile: string }) {
  return loadParsed(layer.membershipFile, (text) => ({
    memberships: parseMemberships(text, layer.id, `data/${layer.membershipFile}`),
    clusters: parseMembershipClusters(text, layer.id, `data/${layer.membershipFile}`),
  }));
}

/**
 * "This layer's memberships": an imported round's from its saved record, a shipped layer's from its
 * file; empty for a layer whose membership is unknown.
 */
export async function loadMemberships(layer: Layer): Promise<Membership[]> {
  if (layer.imported) {
    const round = importedRound(layer.id);
    if (!round) throw new LoadError(`imported layer ${layer.id} is not in this browser`, 'missing', layer.id);
    return round.memberships;
  }
  if (!layer.membershipFile) return [];
  return (await loadMembershipFile({ ...layer, membershipFile: layer.membershipFile })).memberships;
}

/** The clusters inside subregions of a layer's membership file (empty when it has none). */
export async function loadMembershipClusters(layer: Layer): Promise<MembershipCluster[]> {
  if (layer.imported || !layer.membershipFile) return [];
  return (await loadMembershipFile({ ...layer, membershipFile: layer.membershipFile })).clusters;
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
  return cache.get(`geo:${year}`, async () => {
    const url = geometryUrl(year);
    const what = `geometry ${year}`;
    if (!url) {
      throw new LoadError(`geometry for ${year} is missing: run \`npm run geo\` (it reads ../shared/geo/cbs) and restart`, 'missing', what);
    }
    return parseOrReject(await fetchText(url, what), what, (text) => withDisplayNames(asMunicipalityTopology(JSON.parse(text)), year, nameCorrections));
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
