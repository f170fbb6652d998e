import { describe, expect, it } from 'vitest';
import { translator } from '../../../scripts/import/translate.ts';
import { checkCited, documentRecords } from '../../../scripts/import/documents.ts';
import { divisionConfidence, divisionLayers, type DivisionInfo } from '../../../scripts/import/divisions.ts';
import { MENTIONED_IN, roundLayer, wmoMembershipRows, youthMembershipRows } from '../../../scripts/import/rounds.ts';
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
  it('cites a round without a document of its own by the inventories that mention it, and needs its English label', () => {
    const round = { id: 'jeugd_2012_05', domain: 'jeugd', label: 'Eerste', reference_date: '2012-05', document: null, number_of_regions: null, geometry_year: 2012, notes: 'a note' };
    const layer = roundLayer(round, { label_en: 'First', section: '' }, false, translate);
    expect(layer).toMatchObject({ membershipStatus: 'unknown', membershipFile: null, source: { document: MENTIONED_IN }, notes: { nl: 'een toelichting', en: 'a note' } });
    expect(() => roundLayer(round, undefined, false, translate)).toThrow(/no English label/);
  });
});

describe('contradictions: the seeds\' inconsistencies come from contradictions.csv', () => {
  const row = { round_id: 'jeugd_2013_10', region_id: 'j-x', kind: 'population', printed: '1.000', explanation_nl: 'te laag', explanation_en: 'too low', likely_cause: 'reference_date', evidence: '000: 1.000', seed_files: '000_a.txt' };
  it('keeps both languages, the cause and the seed files', () => {
    expect(contradictionRows([row], new Set(['jeugd_2013_10 j-x']))).toEqual([{ layer_id: 'jeugd_2013_10', region_id: 'j-x', kind: 'population', printed: '1.000', explanation_nl: 'te laag', explanation_en: 'too low', likely_cause: 'reference_date', evidence: '000: 1.000', source_documents: '000_a.txt' }]);
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
