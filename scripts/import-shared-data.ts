/**
 * Regenerates data/ from the curated tables in ../shared/data (CBS divisions and population, the
 * seeds' memberships, reported regions, tables, documents and contradictions) and the municipal
 * changes derived from the geometry. Each step lives in scripts/import/ with a unit spec; this file
 * only reads, runs the steps in order and writes. Run again after the shared tables change:
 *   npm run geo && npx tsx scripts/import-shared-data.ts [path/to/shared]
 * The output is committed (codes, names and shares only, never geometry); the app and tests read
 * only data/. See data/README.md for the format.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../src/data/csv.ts';
import type { Layer } from '../src/domain/types.ts';
import {
  MEMBERSHIP_CLUSTER_COLUMNS,
  MEMBERSHIP_COLUMNS,
  MEMBERSHIP_EVIDENCE_COLUMNS,
  MUNICIPAL_CHANGES_COLUMNS,
  MUNICIPAL_CHANGES_EXTRA_COLUMNS,
  POPULATION_COLUMNS,
  POPULATION_EXTRA_COLUMNS,
  REGIONS_REPORTED_COLUMNS,
  REGIONS_REPORTED_EXTRA_COLUMNS,
  SEED_CONTRADICTIONS_COLUMNS,
  type SeedTableFile,
} from '../src/data/format.ts';
import { asMunicipalityTopology, municipalityFeatures } from '../src/data/topology.ts';
import { parseLayers, parseMemberships, parseRegionsReported } from '../src/data/parse.ts';
import { reader, writer, type Row } from './import/io.ts';
import { translator } from './import/translate.ts';
import { checkCited, documentRecords } from './import/documents.ts';
import { roundLayer, roundMembershipRows, type MembershipTables, type RoundText, type SeedRound, type MembershipRow } from './import/rounds.ts';
import { divisionLayers, type DivisionInfo } from './import/divisions.ts';
import { populationRows } from './import/population.ts';
import { joinableIds, reportedRows, unjoinedRegions } from './import/reported.ts';
import { seedTable, tableSpecs, type TableSpec } from './import/tables.ts';
import { contradictionRows, type FileWords } from './import/contradictions.ts';
import { nameCorrections } from './import/names.ts';
import { changesBetween, checkSuccessors, successorsInFill } from './import/changes.ts';
import { GEOMETRY_YEARS } from '../geo/topology.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = reader(resolve(process.argv[2] ?? join(root, '..', 'shared')));
const own = reader(join(root, 'scripts', 'import'));
const out = join(root, 'data');
const write = writer(out);
const csvOf = (columns: readonly string[], rows: readonly Record<string, string>[]) => toCsv([...columns], rows);
const translate = translator(own.json<Record<string, string | { nl: string; en: string }>>('translations.nl.json'));

// Documents: every source below cites one of these ids.
const documents = documentRecords(shared.csv('data/seeds/documents.csv'), own.csv('cbs_documents.csv'));
const documentIds = new Set(documents.map((d) => d.id));
write('documents.json', JSON.stringify({ version: 1, documents }, null, 2) + '\n');

// Inventory rounds and their memberships.
const rounds = shared.json<{ rounds: SeedRound[] }>('data/seeds/rounds.json').rounds;
const roundText = new Map(own.csv('rounds.csv').map((r) => [r.id, r as unknown as RoundText]));
const membershipTables: MembershipTables = {
  'jeugd_2013_membership.csv': shared.csv('data/seeds/jeugd_2013_membership.csv'),
  'wmo_2013_membership.csv': shared.csv('data/seeds/wmo_2013_membership.csv'),
};
const seedReported = shared.csv('data/seeds/regions_reported.csv');
const documentOf = (roundId: string) => rounds.find((r) => r.id === roundId)?.document ?? '';

const layers: Layer[] = [];
const membershipsByLayer = new Map<string, MembershipRow[]>();
for (const round of rounds) {
  const rows = roundMembershipRows(round, membershipTables, seedReported, translate);
  layers.push(roundLayer(round, roundText.get(round.id), rows, translate));
  if (!rows.length) continue;
  membershipsByLayer.set(round.id, rows);
  const clusters = rows.some((r) => r.cluster_id) ? MEMBERSHIP_CLUSTER_COLUMNS : [];
  write(`memberships/${round.id}.csv`, csvOf([...MEMBERSHIP_COLUMNS, ...MEMBERSHIP_EVIDENCE_COLUMNS, ...clusters], rows));
}

// Official CBS divisions and the nearest-year fills, with their status per year.
const divisionInfo = new Map(own.csv('divisions.csv').map((r) => [r.division, r as unknown as DivisionInfo]));
const provenance = shared.csv('data/cbs/division_provenance.csv');
for (const [file, fill] of [['data/cbs/divisions.csv', false], ['data/cbs/divisions_nearest_year_fill.csv', true]] as const) {
  for (const { layer, rows } of divisionLayers(shared.csv(file), fill, divisionInfo, provenance, translate)) {
    layers.push(layer);
    write(`memberships/${layer.id}.csv`, csvOf(MEMBERSHIP_COLUMNS, rows));
  }
}

// Layers added by hand (data/manual/, see docs/adding-an-inventory-round.md), validated and copied.
const manualDir = join(out, 'manual');
const manualLayersPath = join(manualDir, 'layers.json');
const manualLayers = existsSync(manualLayersPath) ? parseLayers(JSON.parse(readFileSync(manualLayersPath, 'utf8')), 'data/manual/layers.json') : [];
const joinable = new Map<string, Set<string>>();
for (const layer of manualLayers) {
  if (layers.some((l) => l.id === layer.id)) throw new Error(`data/manual/layers.json: ${layer.id} already comes from ../shared`);
  if (layer.membershipFile) {
    const text = readFileSync(join(manualDir, layer.membershipFile), 'utf8');
    parseMemberships(text, layer.id, `data/manual/${layer.membershipFile}`);
    write(layer.membershipFile, text);
    joinable.set(layer.id, joinableIds(reader(manualDir).csv(layer.membershipFile)));
  }
  layers.push(layer);
}
for (const layer of layers) checkCited(layer.source.document, documentIds, `layer ${layer.id}`);
for (const [id, rows] of membershipsByLayer) {
  joinable.set(id, joinableIds(rows));
  for (const r of rows) checkCited(r.source_document, documentIds, `memberships/${id}.csv ${r.gm_code}`);
}
const order = (l: Layer) => `${l.kind === 'inventory' ? 0 : 1}-${l.domain}-${l.geometryYear}-${l.id}`;
layers.sort((a, b) => order(a).localeCompare(order(b)));
write('layers.json', JSON.stringify({ version: 1, layers }, null, 2) + '\n');

// Population, and official names where CBS's files have an artefact.
const population = populationRows(shared.csv('data/cbs/population.csv'));
write('population.csv', csvOf([...POPULATION_COLUMNS, ...POPULATION_EXTRA_COLUMNS], population));
const corrections = nameCorrections(shared.csv('data/cbs/name_corrections.csv'));
write('name_corrections.json', JSON.stringify({ version: 1, corrections }, null, 2) + '\n');

// Regions and populations as the seeds print them.
const roundSection = (id: string) => roundText.get(id)?.section ?? '';
const reported: Row[] = reportedRows(seedReported, documentOf, roundSection);
const manualReportedPath = join(manualDir, 'regions_reported.csv');
if (existsSync(manualReportedPath)) {
  parseRegionsReported(readFileSync(manualReportedPath, 'utf8'), 'data/manual/regions_reported.csv');
  for (const r of reader(manualDir).csv('regions_reported.csv')) {
    if (!manualLayers.some((l) => l.id === r.layer_id)) throw new Error(`data/manual/regions_reported.csv: ${r.layer_id} is not a layer of data/manual/layers.json`);
    reported.push({ ...r, canonical_name: r.canonical_name ?? r.region_name, province: r.province ?? '', confidence: r.confidence || 'text' });
  }
}
write('regions_reported.csv', csvOf([...REGIONS_REPORTED_COLUMNS, ...REGIONS_REPORTED_EXTRA_COLUMNS], reported));
const unjoined = unjoinedRegions(reported, joinable);

// The seeds' tables.
const tableSources = [];
for (const [file, spec] of Object.entries(tableSpecs(own.json('tables.json'))) as [SeedTableFile, TableSpec][]) {
  const table = seedTable(file, spec, shared.csv(`data/seeds/tables/${file}`), documentOf);
  write(`tables/${file}`, table.csv);
  checkCited(table.source.source.document, documentIds, `tables/${file}`);
  tableSources.push(table.source);
}
write('tables/sources.json', JSON.stringify({ version: 1, tables: tableSources }, null, 2) + '\n');

// The seeds' own contradictions, as data.
const contradictions = contradictionRows(shared.csv('data/seeds/contradictions.csv'), new Set(reported.map((r) => `${r.layer_id} ${r.region_id}`)), own.json<{ files: FileWords }>('file_words.json').files);
for (const c of contradictions) checkCited(c.source_documents, documentIds, `contradiction ${c.layer_id} ${c.region_id}`);
write('seed_contradictions.csv', csvOf(SEED_CONTRADICTIONS_COLUMNS, contradictions));

// Municipal mergers and splits between consecutive geometry years, from the geometry.
const geoFeatures = (year: number) => {
  const path = join(root, 'generated', 'geo', `gemeente_${year}.json`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run geo\` first`);
  return municipalityFeatures(asMunicipalityTopology(JSON.parse(readFileSync(path, 'utf8')))).features;
};
const raw = GEOMETRY_YEARS.slice(0, -1).flatMap((year) => changesBetween(year, geoFeatures(year), geoFeatures(year + 1)));
const changes = checkSuccessors(raw, successorsInFill(shared.csv('data/cbs/divisions_nearest_year_fill.csv')), 2014);
write('municipal_changes.csv', csvOf([...MUNICIPAL_CHANGES_COLUMNS, ...MUNICIPAL_CHANGES_EXTRA_COLUMNS], changes));

console.log(
  `data/: ${documents.length} documents, ${layers.length} layers, ${population.length} population rows, ${reported.length} reported regions ` +
    `(${unjoined.length} without members), ${tableSources.length} tables, ${contradictions.length} seed contradictions, ` +
    `${corrections.length} name corrections, ${changes.length} municipal change rows`,
);
