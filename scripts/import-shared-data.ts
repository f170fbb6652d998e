/**
 * Transforms the curated tables in ../shared/data (CBS divisions and population, the seeds'
 * memberships, reported regions and tables) into the project's own data/ format, and derives the
 * municipal mergers and splits between geometry years from the geometry. The single regeneration
 * path of data/; run again after the shared tables change:
 *   npm run geo && npx tsx scripts/import-shared-data.ts [path/to/shared]
 * The output is committed (codes, names and shares only, never geometry); the app and tests read
 * only data/. See data/README.md for the format.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv, toCsv } from '../src/data/csv.ts';
import type { Layer } from '../src/domain/types.ts';
import {
  MEMBERSHIP_CLUSTER_COLUMNS,
  MEMBERSHIP_COLUMNS,
  MUNICIPAL_CHANGES_COLUMNS,
  MUNICIPAL_CHANGES_EXTRA_COLUMNS,
  POPULATION_COLUMNS,
  POPULATION_EXTRA_COLUMNS,
  REGIONS_REPORTED_COLUMNS,
  REGIONS_REPORTED_EXTRA_COLUMNS,
  SEED_CONTRADICTIONS_COLUMNS,
  TABLE_COLUMNS,
  TABLE_PROVENANCE_COLUMNS,
  type SeedTableFile,
} from '../src/data/format.ts';
import { asMunicipalityTopology, municipalityFeatures } from '../src/data/topology.ts';
import { parseLayers, parseMemberships, parseRegionsReported } from '../src/data/parse.ts';
import { area, bbox, featureCollection, intersect } from '@turf/turf';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.argv[2] ?? join(root, '..', 'shared'));
const out = join(root, 'data');

const read = (path: string) => parseCsv(readFileSync(join(shared, path), 'utf8')).rows;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
};

interface DivisionInfo {
  domain: string;
  nl: string;
  en: string;
  method: string;
}

/** CBS divisions: domain, labels and how ../shared/data/cbs/SOURCES.md says the table was made. */
const DIVISIONS: Record<string, DivisionInfo> = {
  provincie: { domain: 'provincie', nl: 'Provincies', en: 'Provinces', method: 'CBS gebiedsindelingen, point in polygon' },
  corop: { domain: 'corop', nl: 'COROP-gebieden', en: 'COROP regions', method: 'CBS gebiedsindelingen, point in polygon' },
  ggd: { domain: 'ggd', nl: "GGD-regio's", en: 'Public health (GGD) regions', method: 'CBS gebiedsindelingen, point in polygon' },
  politieregio: { domain: 'politie', nl: "Politieregio's", en: 'Police regions', method: 'Politiewet 1993, bijlage (law list)' },
  politie_eenheid: { domain: 'politie', nl: 'Regionale eenheden politie', en: 'Regional police units', method: 'Wet op de rechterlijke indeling / CBS layer' },
  veiligheidsregio: { domain: 'veiligheid', nl: "Veiligheidsregio's", en: 'Safety regions', method: "Wet veiligheidsregio's, bijlage (law list)" },
  arbeidsmarktregio: { domain: 'arbeidsmarkt', nl: "Arbeidsmarktregio's", en: 'Labour-market regions', method: 'Besluit werkgebieden UWV 2014, bijlage 3 (law list)' },
  zorgkantoor: { domain: 'zorgkantoor', nl: "Zorgkantoorregio's", en: 'Care office (zorgkantoor) regions', method: 'CBS layer, point in polygon' },
  rmc: { domain: 'rmc', nl: "RMC-regio's", en: 'RMC regions (early school leaving)', method: 'RMC regulation, bijlage (law list)' },
  jeugdregio: { domain: 'jeugd', nl: "Jeugdregio's (CBS)", en: 'Youth regions (CBS)', method: 'CBS jeugdregio layer, point in polygon' },
};

const layers: Layer[] = [];
const membershipRow = (r: Record<string, string | boolean>) => r;

