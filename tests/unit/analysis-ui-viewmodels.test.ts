import { describe, expect, it } from 'vitest';
import { BOM, tableToCsv, type CsvColumn } from '../../src/domain/export/tableCsv.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { classificationCsvColumns, comparableLayers, comparableYears, incongruenceView, partnerDifferences, referenceMonth, sentenceLabels } from '../../src/domain/viewModels/incongruenceList.ts';
import { congruenceOverview } from '../../src/domain/viewModels/congruenceOverview.ts';
import { defaultOverlapPartner, overlapRows, regionSizeRows, reportedRows, selectedRegion } from '../../src/domain/viewModels/regionCharts.ts';
import { cooperationKindRows, intentionRows, taskScaleRows } from '../../src/domain/viewModels/seedCharts.ts';
import { buildLayerView } from '../../src/domain/layerView.ts';
import { compareReportedPopulations } from '../../src/domain/discrepancies.ts';
import { parseSeedTable } from '../../src/data/parseSeedTables.ts';
import domainsJson from '../../data/domains.json';
import {
  loadAdjacency,
  loadAllMemberships,
  loadLayer,
  loadLayers,
  loadMemberships,
  loadMunicipalChanges,
  loadMunicipalities,
  loadPopulation,
  loadPopulationRecords,
  loadRegionsReported,
  loadSeedContradictions,
  readDataFile,
} from './realData.ts';

const domains = domainsJson.domains;
const layers = loadLayers();
const population = loadPopulation(2013);
const names = new Map(loadMunicipalities(2013).map((m) => [m.code, m.name]));
const compared = (ids: string[]) => ids.map((id) => ({ layer: loadLayer(id), memberships: loadMemberships(id) }));
const viewOf = (id: string) => buildLayerView(loadLayer(id), loadMemberships(id), loadMunicipalities(2013), loadAdjacency(2013), population, 2013);

