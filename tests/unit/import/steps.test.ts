import { describe, expect, it } from 'vitest';
import { translator } from '../../../scripts/import/translate.ts';
import { checkCited, documentRecords } from '../../../scripts/import/documents.ts';
import { divisionConfidence, divisionLayers, type DivisionInfo } from '../../../scripts/import/divisions.ts';
import { roundLayer, roundMembershipRows, wmoMembershipRows, youthMembershipRows } from '../../../scripts/import/rounds.ts';
import { seedTable, tableSpecs } from '../../../scripts/import/tables.ts';
import { populationRows } from '../../../scripts/import/population.ts';
import { changesBetween, type MunicipalityFeature } from '../../../scripts/import/changes.ts';
import { readFileSync } from 'node:fs';
import { contradictionRows } from '../../../scripts/import/contradictions.ts';
import { nameCorrections } from '../../../scripts/import/names.ts';
import { joinableIds, reportedRows, unjoinedRegions } from '../../../scripts/import/reported.ts';
import { checkSuccessors, successorsInFill } from '../../../scripts/import/changes.ts';
import { displayName } from '../../../src/domain/names.ts';

const translate = translator({ 'Wmo with Eemland': 'Wmo met Eemland', '002 Wmo list': 'Wmo-ledenlijst van 002', 'display fill only': 'alleen aanvulling voor weergave', 'a note': 'een toelichting' });

describe('translate: the Dutch of the seeds\' English prose is data', () => {
  it('gives both languages of a known text and empty for an empty one', () => {
    expect(translate('Wmo with Eemland', 'x')).toEqual({ nl: 'Wmo met Eemland', en: 'Wmo with Eemland' });
    expect(translate('  ', 'x')).toEqual({ nl: '', en: '' });
  });
  it('takes both texts where an entry gives them, and stops on a text that names a file the reader cannot open', () => {
    const rewritten = translator({ 'see SOURCES.md': { nl: 'drie fusies', en: 'three mergers' }, 'see x.csv': 'zie x.csv', 'see also': { nl: 'zie ook', en: 'see ../seeds/a.csv' } });
    expect(rewritten('see SOURCES.md', 'x')).toEqual({ nl: 'drie fusies', en: 'three mergers' });
    expect(() => rewritten('see x.csv', 'layers ggd_2013')).toThrow(/layers ggd_2013: the Dutch text names a file/);
    expect(() => rewritten('see also', 'x')).toThrow(/the English text names a file/);
  });
  it('stops the import on a text without Dutch, naming where it occurs', () => {
    expect(() => translate('Wmo with Gooi', 'jeugd row GM0317')).toThrow(/jeugd row GM0317: no Dutch text for "Wmo with Gooi"/);
  });
});

describe('documents: every source is cited as people cite it', () => {
  const seeds = [{ seed_file: '000_a.txt', publisher: 'VNG', title: 'Rapportage', subtitle: 'Vierde', date: '2013-10-31/2014', parliamentary_reference: 'Kamerstukken II 2013/14, 31 839, nr. 343', citation_nl: 'VNG (2013). Rapportage.', citation_en: 'VNG (2013). Report.' }];
  const cbs = [{ document_id: 'cbs-population', publisher: 'CBS', title: 'StatLine', date: '2025', citation_nl: 'CBS StatLine (2025).', citation_en: 'Statistics Netherlands (2025).', file: 'data/cbs/population.csv' }];
  it('keeps the seed\'s publisher, title, date and parliamentary reference, and its file only as the technical reference', () => {
    const [seed, table] = documentRecords(seeds, cbs);
    expect(seed).toMatchObject({ id: '000_a.txt', kind: 'seed', publisher: 'VNG', parliamentaryReference: 'Kamerstukken II 2013/14, 31 839, nr. 343', file: 'seeds/000_a.txt' });
    expect(table).toMatchObject({ id: 'cbs-population', kind: 'cbs', citation: { nl: 'CBS StatLine (2025).', en: 'Statistics Netherlands (2025).' } });
  });
  it('refuses a document without a citation in both languages, and a source citing an unknown document', () => {
    expect(() => documentRecords([{ ...seeds[0], citation_en: '' }], [])).toThrow(/000_a.txt needs a citation/);
    expect(() => checkCited('000_a.txt;009_x.txt', new Set(['000_a.txt']), 'row 3')).toThrow(/row 3: cites unknown document "009_x.txt"/);
  });
});