// --- Inventory rounds from the seeds -------------------------------------------------------------
const rounds = JSON.parse(readFileSync(join(shared, 'data/seeds/rounds.json'), 'utf8')).rounds as Array<Record<string, unknown>>;
/** Dutch versions of the round notes in rounds.json (which are in English). */
const roundNotesNl: Record<string, string> = {
  jeugd_2012_05: "Alleen genoemd in 000 en 001 ('eerdere inventarisaties uit mei en november 2012'); de bronnen geven geen cijfers of ledenlijsten.",
  jeugd_2012_11: "Alleen genoemd; volgens 001 zijn sinds deze ronde Zaanstreek-Waterland, Haarlemmermeer en Amsterdam-Amstelland aparte regio's, antwoordde Midden-Limburg als West en Oost en Zuid-Limburg als één regio.",
  jeugd_2013_05: "41 regio's, geen witte vlekken; Zaanstreek-Waterland, Haarlemmermeer en Amsterdam-Amstelland aparte regio's; Midden-Limburg als West en Oost; Zuid-Limburg als één regio; Utrecht de enige grote stad zonder omliggende gemeenten.",
  wmo_2013_05: "43 regio's met subregio's en ledenlijsten per provincie; Utrecht en Haarlemmermeer (nog) niet in een regio; Zuid-Holland-Zuid in drie AWBZ-regio's; De Peel los van Zuidoost-Brabant; Meppel en Westerveld bij IJsselland; Zeewolde bij Noord-Veluwe; Nijkerk bij Eemland; Eemnes in twee regio's; Lansingerland bij Haaglanden; overlappende clusters in Haaglanden.",
  jeugd_2013_10: "West-Brabant gesplitst in Oost en West (41 naar 42); Weesp en Wijdemeren overgestapt van Gooi- en Vechtstreek naar Utrecht-West; Haarlemmermeer en Utrecht eigen regio's op eigen verzoek; 004 (brief van de minister van BZK, begin 2014) rapporteert over deze ronde.",
  cjg_2011: 'De kaarten in de bijlage zijn afbeeldingen die niet in de tekst staan; alleen de kenmerken per soort samenwerking zijn beschikbaar.',
};
const roundLabelsEn: Record<string, string> = {
  jeugd_2012_05: 'First inventory of regional cooperation, youth (May 2012)',
  jeugd_2012_11: 'Second inventory of regional cooperation, youth (November 2012)',
  jeugd_2013_05: 'Third inventory of regional cooperation, youth (spring 2013)',
  wmo_2013_05: 'First inventory of regional cooperation, new Wmo tasks (May 2013)',
  jeugd_2013_10: 'Fourth inventory of regional cooperation, youth (31 October 2013)',
  cjg_2011: 'Cooperation as a deliberate choice: regional cooperation around youth and family (VNG/CJG, 2011)',
};
const roundSection: Record<string, string> = {
  jeugd_2013_05: "Beeld van regio's per provincie",
  jeugd_2013_10: "Regio's per provincie",
  wmo_2013_05: "Tabel regio's per provincie en Toelichting per provincie",
  cjg_2011: 'Bijlage: kaarten van samenwerkingsverbanden',
};

const youthRows = read('data/seeds/jeugd_2013_membership.csv');
/** Clean display names of the Wmo regions (`canonical_name` of the seeds' region table). */
const wmoRegionName = new Map(
  read('data/seeds/regions_reported.csv')
    .filter((r) => r.round_id === 'wmo_2013_05' && r.level === '0')
    .map((r) => [r.region_id, r.canonical_name]),
);
const wmoRows = read('data/seeds/wmo_2013_membership.csv');

