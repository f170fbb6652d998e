import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../src/domain/export/csvSafety.ts';
import { BOM, tableToCsv, type CsvColumn } from '../../src/domain/export/tableCsv.ts';
import { allDivisionsColumns, allDivisionsRows, exportedLayers, exportedSources } from '../../src/domain/export/allDivisions.ts';
import type { Layer, Membership } from '../../src/domain/types.ts';
import { loadAllMemberships, loadLayers, loadMunicipalities } from './realData.ts';

describe('CSV cells are neutralised against spreadsheet formula injection', () => {
  it('prefixes text starting with = + - @, a tab or a carriage return with an apostrophe', () => {
    for (const bad of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(bad)).toBe(`'${bad}`);
  });
  it('leaves ordinary text, names and dashes inside text alone', () => {
    for (const ok of ['Súdwest-Fryslân', "'s-Hertogenbosch", 'a=b', '—', '']) expect(neutraliseCell(ok)).toBe(ok);
  });
  it('applies to every text cell and header of an export, but writes numbers as numbers', () => {
    const columns: CsvColumn<{ name: string; n: number }>[] = [{ header: '=h', value: (r) => r.name }, { header: 'n', value: (r) => r.n }];
    const text = tableToCsv(columns, [{ name: '=1+1', n: -5 }], 'comma');
    expect(text).toBe(`${BOM}'=h,n\r\n'=1+1,-5\r\n`);
  });
  it('puts the header block (title, cited sources) above the table, one line each, then an empty line', () => {
    const columns: CsvColumn<{ a: string }>[] = [{ header: 'a', value: (r) => r.a }];
    const text = tableToCsv(columns, [{ a: 'x' }], 'semicolon', ['Titel', 'Bronnen: VNG (2013); CBS (2014)', '-injected']);
    expect(text).toBe(`${BOM}Titel\r\n"Bronnen: VNG (2013); CBS (2014)"\r\n'-injected\r\n\r\na\r\nx\r\n`);
  });
});

describe('all divisions per municipality (wide export)', () => {
  const layer = (id: string, extra: Partial<Layer> = {}): Layer => ({
    id, kind: 'division', domain: id, label: { nl: id, en: id }, referenceDate: '2013', geometryYear: 2013, source: { document: `doc-${id}` },
    membershipStatus: 'complete', membershipFile: `memberships/${id}.csv`, expectedRegions: null, allowsOverlap: false, ...extra,
  });
  const m = (layerId: string, code: `GM${string}`, regionId: string, primary = true): Membership => ({
    layerId, code, regionId, regionName: regionId.toUpperCase(), primary, source: { document: 'x' }, confidence: 'text',
  });
  const layers = [
    { layer: layer('a'), memberships: [m('a', 'GM0001', 'a1'), m('a', 'GM0002', 'a1'), m('a', 'GM0002', 'a2', false)] },
    { layer: layer('unknown', { membershipStatus: 'unknown', membershipFile: null }), memberships: [] },
    { layer: layer('old', { geometryYear: 2012 }), memberships: [m('old', 'GM0001', 'o')] },
  ];
  it('has a column pair for every layer of the year with known members, and a row per municipality by name', () => {
    const exported = exportedLayers(2013, layers);
    expect(exported.map((l) => l.layer.id)).toEqual(['a']);
    const rows = allDivisionsRows([{ code: 'GM0002', name: 'Bee' }, { code: 'GM0001', name: 'Aa' }, { code: 'GM0003', name: 'Cee' }], exported);
    const columns = allDivisionsColumns(exported, { code: 'code', name: 'naam', layer: (l, part) => `${l.id} ${part}` });
    expect(tableToCsv(columns, rows, 'comma')).toBe(`${BOM}code,naam,a code,a name\r\nGM0001,Aa,a1,A1\r\nGM0002,Bee,a1; a2,A1; A2\r\nGM0003,Cee,,\r\n`);
    expect(exportedSources(exported)).toEqual([{ document: 'doc-a' }]);
  });
  it('gives every one of the 408 municipalities of 2013 a region in every complete layer of that year', () => {
    const all = loadAllMemberships();
    const exported = exportedLayers(2013, loadLayers().map((l) => ({ layer: l, memberships: all.get(l.id) ?? [] })));
    const rows = allDivisionsRows(loadMunicipalities(2013), exported);
    expect(rows).toHaveLength(408);
    expect(exported.length).toBeGreaterThan(10);
    for (const r of rows) for (const { layer } of exported) expect(r.regions.get(layer.id)!.codes, `${r.name} ${layer.id}`).not.toBe('');
    const eemnes = rows.find((r) => r.name === 'Eemnes')!;
    expect(eemnes.regions.get('wmo_2013_05')!.names).toBe('Gooi- en Vechtstreek; Eem en Vallei');
    expect(eemnes.regions.get('jeugd_2013_10')!.names).toBe('Eemland');
  });
});