describe('divisions: official only where division_provenance.csv says official', () => {
  const info = new Map<string, DivisionInfo>([['zorgkantoor', { domain: 'zorgkantoor', label_nl: 'Zorgkantoorregio\'s', label_en: 'Care office regions' }]]);
  const provenance = [
    { division: 'zorgkantoor', year: '2011', status: 'official', basis: 'cartomap 2011 layer', note: '' },
    { division: 'zorgkantoor', year: '2012', status: 'carried_over', basis: 'the 2011 layer', note: 'a note' },
  ];
  const rows = ['2011', '2012'].flatMap((year) => [
    { year, gm_code: 'GM0001', gm_name: 'A', division: 'zorgkantoor', region_code: 'ZK01', region_name: 'Een' },
    { year, gm_code: 'GM0002', gm_name: 'B', division: 'zorgkantoor', region_code: 'ZK02', region_name: 'Twee' },
  ]);
  it('makes a carried-over year derived and says why in both languages', () => {
    const [y2011, y2012] = divisionLayers(rows, false, info, provenance, translate);
    expect(y2011.layer.provenance?.status).toBe('official');
    expect(y2011.rows.every((r) => r.confidence === 'official')).toBe(true);
    expect(y2012.layer.provenance).toEqual({ status: 'carried_over', basis: 'the 2011 layer', note: { nl: 'een toelichting', en: 'a note' } });
    expect(y2012.rows.every((r) => r.confidence === 'derived')).toBe(true);
    expect(y2012.layer.source.document).toBe('cbs-divisions');
    expect(y2012.layer.expectedRegions).toBe(2);
  });
  it('stops on a division-year without provenance, or a fill file row whose provenance is not a fill', () => {
    expect(() => divisionLayers(rows.map((r) => ({ ...r, year: '2013' })), false, info, provenance, translate)).toThrow(/no row for zorgkantoor 2013/);
    expect(() => divisionLayers(rows.slice(0, 2), true, info, provenance, translate)).toThrow(/official, but comes from the fill file/);
    expect(divisionConfidence('nearest_year_fill')).toBe('derived');
  });
});