for (const round of rounds) {
  const id = round.id as string;
  const roundRows = id.startsWith('jeugd_2013') ? youthRows.filter((r) => r.round_id === id) : id === 'wmo_2013_05' ? wmoRows : [];
  const known = roundRows.length > 0;
  const document = (round.document as string | null) ?? 'genoemd in 000_a8adfdf92dd4663a.txt en 001_6c70eec73bdc0f56.txt';
  layers.push({
    id,
    kind: 'inventory',
    domain: round.domain as string,
    label: { nl: round.label as string, en: roundLabelsEn[id] ?? (round.label as string) },
    referenceDate: round.reference_date as string,
    geometryYear: round.geometry_year as number,
    source: { document, section: roundSection[id] },
    membershipStatus: known ? 'complete' : 'unknown',
    membershipFile: known ? `memberships/${id}.csv` : null,
    expectedRegions: (round.number_of_regions as number | null) ?? null,
    allowsOverlap: id === 'wmo_2013_05',
    notes: { nl: roundNotesNl[id] ?? (round.notes as string), en: round.notes as string },
  });
  if (!known) continue;
  const rows = id === 'wmo_2013_05'
    ? wmoRows.map((r) => membershipRow({
        gm_code: r.gm_code,
        region_id: r.region_id,
        // The table's own words are often relative ('Alle gemeenten', 'West'); show the clean name.
        region_name: wmoRegionName.get(r.region_id) ?? r.region_name,
        subregion_id: r.subregion_id,
        subregion_name: r.subregion_name,
        primary: r.primary === 'yes' ? 'yes' : 'no',
        source_document: document,
        source_section: r.source,
        confidence: 'text',
        note: [r.nested_subregion ? `cluster ${r.nested_subregion} binnen ${r.subregion_name}` : '', r.notes].filter(Boolean).join('; '),
        cluster_id: r.nested_subregion_id,
        cluster_name: r.nested_subregion,
      }))
    : roundRows.map((r) => membershipRow({
        gm_code: r.gm_code,
        region_id: r.region_id,
        region_name: r.region_name,
        subregion_id: '',
        subregion_name: '',
        primary: 'yes',
        source_document: document,
        source_section: r.evidence,
        confidence: r.confidence,
        note: [r.alternative_region ? `alternatief: ${r.alternative_region}` : '', r.notes].filter(Boolean).join('; '),
      }));
  const hasClusters = rows.some((r) => r.cluster_id);
  write(`memberships/${id}.csv`, toCsv(hasClusters ? [...MEMBERSHIP_COLUMNS, ...MEMBERSHIP_CLUSTER_COLUMNS] : [...MEMBERSHIP_COLUMNS], rows));
}

// --- Official CBS divisions ----------------------------------------------------------------------
function addDivisions(rows: Record<string, string>[], fill: boolean): void {
  const groups = new Map<string, Record<string, string>[]>();
  for (const r of rows) {
    const key = `${r.division}_${r.year}${fill ? '_fill' : ''}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(r);
  }
  for (const [id, group] of groups) {
    const { division, year } = group[0];
    const info = DIVISIONS[division];
    if (!info) throw new Error(`unknown division ${division} in ${fill ? 'divisions_nearest_year_fill' : 'divisions'}.csv`);
    const sourceYear = fill ? group[0].source_year : year;
    const regions = new Set(group.map((r) => r.region_code)).size;
    const file = fill ? 'data/cbs/divisions_nearest_year_fill.csv' : 'data/cbs/divisions.csv';
    layers.push({
      id,
      kind: 'division',
      domain: info.domain,
      label: fill
        ? { nl: `${info.nl} ${year} (indeling ${sourceYear})`, en: `${info.en} ${year} (${sourceYear} division)` }
        : { nl: `${info.nl} ${year}`, en: `${info.en} ${year}` },
      referenceDate: `${year}-01-01`,
      geometryYear: Number(year),
      source: { document: `CBS (../shared/${file})`, section: `${division} ${year}; ${info.method}` },
      membershipStatus: 'complete',
      membershipFile: `memberships/${id}.csv`,
      expectedRegions: regions,
      allowsOverlap: false,
      notes: fill
        ? {
            nl: `Aanvulling voor weergave, niet de officiële indeling van ${year}: de regio's van ${sourceYear} toegepast op de gemeenten van ${year}.`,
            en: `Gap fill for display, not the official division of ${year}: the ${sourceYear} regions applied to the ${year} municipalities.`,
          }
        : undefined,
    });
    write(`memberships/${id}.csv`, toCsv([...MEMBERSHIP_COLUMNS], group.map((r) => ({
      gm_code: r.gm_code,
      region_id: r.region_code,
      region_name: r.region_name,
      subregion_id: '',
      subregion_name: '',
      primary: 'yes',
      source_document: `CBS ${file.split('/').pop()}`,
      source_section: fill ? r.method : `${division} ${year}`,
      confidence: fill ? 'derived' : 'official',
      note: '',
    }))));
  }
}
addDivisions(read('data/cbs/divisions.csv'), false);
addDivisions(read('data/cbs/divisions_nearest_year_fill.csv'), true);

