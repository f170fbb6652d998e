/**
 * Geometry build: reads CBS municipality boundaries (TopoJSON, WGS84) from ../shared/geo/cbs (or the
 * directory in REGIOSCOOP_GEO_DIR), keeps only code and name per municipality, checks the number of
 * municipalities per year and writes one topology per geometry year to generated/geo/ (git-ignored:
 * CBS geometry and anything converted from it never enters the repository). Each topology carries
 * the label points of the regions of the shipped layers of its year (labelPointsOf in
 * src/map/labels.ts, the function the app uses), so that the app need not compute them at start.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { prepareTopology, EXPECTED_MUNICIPALITIES, GEOMETRY_YEARS, GeoSourceError } from './topology.ts';
import { parseLayers, parseMemberships } from '../src/data/parse.ts';
import { labelPointsOf } from '../src/map/labels.ts';
import type { MunicipalityTopology } from '../src/data/topology.ts';
import type { GmCode, Layer } from '../src/domain/types.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENV_VAR = 'REGIOSCOOP_GEO_DIR';
const sourceDir = resolve(process.env[ENV_VAR] ?? join(projectRoot, '..', 'shared', 'geo'));
const outDir = join(projectRoot, 'generated', 'geo');

function cbsDir(dir: string): string {
  // Accept both the folder holding cbs/ and the cbs/ folder itself.
  return existsSync(join(dir, 'cbs')) ? join(dir, 'cbs') : dir;
}

function fail(message: string): never {
  console.error(`\ngeo build failed: ${message}\n`);
  console.error(
    `The build reads CBS TopoJSON files gemeente_YYYY.topojson from ${join(sourceDir, 'cbs')}.\n` +
      `Point it elsewhere with ${ENV_VAR}=/path/to/geo (a folder holding cbs/, or cbs/ itself).`,
  );
  process.exit(1);
}

/**
 * The label points of the regions of every shipped layer drawn on this year's geometry, by member key
 * (a region whose members differ at run time, as in an imported round, is computed by the app).
 */
function labelPoints(topology: MunicipalityTopology, year: number, layers: readonly Layer[]): Record<string, [number, number]> {
  const points: Record<string, [number, number]> = {};
  for (const layer of layers) {
    if (layer.geometryYear !== year || !layer.membershipFile) continue;
    const memberships = parseMemberships(readFileSync(join(projectRoot, 'data', layer.membershipFile), 'utf8'), layer.id, `data/${layer.membershipFile}`);
    const regionOf = new Map<GmCode, string>(memberships.filter((m) => m.primary).map((m) => [m.code, m.regionId]));
    Object.assign(points, labelPointsOf(topology, regionOf));
  }
  return points;
}

function main(): void {
  if (!existsSync(sourceDir) || !statSync(sourceDir).isDirectory()) {
    fail(`source directory not found: ${sourceDir}`);
  }
  const dir = cbsDir(sourceDir);
  mkdirSync(outDir, { recursive: true });
  const layers = parseLayers(JSON.parse(readFileSync(join(projectRoot, 'data', 'layers.json'), 'utf8')));
  const written: string[] = [];
  for (const year of GEOMETRY_YEARS) {
    const path = join(dir, `gemeente_${year}.topojson`);
    if (!existsSync(path)) fail(`missing ${path}`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      fail(`${path} is not valid JSON (${(error as Error).message})`);
    }
    let text: string;
    try {
      const topology = prepareTopology(raw, year) as MunicipalityTopology;
      text = JSON.stringify({ ...topology, labelPoints: labelPoints(topology, year, layers) });
    } catch (error) {
      if (error instanceof GeoSourceError) fail(`${path}: ${error.message}`);
      throw error;
    }
    const target = join(outDir, `gemeente_${year}.json`);
    writeFileSync(target, text);
    const gz = gzipSync(text).length;
    const points = Object.keys((JSON.parse(text) as MunicipalityTopology).labelPoints ?? {}).length;
    written.push(`${year}: ${EXPECTED_MUNICIPALITIES[year]} municipalities, ${points} label points, ${(text.length / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
  }
  console.log(`geo build: wrote ${outDir}\n  ${written.join('\n  ')}`);
}

main();