describe('rounds: a derived youth row cites the document holding its evidence', () => {
  const youth = [{
    round_id: 'jeugd_2013_10', region_id: 'j-food-valley', region_name: 'Food Valley', gm_code: 'GM0289', confidence: 'derived', evidence: '002 Wmo list',
    alternative_region: 'Arnhem', notes: 'Wmo with Eemland', evidence_documents: '002_b.txt;000_a.txt',
  }];
  it('takes evidence_documents as the source, keeps the alternative reading and both languages', () => {
    const [row] = youthMembershipRows(youth, translate);
    expect(row).toMatchObject({ source_document: '002_b.txt;000_a.txt', alternative_region: 'Arnhem', note: 'Wmo met Eemland', note_en: 'Wmo with Eemland', evidence_nl: 'Wmo-ledenlijst van 002', evidence_en: '002 Wmo list' });
  });
  it('refuses a youth row without evidence documents', () => {
    expect(() => youthMembershipRows([{ ...youth[0], evidence_documents: '' }], translate)).toThrow(/no evidence_documents/);
  });
  it('gives Wmo rows the clean region name and the round\'s document', () => {
    const [row] = wmoMembershipRows([{ gm_code: 'GM0001', region_id: 'w-x', region_name: 'Alle gemeenten', subregion_id: '', subregion_name: '', primary: 'yes', source: '002 Wmo list', notes: '', nested_subregion_id: '', nested_subregion: '' }], new Map([['w-x', 'Friesland']]), '002_b.txt', translate);
    expect(row).toMatchObject({ region_name: 'Friesland', source_document: '002_b.txt', evidence_nl: 'Wmo-ledenlijst van 002' });
  });
  const round = { id: 'jeugd_2012_05', domain: 'jeugd', label: 'Eerste', reference_date: '2012-05', document: null, number_of_regions: null, geometry_year: 2012, notes: 'a note' };
  const text = { label_en: 'First', section: '', mentioned_in: '000_a.txt;001_b.txt' };
  it('cites a round without a document of its own by the inventories rounds.csv says mention it, and needs its English label', () => {
    const layer = roundLayer(round, text, [], translate);
    expect(layer).toMatchObject({ membershipStatus: 'unknown', membershipFile: null, allowsOverlap: false, source: { document: '000_a.txt;001_b.txt' }, notes: { nl: 'een toelichting', en: 'a note' } });
    expect(() => roundLayer(round, undefined, [], translate)).toThrow(/no English label/);
    expect(() => roundLayer(round, { ...text, mentioned_in: '' }, [], translate)).toThrow(/has no document, and rounds.csv names none/);
  });
  it('allows overlap exactly when a municipality has a second, non-primary row (the Wmo round)', () => {
    const wmo = { ...round, id: 'wmo_2013_05', document: '002_b.txt' };
    const row = (gm_code: string, primary: string) => ({ gm_code, region_id: 'w-x', primary });
    expect(roundLayer(wmo, text, [row('GM0317', 'yes')], translate)).toMatchObject({ allowsOverlap: false, membershipStatus: 'complete', membershipFile: 'memberships/wmo_2013_05.csv', source: { document: '002_b.txt' } });
    expect(roundLayer(wmo, text, [row('GM0317', 'yes'), row('GM0317', 'no')], translate).allowsOverlap).toBe(true);
  });
  it('takes a round\'s rows from the membership table its rounds.json files name, and none when it names none', () => {
    const tables = {
      'jeugd_2013_membership.csv': [youth[0], { ...youth[0], round_id: 'jeugd_2013_05', gm_code: 'GM0001' }],
      'wmo_2013_membership.csv': [{ gm_code: 'GM0002', region_id: 'w-x', region_name: 'West', subregion_id: '', subregion_name: '', primary: 'yes', source: '002 Wmo list', notes: '', nested_subregion_id: '', nested_subregion: '' }],
    };
    const reported = [{ round_id: 'wmo_2013_05', level: '0', region_id: 'w-x', canonical_name: 'Friesland' }];
    const of = (id: string, files?: string[], document: string | null = null) => roundMembershipRows({ ...round, id, document, files }, tables, reported, translate);
    expect(of('jeugd_2013_10', ['regions_reported.csv', 'jeugd_2013_membership.csv']).map((r) => r.gm_code)).toEqual(['GM0289']);
    expect(of('wmo_2013_05', ['wmo_2013_membership.csv'], '002_b.txt')).toMatchObject([{ gm_code: 'GM0002', region_name: 'Friesland', source_document: '002_b.txt' }]);
    expect(of('cjg_2011', ['tables/key_figures.csv'])).toEqual([]);
    expect(of('jeugd_2012_05')).toEqual([]);
  });
});

describe('tables: how each seed table is cited is data (scripts/import/tables.json)', () => {
  const specs = tableSpecs(JSON.parse(readFileSync(new URL('../../../scripts/import/tables.json', import.meta.url), 'utf8')));
  const documentOf = (roundId: string) => ({ jeugd_2013_10: '000_a.txt', wmo_2013_05: '002_b.txt' })[roundId] ?? '';
  it('cites a table\'s own document and section, and marks every row derived when the seeds README says the reading is an assumption', () => {
    const { source, csv } = seedTable('jeugd_2013_10_taak_schaal.csv', specs['jeugd_2013_10_taak_schaal.csv'], [{ task: 'Jeugd-GGZ', lokaal: '1' }], documentOf);
    expect(source).toMatchObject({ source: { document: '000_a8adfdf92dd4663a.txt', section: 'Welke Taak op welke Schaal?' }, rows: 1, layerIds: ['jeugd_2013_10'] });
    expect(csv.trim().split(/\r?\n/)[1]).toMatch(/,000_a8adfdf92dd4663a\.txt,Welke Taak op welke Schaal\?,derived$/);
  });
  it('takes the document from the row or from the round it names, the section per row, and derived only where the column is filled', () => {
    const remarks = seedTable('region_remarks.csv', specs['region_remarks.csv'], [{ round_id: 'wmo_2013_05', topic: 'grens' }, { round_id: 'jeugd_2013_10', topic: 'leden' }], documentOf);
    expect(remarks.source.source).toEqual({ document: '002_b.txt;000_a.txt', section: undefined });
    expect(remarks.csv).toContain('002_b.txt,toelichting bij regio (grens),text');
    const groups = seedTable('jeugd_2013_10_bovenregionaal.csv', specs['jeugd_2013_10_bovenregionaal.csv'], [{ notes: '' }, { notes: 'reading of the name' }], documentOf);
    expect(groups.csv.trim().split(/\r?\n/).slice(1).map((l) => l.split(',').at(-1))).toEqual(['text', 'derived']);
    const figures = seedTable('key_figures.csv', specs['key_figures.csv'], [{ document: '003_c.txt' }], documentOf);
    expect(figures.source.source.document).toBe('003_c.txt');
  });
  it('stops on a row without a document, and on a tables.json that lacks a table or names an unknown one', () => {
    expect(() => seedTable('region_remarks.csv', specs['region_remarks.csv'], [{ round_id: 'jeugd_2099', topic: 'x' }], documentOf)).toThrow(/a row without a source document/);
    const rest = Object.fromEntries(Object.entries(specs).filter(([file]) => file !== 'key_figures.csv'));
    expect(() => tableSpecs({ description: '', tables: rest })).toThrow(/no spec for key_figures\.csv/);
    expect(() => tableSpecs({ description: '', tables: { ...specs, 'other.csv': specs['key_figures.csv'] } })).toThrow(/tables\.json/);
  });
});