// --- Layers added by hand (data/manual/, see docs/adding-an-inventory-round.md) ------------------
// A round or division that is not in ../shared: a layer record in data/manual/layers.json and its
// membership file in data/manual/memberships/. They are validated by the app's parsers and copied.
const manualDir = join(out, 'manual');
const manualLayersPath = join(manualDir, 'layers.json');
const manualLayers = existsSync(manualLayersPath) ? parseLayers(JSON.parse(readFileSync(manualLayersPath, 'utf8')), 'data/manual/layers.json') : [];
for (const layer of manualLayers) {
  if (layers.some((l) => l.id === layer.id)) throw new Error(`data/manual/layers.json: ${layer.id} already comes from ../shared`);
  if (layer.membershipFile) {
    const text = readFileSync(join(manualDir, layer.membershipFile), 'utf8');
    parseMemberships(text, layer.id, `data/manual/${layer.membershipFile}`);
    write(layer.membershipFile, text);
  }
  layers.push(layer);
}

const order = (l: Layer) => `${l.kind === 'inventory' ? 0 : 1}-${l.domain}-${l.geometryYear}-${l.id}`;
layers.sort((a, b) => order(a).localeCompare(order(b)));
write('layers.json', JSON.stringify({ version: 1, layers }, null, 2) + '\n');

// --- Population ----------------------------------------------------------------------------------
const population = read('data/cbs/population.csv').map((r) => ({
  ...r,
  source: 'CBS StatLine 37259ENG, 1 januari',
  confidence: 'official',
}));
write('population.csv', toCsv([...POPULATION_COLUMNS, ...POPULATION_EXTRA_COLUMNS], population));

// --- Regions and populations as the seeds print them ---------------------------------------------
const LEVEL_NAMES = ['region', 'subregion', 'cluster'];
const reportedSection: Record<string, string> = {
  jeugd_2013_05: "5. Beeld van regio's per provincie",
  jeugd_2013_10: "Regio's per provincie",
  wmo_2013_05: "5. Beeld van regio's per provincie (tabel Provincie, Regio, Subregio, Inwoneraantal)",
};
const documentOf = (layerId: string) => (rounds.find((r) => r.id === layerId)?.document as string | undefined) ?? '';
const reported = read('data/seeds/regions_reported.csv').map((r) => ({
  layer_id: r.round_id,
  region_id: r.region_id,
  region_name: r.region_name,
  level: LEVEL_NAMES[Number(r.level)],
  parent_region_id: r.parent_region_id,
  reported_population: r.reported_population,
  population_text: r.population_text,
  population_reference_date: r.population_reference_date,
  source_document: documentOf(r.round_id),
  source_section: reportedSection[r.round_id],
  note: r.notes,
  canonical_name: r.canonical_name,
  province: r.province,
  confidence: 'text',
}));
const manualReportedPath = join(manualDir, 'regions_reported.csv');
if (existsSync(manualReportedPath)) {
  const text = readFileSync(manualReportedPath, 'utf8');
  parseRegionsReported(text, 'data/manual/regions_reported.csv');
  for (const r of parseCsv(text).rows) {
    if (!manualLayers.some((l) => l.id === r.layer_id)) throw new Error(`data/manual/regions_reported.csv: ${r.layer_id} is not a layer of data/manual/layers.json`);
    reported.push({ ...r, canonical_name: r.canonical_name ?? r.region_name, province: r.province ?? '', confidence: r.confidence || 'text' } as (typeof reported)[number]);
  }
}
for (const r of reported) {
  if (!r.level || !r.source_document || !r.source_section) throw new Error(`regions_reported: no level or source for ${r.layer_id} ${r.region_id}`);
}
write('regions_reported.csv', toCsv([...REGIONS_REPORTED_COLUMNS, ...REGIONS_REPORTED_EXTRA_COLUMNS], reported));

