/**
 * Node-side loader of the project's real data for tests and benchmarks: the same parsers as the
 * browser, reading data/ and the geometry written by the geo build (generated/geo).
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLayers, parseMemberships, parsePopulation } from '../../src/data/parse.ts';
import { adjacencyOf, asMunicipalityTopology, municipalitiesOf, type MunicipalityTopology } from '../../src/data/topology.ts';
import type { GmCode, Layer, Membership, Municipality } from '../../src/domain/types.ts';

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

/** The app's topology for a geometry year; run `npm run geo` first. */
export function loadTopology(year: number): MunicipalityTopology {
  const path = join(root, 'generated', 'geo', `gemeente_${year}.json`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run geo\` first`);
  return asMunicipalityTopology(JSON.parse(readFileSync(path, 'utf8')));
}

/** Municipalities of a geometry year. */
export function loadMunicipalities(year: number): Municipality[] {
  return municipalitiesOf(loadTopology(year));
}

/** Municipal adjacency of a geometry year (shared borders). */
export function loadAdjacency(year: number): Map<GmCode, Set<GmCode>> {
  return adjacencyOf(loadTopology(year));
}