describe('CSV export of a table', () => {
  type Row = { name: string; share: number; note: string | null };
  const columns: CsvColumn<Row>[] = [
    { header: 'naam', value: (r) => r.name },
    { header: 'aandeel', value: (r) => r.share },
    { header: 'opmerking', value: (r) => r.note },
  ];
  const rows: Row[] = [
    { name: 'Súdwest-Fryslân', share: 0.25, note: 'a; b, "c"' },
    { name: 'Eemnes', share: 12345, note: null },
  ];
  it('writes comma-separated UTF-8 with a BOM and a decimal point', () => {
    const text = tableToCsv(columns, rows, 'comma');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}naam,aandeel,opmerking\r\nSúdwest-Fryslân,0.25,"a; b, ""c"""\r\nEemnes,12345,\r\n`);
  });
  it('writes semicolon-separated with a decimal comma for Dutch Excel, and parses back', () => {
    const text = tableToCsv(columns, rows, 'semicolon');
    expect(text).toBe(`${BOM}naam;aandeel;opmerking\r\nSúdwest-Fryslân;0,25;"a; b, ""c"""\r\nEemnes;12345;\r\n`);
    expect(parseCsv(text, ';').rows[0]).toEqual({ naam: 'Súdwest-Fryslân', aandeel: '0,25', opmerking: 'a; b, "c"' });
  });
});

describe('incongruence list', () => {
  it('labels two rounds of one domain by their month: jeugd okt. 2013 and jeugd mei 2013', () => {
    const labels = sentenceLabels([loadLayer('jeugd_2013_10'), loadLayer('jeugd_2013_05'), loadLayer('wmo_2013_05')], domains);
    expect(labels.get('jeugd_2013_10')).toEqual({ nl: 'jeugd okt. 2013', en: 'youth Oct 2013' });
    expect(labels.get('wmo_2013_05')).toEqual({ nl: 'Wmo', en: 'Wmo' });
    expect(referenceMonth('2013')).toEqual({ nl: '2013', en: '2013' });
  });

  const youthWmo = () => incongruenceView(compared(['jeugd_2013_10', 'wmo_2013_05']), domains, population, names);
  const find = (view: ReturnType<typeof youthWmo>, name: string) => view.all.find((m) => m.name === name)!;

  it('words Eemnes with every region involved: jeugd met Eemland; Wmo met Gooi- en Vechtstreek en ook met Eem en Vallei', () => {
    const eemnes = find(youthWmo(), 'Eemnes');
    expect(eemnes.sentence.nl).toBe('Eemnes: jeugd met Eemland; Wmo met Gooi- en Vechtstreek en ook met Eem en Vallei');
    expect(eemnes.sentence.en).toBe('Eemnes: youth with Eemland; Wmo with Gooi- en Vechtstreek and also with Eem en Vallei');
  });

  it('words Helmond as nested: youth with all of its region (20 partners), Wmo only with De Peel (5)', () => {
    // The youth round names the region "Zuid-Oost Brabant" (000's spelling).
    const helmond = find(youthWmo(), 'Helmond');
    expect(helmond.sentence.nl).toBe('Helmond: jeugd met heel Zuid-Oost Brabant (20 partners), Wmo alleen met De Peel (5)');
    expect(helmond.sentence.en).toBe('Helmond: youth with all of Zuid-Oost Brabant (20 partners), Wmo only with De Peel (5)');
  });

  it('words Amersfoort, which stayed, with what its region lost and gained across the border', () => {
    expect(find(youthWmo(), 'Amersfoort').sentence.nl).toMatch(/^Amersfoort: jeugd met Eemland; Wmo met Eem en Vallei \(zonder Eemnes, met Nijkerk( en \w+)?\)$/);
  });

  it('words Delft with both Haaglanden subregions of the Wmo round', () => {
    expect(find(youthWmo(), 'Delft').sentence.nl).toMatch(/Wmo met heel Haaglanden \(10\), subregio DWO en ook Delft-Rijswijk$/);
  });

  it('groups all 408 municipalities, crossing ones to be hatched and nested ones dotted', () => {
    const view = youthWmo();
    expect(view.groups.map((g) => [g.category, g.municipalities.length])).toEqual([
      ['moved', 9],
      ['regionChanged', 6],
      ['nested', 153],
      ['same', 240],
      ['unplaced', 0],
    ]);
    expect(view.crossingCodes).toHaveLength(15);
    expect(view.nestedCodes).toHaveLength(153);
    expect(view.multiple.map((m) => m.name).sort()).toEqual(['Delft', 'Eemnes', 'Pijnacker-Nootdorp', 'Voorst']);
  });

  it('names the partners Eemnes has only in youth (Eemland) and only in Wmo (Gooi- en Vechtstreek)', () => {
    const [difference] = partnerDifferences(find(youthWmo(), 'Eemnes'), names);
    expect(difference).toMatchObject({ layerA: 'jeugd_2013_10', layerB: 'wmo_2013_05' });
    expect(difference.onlyInA).toContain('Amersfoort');
    expect(difference.onlyInB).toContain('Hilversum');
    expect(difference.onlyInB).not.toContain('Amersfoort');
  });

  it('exports the whole classification as CSV: one row per municipality with category and region in each layer', () => {
    const view = youthWmo();
    const text = tableToCsv(classificationCsvColumns([loadLayer('jeugd_2013_10'), loadLayer('wmo_2013_05')], 'nl'), view.all, 'comma');
    const parsed = parseCsv(text);
    expect(parsed.rows).toHaveLength(408);
    expect(parsed.rows.find((r) => r.gemeente === 'Eemnes')).toMatchObject({
      categorie: 'moved',
      in_twee_regios: 'ja',
      'regio jeugd_2013_10': 'Eemland',
      'regio wmo_2013_05': 'Gooi- en Vechtstreek',
      'ook_in wmo_2013_05': 'Eem en Vallei',
    });
    expect(parsed.rows.find((r) => r.gemeente === 'Helmond')).toMatchObject({ categorie: 'nested', 'partners jeugd_2013_10': '20', 'partners wmo_2013_05': '5' });
  });

  it('offers only geometry years with two or more divisions to compare (not 2015, which has one)', () => {
    expect(comparableYears(layers)).toEqual([2011, 2012, 2013, 2014]);
  });

  it('offers only layers with known members of the chosen geometry year', () => {
    const ids = comparableLayers(layers, 2013).map((l) => l.id);
    expect(ids).toContain('wmo_2013_05');
    expect(ids).not.toContain('ggd_2014');
    expect(ids).not.toContain('cjg_2011');
  });
});

describe('congruence overview', () => {
  it('ranks every other 2013 division against the youth regions, best fit first', () => {
    const all = comparableLayers(layers, 2013).map((l) => ({ layer: l, memberships: loadMemberships(l.id) }));
    const rows = congruenceOverview({ layer: loadLayer('jeugd_2013_10'), memberships: loadMemberships('jeugd_2013_10') }, all, population);
    expect(rows).toHaveLength(all.length - 1);
    expect(rows.map((r) => r.id)).not.toContain('jeugd_2013_10');
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].adjustedRand).toBeGreaterThanOrEqual(rows[i].adjustedRand);
    expect(rows[0].label.nl).toBeTruthy();
    expect(rows.find((r) => r.id === 'provincie_2013')!.adjustedRand).toBeLessThan(rows.find((r) => r.id === 'jeugd_2013_05')!.adjustedRand);
  });
});

describe('region charts', () => {
  const view = viewOf('jeugd_2013_10');
  it('gives 42 youth regions with 408 municipalities, largest first, each with a member to select', () => {
    const rows = regionSizeRows(view);
    expect(rows).toHaveLength(42);
    expect(rows.reduce((s, r) => s + r.municipalities, 0)).toBe(408);
    expect(rows[0].population!).toBeGreaterThanOrEqual(rows[1].population!);
    expect(rows.every((r) => r.firstMember && view.regionOf.get(r.firstMember) === r.regionId)).toBe(true);
    expect(selectedRegion(view, 'GM0317')).toBe(view.regionOf.get('GM0317'));
    expect(selectedRegion(view, null)).toBeNull();
  });

  it('keeps the reported and the computed population side by side without reconciling them', () => {
    const comparisons = compareReportedPopulations({
      layers,
      reported: loadRegionsReported(),
      memberships: loadAllMemberships(),
      population: loadPopulationRecords(),
      changes: loadMunicipalChanges(),
      contradictions: loadSeedContradictions(),
    });
    const rows = reportedRows(view, comparisons);
    expect(rows).toHaveLength(42);
    const differing = rows.filter((r) => r.reported !== null && r.computed !== null && r.reported !== r.computed);
    expect(differing.length).toBeGreaterThan(0);
    for (const r of differing) expect(r.difference).toBe(r.reported! - r.computed!);
  });

  it('compares youth with Wmo by default and finds Eemland split', () => {
    expect(defaultOverlapPartner(loadLayer('jeugd_2013_10'), layers)!.id).toBe('wmo_2013_05');
    expect(defaultOverlapPartner(loadLayer('ggd_2013'), layers)!.domain).not.toBe('ggd');
    const rows = overlapRows(view, loadMemberships('wmo_2013_05'), loadMemberships('jeugd_2013_10'), population);
    expect(rows).toHaveLength(42);
    expect(rows[0].congruence).toBeLessThanOrEqual(rows[41].congruence);
    expect(rows.find((r) => r.name === 'Eemland')!.parts).toBeGreaterThan(1);
  });
});

describe('seed table charts', () => {
  it('adds every task of "Welke taak op welke schaal?" up to 42 regions', () => {
    const rows = taskScaleRows(parseSeedTable(readDataFile('tables/jeugd_2013_10_taak_schaal_long.csv'), 'jeugd_2013_10_taak_schaal_long.csv'));
    expect(rows).toHaveLength(11);
    for (const r of rows) expect(r.total).toBe(42);
  });
  it('keeps the intentions as printed, including October totals that are not 42', () => {
    const rows = intentionRows(parseSeedTable(readDataFile('tables/jeugd_2013_intentie_vastgelegd.csv'), 'jeugd_2013_intentie_vastgelegd.csv'));
    expect(rows).toHaveLength(11);
    expect(rows.find((r) => r.task === 'Organisatie eerste lijn')).toMatchObject({ mayAgreed: 17, mayIntention: 24, octAgreed: 22, octIntention: 16, octTotal: 38 });
  });
  it('lists the 32 kinds of cooperation of the CJG report, most regions first', () => {
    const rows = cooperationKindRows(parseSeedTable(readDataFile('tables/cjg_2011_samenwerkingsverbanden.csv'), 'cjg_2011_samenwerkingsverbanden.csv'));
    expect(rows).toHaveLength(32);
    const counted = rows.filter((r) => r.regions !== null);
    for (let i = 1; i < counted.length; i++) expect(counted[i - 1].regions!).toBeGreaterThanOrEqual(counted[i].regions!);
  });
});