// Every reported id must join to a membership region, subregion or cluster id of its layer.
const joinable = new Map<string, Set<string>>();
for (const layer of manualLayers.filter((l) => l.membershipFile)) {
  const rows = parseCsv(readFileSync(join(manualDir, layer.membershipFile!), 'utf8')).rows;
  joinable.set(layer.id, new Set(rows.flatMap((r) => [r.region_id, r.subregion_id, r.cluster_id]).filter(Boolean)));
}
for (const r of youthRows) (joinable.get(r.round_id) ?? joinable.set(r.round_id, new Set()).get(r.round_id)!).add(r.region_id);
joinable.set('wmo_2013_05', new Set(wmoRows.flatMap((r) => [r.region_id, r.subregion_id, r.nested_subregion_id]).filter(Boolean)));
const unjoined = reported.filter((r) => !joinable.get(r.layer_id)?.has(r.region_id));
for (const r of unjoined) {
  if (!/no member list/.test(r.note)) throw new Error(`regions_reported: ${r.layer_id} ${r.region_id} joins no membership and has no note saying why`);
}

// --- The seeds' tables ---------------------------------------------------------------------------
interface TableSpec {
  title: { nl: string; en: string };
  layerIds: string[];
  document: string | ((row: Record<string, string>) => string);
  section: string | ((row: Record<string, string>) => string);
  /** `text` unless the seeds README says the reading is an assumption. */
  confidence: (row: Record<string, string>) => 'text' | 'derived';
  notes: string;
}
const D000 = '000_a8adfdf92dd4663a.txt';
const D003 = '003_faf11c9944619372.txt';
const TABLES: Record<SeedTableFile, TableSpec> = {
  'jeugd_2013_10_taak_schaal.csv': {
    title: { nl: 'Welke taak op welke schaal? (vierde inventarisatie jeugd)', en: 'Which task at which scale? (4th youth inventory)' },
    layerIds: ['jeugd_2013_10'],
    document: D000,
    section: 'Welke Taak op welke Schaal?',
    confidence: () => 'derived',
    notes: 'The PDF table was flattened on extraction; columns were assigned so that every task adds up to 42 regions (seeds README).',
  },
  'jeugd_2013_10_taak_schaal_long.csv': {
    title: { nl: 'Welke taak op welke schaal? (lange vorm)', en: 'Which task at which scale? (long form)' },
    layerIds: ['jeugd_2013_10'],
    document: D000,
    section: 'Welke Taak op welke Schaal?',
    confidence: () => 'derived',
    notes: 'Same table in long form; kind main = plain count, mixed = regions with a mixed answer. Every task adds up to 42.',
  },
  'jeugd_2013_intentie_vastgelegd.csv': {
    title: { nl: 'Intentie versus vastgelegde afspraken (aantallen regio’s), mei en oktober 2013', en: 'Intentions versus agreements (number of regions), May and October 2013' },
    layerIds: ['jeugd_2013_05', 'jeugd_2013_10'],
    document: D000,
    section: "Intentie versus vastgelegde afspraken (aantallen regio's)",
    confidence: () => 'text',
    notes: 'Printed as is; several October rows do not add up to 42 (seeds README, known contradictions).',
  },
  'jeugd_2013_10_bovenregionaal.csv': {
    title: { nl: 'Bovenregionale samenwerking', en: 'Inter-regional groupings of youth regions' },
    layerIds: ['jeugd_2013_10'],
    document: D000,
    section: 'Bovenregionale samenwerking vindt plaats in:',
    confidence: (r) => (r.notes ? 'derived' : 'text'),
    notes: 'One row per group and member youth region; rows with a note are a reading of the group name (derived).',
  },
  'cjg_2011_tabel5_uitvoeringsorganisaties.csv': {
    title: { nl: 'Tabel 5: aantal regio’s of locaties per uitvoeringsorganisatie', en: 'Table 5: regions or locations per implementing organisation' },
    layerIds: ['cjg_2011'],
    document: D003,
    section: "Tabel 5: aantal regio's of locaties per uitvoeringsorganisatie",
    confidence: () => 'text',
    notes: 'Where the annex cards give other numbers, the notes column says so.',
  },
  'cjg_2011_samenwerkingsverbanden.csv': {
    title: { nl: 'De 32 regionale samenwerkingsverbanden rond jeugd en gezin', en: 'The 32 kinds of regional cooperation around youth and family' },
    layerIds: ['cjg_2011'],
    document: D003,
    section: 'Bijlage – Regionale samenwerkingsverbanden in kaart gebracht; Schema 4',
    confidence: (r) => (r.map_variant ? 'derived' : 'text'),
    notes: 'The REC and JGZ cards are split into three rows each (map_variant), an assumption that gives the 32 maps the report mentions.',
  },
  'cjg_2011_zorgzwaarte.csv': {
    title: { nl: 'Driehoek van de zorgzwaarte', en: 'Triangle of care intensity' },
    layerIds: ['cjg_2011'],
    document: D003,
    section: '2.6 De complexiteit van de vraag in relatie tot de noodzaak tot samenwerking (driehoek van de zorgzwaarte)',
    confidence: () => 'derived',
    notes: 'Labels and percentages were paired in the order of the extracted figure.',
  },
  'key_figures.csv': {
    title: { nl: 'Kerncijfers uit de bronnen', en: 'Key figures printed in the sources' },
    layerIds: ['jeugd_2013_05', 'jeugd_2013_10', 'wmo_2013_05', 'cjg_2011'],
    document: (r) => r.document,
    section: () => 'lopende tekst',
    confidence: () => 'text',
    notes: 'value_text is exactly as printed; value_kind says whether the value is exact, approximate or a bound.',
  },
  'region_remarks.csv': {
    title: { nl: 'Opmerkingen per regio', en: 'Remarks per region' },
    layerIds: ['jeugd_2013_05', 'jeugd_2013_10', 'wmo_2013_05'],
    document: (r) => documentOf(r.round_id),
    section: (r) => `toelichting bij regio (${r.topic})`,
    confidence: () => 'text',
    notes: 'Short Dutch labels written for tooltips, each paraphrasing a statement of the seed about that region.',
  },
};
const tableSources = [];
for (const [file, spec] of Object.entries(TABLES) as [SeedTableFile, TableSpec][]) {
  const rows = read(`data/seeds/tables/${file}`).map((r) => ({
    ...r,
    source_document: typeof spec.document === 'string' ? spec.document : spec.document(r),
    source_section: typeof spec.section === 'string' ? spec.section : spec.section(r),
    confidence: spec.confidence(r),
  }));
  write(`tables/${file}`, toCsv([...TABLE_COLUMNS[file], ...TABLE_PROVENANCE_COLUMNS], rows));
  tableSources.push({
    file,
    title: spec.title,
    layerIds: spec.layerIds,
    source: {
      document: typeof spec.document === 'string' ? spec.document : [...new Set(rows.map((r) => r.source_document))].join('; '),
      section: typeof spec.section === 'string' ? spec.section : 'see source_section per row',
    },
    rows: rows.length,
    notes: spec.notes,
  });
}
write('tables/sources.json', JSON.stringify({ version: 1, tables: tableSources }, null, 2) + '\n');

