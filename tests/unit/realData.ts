/**
 * Node-side loader of the project's real data for tests and benchmarks: the same parsers as the
 * browser, reading data/ and the geometry written by the geo build (generated/geo).
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseLayers,
  parseMembershipClusters,
  parseMemberships,
  parseMunicipalChanges,
  parsePopulation,
  parseRegionsReported,
  parseSeedContradictions,
  parseDocuments,
  parseNameCorrections,
} from '../../src/data/parse.ts';
import { documentIndex, type DocumentIndex } from '../../src/domain/citations.ts';
import { parseSearchAliases, type SearchAlias } from '../../src/data/searchAliases.ts';
import type { MunicipalChange, ReportedRegion, SeedContradiction } from '../../src/domain/provenance.ts';
import { adjacencyOf, asMunicipalityTopology, municipalitiesOf, withDisplayNames, type MunicipalityTopology } from '../../src/data/topology.ts';
import type { GmCode, Layer, Membership, Municipality, PopulationRecord } from '../../src/domain/types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's root folder. */
export const projectRoot = root;

/** All layers of data/layers.json. */
export function loadLayers(): Layer[] {
  return parseLayers(JSON.parse(readFileSync(join(root, 'data', 'layers.json'), 'utf8')));
}

/** One layer by id; throws when it does not exist. */
export function loadLayer(id: string): Layer {
  const layer = loadLayers().find((l) => l.id === id);
  if (!layer) throw new Error(`no layer ${id} in data/layers.json`);
  return layer;
}

/** The memberships of a layer (empty for a layer whose membership is unknown). */
export function loadMemberships(layerId: string): Membership[] {
  const layer = loadLayer(layerId);
  if (!layer.membershipFile) return [];
  return parseMemberships(readFileSync(join(root, 'data', layer.membershipFile), 'utf8'), layerId);
}

/** Population on 1 January of a year, per municipality. */
export function loadPopulation(year: number): Map<GmCode, number> {
  const records = parsePopulation(readFileSync(join(root, 'data', 'population.csv'), 'utf8'));
  return new Map(records.filter((r) => r.year === year).map((r) => [r.code, r.population]));
}

/** Every citable document of data/documents.json, by id. */
export function loadDocuments(): DocumentIndex {
  return documentIndex(parseDocuments(JSON.parse(readFileSync(join(root, 'data', 'documents.json'), 'utf8'))));
}

/** The app's topology for a geometry year; run `npm run geo` first. */
export function loadTopology(year: number): MunicipalityTopology {
  const path = join(root, 'generated', 'geo', `gemeente_${year}.json`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run geo\` first`);
  const corrections = parseNameCorrections(JSON.parse(readFileSync(join(root, 'data', 'name_corrections.json'), 'utf8')));
  return withDisplayNames(asMunicipalityTopology(JSON.parse(readFileSync(path, 'utf8'))), year, corrections);
}

/** Municipalities of a geometry year. */
export function loadMunicipalities(year: number): Municipality[] {
  return municipalitiesOf(loadTopology(year));
}

/** Municipal adjacency of a geometry year (shared borders). */
export function loadAdjacency(year: number): Map<GmCode, Set<GmCode>> {
  return adjacencyOf(loadTopology(year));
}

/** The read-only shared folder beside the project (../shared). */
export const sharedRoot = resolve(root, '..', 'shared');

/** The text of a file in data/ (path relative to data/). */
export function readDataFile(path: string): string {
  return readFileSync(join(root, 'data', path), 'utf8');
}

/** The text of a file in ../shared (path relative to it), e.g. `seeds/000_a8adfdf92dd4663a.txt`. */
export function readSharedFile(path: string): string {
  return readFileSync(join(sharedRoot, path), 'utf8');
}

/** All population records of data/population.csv. */
export function loadPopulationRecords(): PopulationRecord[] {
  return parsePopulation(readDataFile('population.csv'));
}

/** The memberships of every layer, keyed by layer id (empty for unknown layers). */
export function loadAllMemberships(): Map<string, Membership[]> {
  return new Map(loadLayers().map((l) => [l.id, loadMemberships(l.id)]));
}

/** Cluster ids per municipality for every layer whose membership file has cluster columns. */
export function loadAllClusters(): Map<string, Map<GmCode, string[]>> {
  const out = new Map<string, Map<GmCode, string[]>>();
  for (const layer of loadLayers().filter((l) => l.membershipFile)) {
    const clusters = parseMembershipClusters(readDataFile(layer.membershipFile!), layer.id);
    if (!clusters.length) continue;
    const byCode = new Map<GmCode, string[]>();
    for (const c of clusters) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c.clusterId]);
    out.set(layer.id, byCode);
  }
  return out;
}

/** data/regions_reported.csv. */
export function loadRegionsReported(): ReportedRegion[] {
  return parseRegionsReported(readDataFile('regions_reported.csv'));
}

/** data/municipal_changes.csv. */
export function loadMunicipalChanges(): MunicipalChange[] {
  return parseMunicipalChanges(readDataFile('municipal_changes.csv'));
}

/** data/seed_contradictions.csv. */
export function loadSeedContradictions(): SeedContradiction[] {
  return parseSeedContradictions(readDataFile('seed_contradictions.csv'));
}

/** data/search_aliases.csv: the names people write for municipalities. */
export function loadSearchAliases(): SearchAlias[] {
  return parseSearchAliases(readDataFile('search_aliases.csv'));
}
