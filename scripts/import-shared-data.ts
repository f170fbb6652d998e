/**
 * Transforms the curated tables in ../shared/data (CBS divisions and population, the seeds'
 * memberships) into the project's own data/ format. Run again after the shared tables change:
 *   npx tsx scripts/import-shared-data.ts [path/to/shared]
 * The output is committed; the app and tests read only data/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv, toCsv } from '../src/data/csv.ts';
import type { Layer } from '../src/domain/types.ts';
import { MEMBERSHIP_COLUMNS } from '../src/data/format.ts';

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
    notes: { nl: round.notes as string, en: round.notes as string },
  });
  if (!known) continue;
  const rows = id === 'wmo_2013_05'
    ? wmoRows.map((r) => membershipRow({
        gm_code: r.gm_code,
        region_id: r.region_id,
        region_name: r.region_name,
        subregion_id: r.subregion_id,
        subregion_name: r.subregion_name,
        primary: r.primary === 'yes' ? 'yes' : 'no',
        source_document: document,
        source_section: r.source,
        confidence: 'text',
        note: [r.nested_subregion ? `cluster ${r.nested_subregion} binnen ${r.subregion_name}` : '', r.notes].filter(Boolean).join('; '),
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
  write(`memberships/${id}.csv`, toCsv([...MEMBERSHIP_COLUMNS], rows));
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

const order = (l: Layer) => `${l.kind === 'inventory' ? 0 : 1}-${l.domain}-${l.geometryYear}-${l.id}`;
layers.sort((a, b) => order(a).localeCompare(order(b)));
write('layers.json', JSON.stringify({ version: 1, layers }, null, 2) + '\n');

// --- Population ----------------------------------------------------------------------------------
const population = read('data/cbs/population.csv').map((r) => ({
  ...r,
  source: 'CBS StatLine 37259ENG, 1 januari',
}));
write('population.csv', toCsv(['gm_code', 'gm_name', 'year', 'population', 'source'], population));

console.log(`data/: ${layers.length} layers, ${population.length} population rows`);