// --- The seeds' known contradictions per region --------------------------------------------------
// Transcribed from ../shared/data/seeds/README.md ("Judgement calls in the youth memberships" and
// "Known uncertainties and contradictions in the sources"), plus the reported rows whose seed note says
// the 4th round repeats the 3rd round's figure although it claims 1-1-2013.
const README = 'data/seeds/README.md';
const JUDGEMENT = 'Judgement calls in the youth memberships';
const KNOWN = 'Known uncertainties and contradictions in the sources';
const contradictions: Array<Record<string, string>> = [];
const contradiction = (layer_id: string, region_id: string, kind: 'population' | 'membership', note: string, section: string) =>
  contradictions.push({ layer_id, region_id, kind, note, source_document: README, source_section: section });
for (const [region, note] of [
  ['j-achterhoek', '000 prints 300.050 for 1-1-2013, the 3rd round 380.415 for the same membership'],
  ['j-arnhem', '000 prints 449.070, the 3rd round 412.431 for the same membership'],
  ['j-midden-brabant', '000 prints 432.970, the 3rd round 389.852 for the same membership'],
  ['j-food-valley', '000 prints 296.390, the 3rd round 333.038 for the same membership'],
  ['j-rijnmond', '000 prints a rounded 1.294.000, the 3rd round 1.265.197'],
  ['j-haaglanden', '000 prints 1.026.470, the 3rd round 1.038.118'],
  ['j-amsterdam-amstelland', '000 and 004 say above one million, the table prints 958.065'],
] as const) contradiction('jeugd_2013_10', region, 'population', note, KNOWN);
for (const r of reported.filter((x) => /same figure as 3rd round/.test(x.note))) {
  if (!contradictions.some((c) => c.layer_id === r.layer_id && c.region_id === r.region_id)) {
    contradiction(r.layer_id, r.region_id, 'population', '000 repeats the 3rd-round figure although it says its figures are of 1-1-2013', KNOWN);
  }
}
for (const layer of ['jeugd_2013_05', 'jeugd_2013_10']) {
  contradiction(layer, 'j-midden-holland', 'membership', 'the figures look as if Boskoop were counted in Midden-Holland; the membership puts it in Holland Rijnland (002)', JUDGEMENT);
  contradiction(layer, 'j-holland-rijnland', 'membership', 'the figures look as if Boskoop were not counted in Holland Rijnland', JUDGEMENT);
  contradiction(layer, 'j-food-valley', 'membership', 'the 000 Food Valley figure looks like it excludes Nijkerk', JUDGEMENT);
}
contradiction('jeugd_2013_05', 'j-nijmegen', 'membership', '001 vs 000 figures look as if Mook en Middelaar moved from Noord-Limburg to Nijmegen; 000 mentions no move', JUDGEMENT);
contradiction('jeugd_2013_05', 'j-noord-limburg', 'membership', '001 vs 000 figures look as if Mook en Middelaar moved to Nijmegen; 000 mentions no move', JUDGEMENT);
contradiction('jeugd_2013_05', 'j-zuid-holland-zuid', 'membership', '001 ZHZ figure 396.008 leaves out the Hoeksche Waard (Drechtsteden + AV only)', KNOWN);
contradiction('jeugd_2013_05', 'j-utrecht-west', 'population', '001 prints 179.177, 002 179.117 for the same five municipalities', KNOWN);
contradiction('jeugd_2013_05', 'j-haarlemmermeer', 'population', '001 prints 143.375, 002 143.893 for the same municipality', KNOWN);
contradiction('wmo_2013_05', 'w-utrecht-west', 'population', '002 prints 179.117, 001 179.177 for the same five municipalities', KNOWN);
contradiction('wmo_2013_05', 'w-haarlemmermeer', 'population', '002 prints 143.893, 001 143.375 for the same municipality', KNOWN);
contradiction('wmo_2013_05', 'w-amsterdam-amstelland', 'population', '"Stadsregio Amsterdam" 970.086 vs youth Amsterdam-Amstelland 958.065 for the same six municipalities', KNOWN);
contradiction('wmo_2013_05', 'w-gooi-en-vechtstreek', 'membership', '244.480 is the youth figure without Eemnes, while for AWBZ Eemnes is with Gooi- en Vechtstreek', KNOWN);
contradiction('wmo_2013_05', 'w-eem-en-vallei', 'membership', '325.943 is the youth Eemland figure incl. Eemnes and Nijkerk', KNOWN);
contradiction('wmo_2013_05', 'w-noord-limburg', 'membership', '280.103 is the youth figure although the member lists differ', KNOWN);
contradiction('wmo_2013_05', 'w-nijmegen', 'membership', '298.408 is the youth figure although the member lists differ', KNOWN);
contradiction('wmo_2013_05', 'w-rijnmond', 'population', 'the Rijnmond subregions add up to 48.000 less than the total (Goeree-Overflakkee is in no subregion)', KNOWN);
contradiction('wmo_2013_05', 'w-haaglanden', 'population', 'the Haaglanden clusters overlap ("NB: dubbelingen"), so they add up to 148.806 more than the total', KNOWN);
for (const c of contradictions) {
  if (!reported.some((r) => r.layer_id === c.layer_id && r.region_id === c.region_id)) throw new Error(`contradiction for unknown region ${c.layer_id} ${c.region_id}`);
}
write('seed_contradictions.csv', toCsv([...SEED_CONTRADICTIONS_COLUMNS], contradictions));