describe('population: CBS figures of 1 January', () => {
  it('cites CBS and marks the figures official', () => {
    expect(populationRows([{ gm_code: 'GM0317', year: '2013', population: '11311' }])).toEqual([{ gm_code: 'GM0317', year: '2013', population: '11311', source: 'cbs-population', confidence: 'official' }]);
  });
  it('stops on a figure that is not a whole number of inhabitants, naming its row', () => {
    expect(() => populationRows([{ gm_code: 'GM0317', year: '2013', population: '11311' }, { gm_code: 'GM0318', year: '2013', population: '11.3k' }])).toThrow(/row 3: "11.3k" is not a number/);
  });
});

describe('municipal changes: area shares between consecutive geometry years', () => {
  const square = (code: string, name: string, x0: number, x1: number): MunicipalityFeature => ({
    type: 'Feature',
    properties: { code, name } as MunicipalityFeature['properties'],
    geometry: { type: 'Polygon', coordinates: [[[x0, 52], [x1, 52], [x1, 52.1], [x0, 52.1], [x0, 52]]] },
  });
  it('splits a municipality whose code is gone over its successors by area, largest first, and drops slivers under 5 %', () => {
    const before = [square('GM0001', 'A', 5, 5.1), square('GM0002', 'B', 5.1, 5.2), square('GM0003', 'C', 5.2, 5.3)];
    // B goes: 70 % to C (which grows west), 27 % to A, and a 3 % sliver to D.
    const after = [square('GM0001', 'A', 5, 5.127), square('GM0003', 'C', 5.13, 5.3), square('GM0004', 'D', 5.127, 5.13)];
    const rows = changesBetween(2013, before, after);
    expect(rows.map((r) => [r.from_code, r.to_code, r.to_year])).toEqual([['GM0002', 'GM0003', '2014'], ['GM0002', 'GM0001', '2014']]);
    expect(Number(rows[0].area_share)).toBeCloseTo(0.7, 2);
    expect(Number(rows[1].area_share)).toBeCloseTo(0.27, 2);
  });
  it('stops on a vanished municipality that lies in no municipality of the next year', () => {
    expect(() => changesBetween(2013, [square('GM0002', 'B', 5.1, 5.2)], [square('GM0001', 'A', 6, 6.1)])).toThrow(/GM0002 \(2013\) lies in no municipality of 2014/);
  });
});

