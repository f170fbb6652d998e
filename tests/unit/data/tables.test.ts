import { describe, expect, it } from 'vitest';
import { readDataFile, readSharedFile } from '../realData.ts';
import { parseTableSources, DataFormatError } from '../../../src/data/parse.ts';
import { parseSeedTable, type SeedTableName } from '../../../src/data/parseSeedTables.ts';
import { parseCsv } from '../../../src/data/csv.ts';
import { TABLE_COLUMNS, type SeedTableFile } from '../../../src/data/format.ts';
import { loadAllMemberships } from '../realData.ts';

const text = (file: string) => readDataFile(`tables/${file}`);
const table = <F extends SeedTableName>(file: F) => parseSeedTable(text(file), file);
const sources = parseTableSources(JSON.parse(readDataFile('tables/sources.json')));
const parsers = Object.fromEntries(
  (Object.keys(TABLE_COLUMNS) as SeedTableFile[]).map((file) => [file, (t: string) => parseSeedTable(t, file) as Array<{ source: { document: string }; confidence: string }>]),
) as Record<SeedTableFile, (t: string) => Array<{ source: { document: string }; confidence: string }>>;

describe('data/tables: the seeds\' tables for charts, every row traced', () => {
  it('describes every table in sources.json with its row count', () => {
    expect(sources.map((s) => s.file).sort()).toEqual(Object.keys(TABLE_COLUMNS).sort());
    for (const s of sources) expect(parsers[s.file as SeedTableFile](text(s.file)).length, s.file).toBe(s.rows);
  });

  it('keeps every row of the shared seed tables', () => {
    for (const file of Object.keys(TABLE_COLUMNS)) {
      expect(parsers[file as SeedTableFile](text(file)).length, file).toBe(parseCsv(readSharedFile(`data/seeds/tables/${file}`)).rows.length);
    }
  });

  it('gives every row a seed document that exists and a confidence', () => {
    const seeds = new Set(['000_a8adfdf92dd4663a.txt', '001_6c70eec73bdc0f56.txt', '002_b41d296776494aa7.txt', '003_faf11c9944619372.txt', '004_da5d1fc3aac0a0a8.txt']);
    for (const [file, parse] of Object.entries(parsers)) {
      for (const row of parse(text(file))) {
        expect(seeds.has(row.source.document), `${file} ${row.source.document}`).toBe(true);
        expect(['text', 'derived'], file).toContain(row.confidence);
        expect(readSharedFile(`seeds/${row.source.document}`).length).toBeGreaterThan(0);
      }
    }
  });

  it('adds up every task of "Welke Taak op welke Schaal?" to the 42 regions of the 4th round', () => {
    const totals = new Map<string, number>();
    for (const r of table('jeugd_2013_10_taak_schaal_long.csv')) totals.set(r.task, (totals.get(r.task) ?? 0) + r.count);
    expect(totals.size).toBe(table('jeugd_2013_10_taak_schaal.csv').length);
    for (const [task, n] of totals) expect(n, task).toBe(42);
  });

  it('has the CJG report\'s 32 kinds of cooperation, each with its region count as printed', () => {
    const kinds = table('cjg_2011_samenwerkingsverbanden.csv');
    expect(kinds.length).toBe(32);
    expect(kinds.find((k) => k.kindId === 'cjg')!.regionCount).toBe(83);
  });

  it('has care-intensity percentages that add up to 100', () => {
    expect(table('cjg_2011_zorgzwaarte.csv').reduce((s, l) => s + l.percentage, 0)).toBeCloseTo(100, 6);
  });

  it('keeps intentions and agreements of May and October 2013 for the same tasks as the scale table', () => {
    const tasks = table('jeugd_2013_10_taak_schaal.csv').map((r) => r.task);
    expect(table('jeugd_2013_intentie_vastgelegd.csv').map((r) => r.task)).toEqual(tasks);
  });

  it('prints every key figure and Tabel 5 count exactly as in its seed (line breaks read as spaces)', () => {
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    for (const k of table('key_figures.csv')) {
      expect(flat(readSharedFile(`seeds/${k.document}`)).includes(flat(k.valueText)), `${k.key} "${k.valueText}"`).toBe(true);
    }
    const tabel5 = readSharedFile('seeds/003_faf11c9944619372.txt');
    for (const o of table('cjg_2011_tabel5_uitvoeringsorganisaties.csv')) expect(tabel5.includes(o.countText), o.organisation).toBe(true);
  });

  it('refers only to youth regions that exist in the round of the inter-regional groupings and remarks', () => {
    const memberships = loadAllMemberships();
    const regionsOf = (layerId: string) => new Set(memberships.get(layerId)!.flatMap((m) => [m.regionId, m.subregionId].filter(Boolean) as string[]));
    const r4 = regionsOf('jeugd_2013_10');
    for (const m of table('jeugd_2013_10_bovenregionaal.csv')) expect(r4.has(m.regionId), m.regionId).toBe(true);
    for (const r of table('region_remarks.csv')) expect(regionsOf(r.layerId).has(r.regionId), `${r.layerId} ${r.regionId}`).toBe(true);
  });

  it('rejects a table row without provenance', () => {
    const header = [...TABLE_COLUMNS['cjg_2011_zorgzwaarte.csv'], 'source_document', 'source_section', 'confidence'].join(',');
    expect(() => parseSeedTable(`${header}\n1,crisis,0.03,"0,03%",,003.txt,,guess\n`, 'cjg_2011_zorgzwaarte.csv')).toThrow(DataFormatError);
    expect(() => parseSeedTable(`${header}\n1,crisis,0.03,"0,03%",,,,text\n`, 'cjg_2011_zorgzwaarte.csv')).toThrow(DataFormatError);
  });
});