// --- Municipal mergers and splits between consecutive geometry years -----------------------------
// Derived from the app's topologies (generated/geo, written by `npm run geo` from CBS geometry): for
// every municipality whose code disappears, the share of its area in each municipality of the next
// year. Pieces under MIN_SHARE are dropped: the generalised CBS layers of consecutive years differ by
// up to a few per cent along unchanged borders (measured up to 4.7 % for Skarsterlân/Heerenveen).
const MIN_SHARE = 0.05;
const GEOMETRY_YEARS = [2011, 2012, 2013, 2014, 2015];
const geoFeatures = (year: number) => {
  const path = join(root, 'generated', 'geo', `gemeente_${year}.json`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run geo\` first`);
  return municipalityFeatures(asMunicipalityTopology(JSON.parse(readFileSync(path, 'utf8')))).features;
};
const successorOf = new Map<string, string>();
for (const r of read('data/cbs/divisions_nearest_year_fill.csv')) {
  const m = /successor municipality (GM\d{4})/.exec(r.method);
  if (m) successorOf.set(`${r.year} ${r.gm_code}`, m[1]);
}
const changes: Array<Record<string, string | number>> = [];
const round4 = (x: number) => Math.round(x * 10000) / 10000;
for (const year of GEOMETRY_YEARS.slice(0, -1)) {
  const before = geoFeatures(year);
  const after = geoFeatures(year + 1);
  const afterCodes = new Set(after.map((f) => f.properties.code));
  const boxes = after.map((f) => bbox(f));
  for (const from of before.filter((f) => !afterCodes.has(f.properties.code))) {
    const box = bbox(from);
    const fromArea = area(from);
    const pieces = [];
    for (const [i, to] of after.entries()) {
      const b = boxes[i];
      if (b[0] > box[2] || b[2] < box[0] || b[1] > box[3] || b[3] < box[1]) continue;
      const shared = intersect(featureCollection([from, to]));
      if (!shared) continue;
      const sharedArea = area(shared);
      if (sharedArea / fromArea >= MIN_SHARE) pieces.push({ to, share: sharedArea / fromArea, toShare: sharedArea / area(to) });
    }
    if (!pieces.length) throw new Error(`${from.properties.code} (${year}) lies in no municipality of ${year + 1}`);
    pieces.sort((a, b) => b.share - a.share);
    for (const [i, p] of pieces.entries()) {
      changes.push({
        from_year: year,
        from_code: from.properties.code,
        from_name: from.properties.name,
        to_year: year + 1,
        to_code: p.to.properties.code,
        to_name: p.to.properties.name,
        area_share: round4(p.share),
        source: `CBS gebiedsindelingen gemeente_${year} and gemeente_${year + 1} (generated/geo), area of intersection (@turf/turf)`,
        to_area_share: round4(p.toShare),
        successor_check: i === 0 ? '' : 'not the largest piece',
      });
    }
  }
}
// Cross-check: following the largest piece to 2014 must reach the successor CBS's gap-fill file names.
const largest = new Map(changes.filter((c) => c.successor_check === '').map((c) => [`${c.from_year} ${c.from_code}`, c]));
for (const [key, expected] of successorOf) {
  const [year, startCode] = key.split(' ');
  let code = startCode;
  let y = Number(year);
  while (y < 2014) {
    const next = largest.get(`${y} ${code}`);
    if (next) code = next.to_code as string;
    y++;
  }
  if (code !== expected) throw new Error(`municipal changes: ${key} ends in ${code} in 2014, CBS fill names ${expected}`);
  const first = largest.get(key);
  if (first && first.successor_check === '') first.successor_check = `agrees with CBS fill successor ${expected}`;
}
for (const c of changes) if (c.successor_check === '') c.successor_check = 'no successor note in CBS fill';
changes.sort((a, b) => Number(a.from_year) - Number(b.from_year) || String(a.from_code).localeCompare(String(b.from_code)) || Number(b.area_share) - Number(a.area_share));
write('municipal_changes.csv', toCsv([...MUNICIPAL_CHANGES_COLUMNS, ...MUNICIPAL_CHANGES_EXTRA_COLUMNS], changes));

console.log(
  `data/: ${layers.length} layers, ${population.length} population rows, ${reported.length} reported regions ` +
    `(${unjoined.length} without members), ${tableSources.length} tables, ${contradictions.length} seed contradictions, ` +
    `${changes.length} municipal change rows`,
);