describe('contradictions: the seeds\' inconsistencies come from contradictions.csv', () => {
  const row = { round_id: 'jeugd_2013_10', region_id: 'j-x', kind: 'population', printed: '1.000', explanation_nl: 'te laag', explanation_en: 'too low', likely_cause: 'reference_date', evidence: '000: 1.000', seed_files: '000_a.txt' };
  it('keeps both languages, the cause and the seed files', () => {
    expect(contradictionRows([row], new Set(['jeugd_2013_10 j-x']))).toEqual([{ layer_id: 'jeugd_2013_10', region_id: 'j-x', kind: 'population', printed: '1.000', explanation_nl: 'te laag', explanation_en: 'too low', likely_cause: 'reference_date', evidence: '000: 1.000', source_documents: '000_a.txt' }]);
  });
  it('says in words what a file named in an explanation holds, and stops on a file without words', () => {
    const words = { 'population.csv': { nl: 'de CBS-bevolkingstabel', en: 'the CBS population table' } };
    const named = { ...row, explanation_nl: 'niet te controleren: population.csv heeft geen 2011', explanation_en: 'cannot be checked: population.csv has no 2011' };
    expect(contradictionRows([named], new Set(['jeugd_2013_10 j-x']), words)[0]).toMatchObject({ explanation_nl: 'niet te controleren: de CBS-bevolkingstabel heeft geen 2011', explanation_en: 'cannot be checked: the CBS population table has no 2011' });
    expect(() => contradictionRows([{ ...named, explanation_en: 'see SOURCES.md' }], new Set(['jeugd_2013_10 j-x']), words)).toThrow(/row 2: the explanation names SOURCES\.md/);
  });
  it('refuses unknown regions, kinds and causes', () => {
    expect(() => contradictionRows([row], new Set())).toThrow(/not a reported region/);
    expect(() => contradictionRows([{ ...row, kind: 'spelling' }], new Set(['jeugd_2013_10 j-x']))).toThrow(/unknown kind/);
    expect(() => contradictionRows([{ ...row, likely_cause: 'typo' }], new Set(['jeugd_2013_10 j-x']))).toThrow(/unknown likely_cause/);
  });
});

describe('names: CBS\'s extraction artefacts get the official name for display', () => {
  const corrections = nameCorrections([{ gm_code: 'GM0820', year_from: '2011', year_to: '2015', cbs_name: 'Nuenen. Gerwen en Nederwetten', display_name: 'Nuenen, Gerwen en Nederwetten', source_note: '' }]);
  it('shows "Nuenen, Gerwen en Nederwetten" in the years the correction covers, and nothing else changes', () => {
    expect(displayName('GM0820', 2013, 'Nuenen. Gerwen en Nederwetten', corrections)).toBe('Nuenen, Gerwen en Nederwetten');
    expect(displayName('GM0820', 2016, 'Nuenen. Gerwen en Nederwetten', corrections)).toBe('Nuenen. Gerwen en Nederwetten');
    expect(displayName('GM0363', 2013, 'Amsterdam', corrections)).toBe('Amsterdam');
  });
  it('refuses a correction without a year range', () => {
    expect(() => nameCorrections([{ gm_code: 'GM0820', year_from: '2015', year_to: '2011', cbs_name: 'a', display_name: 'b' }])).toThrow(/row 2/);
  });
});

describe('reported regions and municipal changes', () => {
  it('cites the round\'s document and table, and refuses a region that joins no members without saying why', () => {
    const rows = reportedRows([{ round_id: 'r', level: '1', region_id: 'x', region_name: 'X', parent_region_id: 'p', reported_population: '5', population_text: '5', population_reference_date: '', notes: '', canonical_name: 'X', province: 'P' }], () => 'doc.txt', () => 'tabel');
    expect(rows[0]).toMatchObject({ level: 'subregion', source_document: 'doc.txt', source_section: 'tabel' });
    expect(() => unjoinedRegions(rows, new Map([['r', joinableIds([{ region_id: 'y' }])]]))).toThrow(/r x joins no membership/);
    expect(unjoinedRegions([{ ...rows[0], note: 'no member list in the text' }], new Map())).toHaveLength(1);
  });
  it('checks the largest piece of a merged municipality against the successor CBS names', () => {
    const successors = successorsInFill([{ year: '2013', gm_code: 'GM0001', method: 'via successor municipality GM0009' }]);
    const piece = { from_year: '2013', from_code: 'GM0001', to_year: '2014', to_code: 'GM0009', area_share: '1', successor_check: '' };
    expect(checkSuccessors([piece], successors, 2014)[0].successor_check).toBe('agrees with CBS fill successor GM0009');
    expect(() => checkSuccessors([{ ...piece, to_code: 'GM0008' }], successors, 2014)).toThrow(/ends in GM0008/);
  });
});
