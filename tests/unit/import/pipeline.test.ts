import { describe, expect, it } from 'vitest';
import { readCsvGrid, sniffSeparator, decodeText } from '../../../src/data/import/grid.ts';
import { readXlsxGrid } from '../../../src/data/import/xlsx.ts';
import { readImportFile } from '../../../src/data/import/readFile.ts';
import { asGmCode, guessMapping, guessMunicipalityKind } from '../../../src/domain/import/columns.ts';
import { matchName, nameIndex } from '../../../src/domain/import/names.ts';
import { analyseImport, proposeGeometryYear, type ImportCells } from '../../../src/domain/import/analyse.ts';
import { loadMemberships, loadMunicipalities, loadSearchAliases } from '../realData.ts';
import { context, metadata, youthOct2013AsNames } from './fixtures.ts';
import { xlsxOf } from './xlsxFixture.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const grid = (text: string) => {
  const result = readCsvGrid(utf8(text));
  if (!result.ok) throw new Error(JSON.stringify(result.rejection));
  return result.grid;
};
const choices = (cells: ImportCells, overrides: Partial<Parameters<typeof analyseImport>[1]> = {}) => {
  const mapping = guessMapping(cells.header);
  return {
    mapping,
    municipalityKind: guessMunicipalityKind(cells.rows.map((r) => r[mapping.municipality!])),
    fixes: {},
    metadata,
    fileName: 'ronde.csv',
    layerId: 'import-test',
    ...overrides,
  };
};

describe('reading a file', () => {
  it('reads comma, semicolon and tab files, with or without BOM, with CRLF or LF', () => {
    for (const [text, sep] of [
      ['Gemeente,Regio\r\nUtrecht,U16\r\n', ','],
      ['\ufeffGemeente;Regio\nUtrecht;U16\n', ';'],
      ['Gemeente\tRegio\nUtrecht\tU16', '\t'],
    ] as const) {
      expect(sniffSeparator(text)).toBe(sep);
      expect(grid(text).rows).toEqual([['Utrecht', 'U16']]);
    }
  });
  it('reads quoted fields holding the separator, and Windows-1252 bytes from Dutch Excel', () => {
    expect(grid('Gemeente;Regio\n"Nuenen, Gerwen en Nederwetten";"Zuidoost; Brabant"\n').rows).toEqual([['Nuenen, Gerwen en Nederwetten', 'Zuidoost; Brabant']]);
    const latin1 = new Uint8Array([...utf8('Gemeente;Regio\nS'), 0xfa, ...utf8('dwest-Frysl'), 0xe2, ...utf8('n;Friesland\n')]);
    expect(decodeText(latin1).encoding).toBe('Windows-1252');
    const result = readCsvGrid(latin1);
    expect(result.ok && result.grid.rows[0][0]).toBe('Súdwest-Fryslân');
  });
  it('refuses empty, binary, header-only and duplicate-header files, naming a row', () => {
    expect(readCsvGrid(new Uint8Array())).toMatchObject({ ok: false, rejection: { reason: 'empty', row: 1 } });
    expect(readCsvGrid(utf8('Gemeente;Regio\nA;B\nC\u0000;D\n'))).toMatchObject({ ok: false, rejection: { reason: 'binary', row: 3 } });
    expect(readCsvGrid(utf8('Gemeente;Regio\n'))).toMatchObject({ ok: false, rejection: { reason: 'no-data-rows', row: 2 } });
    expect(readCsvGrid(utf8('Gemeente;Regio;gemeente\nA;B;C\n'))).toMatchObject({ ok: false, rejection: { reason: 'duplicate-header', row: 1 } });
  });
  it('reads the first sheet of an .xlsx, shared strings, numbers and formula values', async () => {
    const bytes = xlsxOf([
      ['Gemeentecode', 'Gemeente', 'Regio'],
      ['363', 'Amsterdam', '=A2&"x"'],
    ]);
    const result = readXlsxGrid(bytes);
    expect(result).toMatchObject({ ok: true, grid: { header: ['Gemeentecode', 'Gemeente', 'Regio'], rows: [['363', 'Amsterdam', '=A2&"x"']], rowNumbers: [2], format: { kind: 'xlsx', sheet: 'Ronde' } } });
    expect((await readImportFile(bytes, 'ronde.xlsx')).ok).toBe(true);
  });
  it('refuses a damaged .xlsx with a row instead of throwing', async () => {
    const bytes = xlsxOf([['a'], ['b']]).slice(0, 200);
    expect(await readImportFile(bytes, 'kapot.xlsx')).toMatchObject({ ok: false, rejection: { row: 1 } });
  });
});

describe('guessing columns', () => {
  it('finds municipality, region, subregion and region code in Dutch headers', () => {
    expect(guessMapping(['Gemeentecode', 'Jeugdregio', 'Subregio', 'Regiocode'])).toEqual({ municipality: 0, region: 1, subregion: 2, regionCode: 3, province: null });
    expect(guessMapping(['Provincie', 'Gemeente', 'Regio'])).toMatchObject({ municipality: 1, region: 2, province: 0 });
    expect(guessMapping(['gm_code', 'region_id', 'region_name'])).toMatchObject({ municipality: 0, regionCode: 1, region: 2 });
  });
  it('reads codes as GM0363, gm363, 0363 or 363', () => {
    expect(['GM0363', 'gm363', '0363', '363'].map(asGmCode)).toEqual(['GM0363', 'GM0363', 'GM0363', 'GM0363']);
    expect(asGmCode('Amsterdam')).toBeNull();
  });
});

describe('matching names to CBS codes of 2013', () => {
  const index = nameIndex(loadMunicipalities(2013), loadSearchAliases());
  const code = (name: string, province = '') => {
    const m = matchName(name, index, province);
    return m.kind === 'matched' ? m.code : m.kind;
  };
  it('ignores case, accents and punctuation and knows the usual variants', () => {
    expect(code('DEN BOSCH')).toBe('GM0796');
    expect(code("'s-Hertogenbosch")).toBe('GM0796');
    expect(code('Den Haag')).toBe('GM0518');
    expect(code("'s-Gravenhage")).toBe('GM0518');
    expect(code('Sudwest Fryslan')).toBe('GM1900');
    expect(code('Súdwest-Fryslân')).toBe('GM1900');
    expect(code('Nuenen')).toBe('GM0820');
    expect(code('Nuenen, Gerwen en Nederwetten')).toBe('GM0820');
    expect(code('Bergen (NH.)')).toBe('GM0373');
    expect(code('Bergen (L.)')).toBe('GM0893');
  });
  it('knows the names of the alias table the search uses (data/search_aliases.csv), for the codes of its year only', () => {
    expect(code('Hertogenbosch')).toBe('GM0796');
    expect(code('Gravenhage')).toBe('GM0518');
    expect(code('Bergen N.H.')).toBe('GM0373');
    expect(code('Bergen Lb')).toBe('GM0893');
    expect(code('Súdwest-Friesland')).toBe('GM1900');
    expect(code('Ljouwert')).toBe('GM0080');
    expect(code('The Hague')).toBe('GM0518');
    // De Fryske Marren (GM1921) was formed in 2014: the 2013 index does not know it.
    expect(code('De Fryske Marren')).not.toBe('GM1921');
    expect(matchName('De Fryske Marren', nameIndex(loadMunicipalities(2014), loadSearchAliases()))).toMatchObject({ kind: 'matched', code: 'GM1921' });
  });
  it('calls plain Bergen ambiguous, unless the province says which', () => {
    expect(matchName('Bergen', index)).toEqual({ kind: 'ambiguous', candidates: expect.arrayContaining(['GM0373', 'GM0893']) });
    expect(code('Bergen', 'Limburg')).toBe('GM0893');
    expect(code('Bergen', 'Noord-Holland')).toBe('GM0373');
  });
  it('suggests the closest names for a misspelling', () => {
    const m = matchName('Amsterdm', index);
    expect(m.kind === 'unknown' && m.suggestions[0]).toBe('GM0363');
  });
});

describe('the youth round of October 2013 as a semicolon CSV with names', () => {
  const { text } = youthOct2013AsNames();
  const cells = grid(text);

  it('proposes geometry year 2013', () => {
    expect(proposeGeometryYear(cells, guessMapping(cells.header), 'name', context).year).toBe(2013);
  });
  it('gives the same partition as the shipped layer, without errors', () => {
    const result = analyseImport(cells, choices(cells), context);
    expect(result.errorCount).toBe(0);
    const shipped = loadMemberships('jeugd_2013_10').filter((m) => m.primary);
    expect(new Map(result.memberships.map((m) => [m.code, m.regionName]))).toEqual(new Map(shipped.map((m) => [m.code, m.regionName])));
    expect(result.regionCount).toBe(42);
  });
  it('reports every problem with its row: unknown name, two regions, duplicate, empty cell', () => {
    const lines = text.split('\r\n');
    lines[5] = 'Amsterdm;Amsterdam';
    lines.push(`${lines[2].split(';')[0]};Elders`, lines[3], ';Nergens');
    const result = analyseImport(grid(lines.join('\n')), choices(cells), context);
    const byKind = Object.fromEntries(result.issues.map((i) => [i.kind, i.row]));
    expect(byKind['unknown-municipality']).toBe(6);
    expect(byKind['two-regions']).toBe(lines.length - 2);
    expect(byKind['duplicate-row']).toBe(lines.length - 1);
    expect(byKind['empty-cell']).toBe(lines.length);
    expect(byKind['white-spot']).toBeNull();
    expect(result.errorCount).toBe(3);
  });
  it('lets the user fix an unknown name in the dialog', () => {
    const lines = text.split('\r\n');
    const at = lines.findIndex((l) => l.startsWith('Amsterdam;'));
    lines[at] = lines[at].replace('Amsterdam;', 'Amsterdm;');
    const broken = grid(lines.join('\n'));
    const before = analyseImport(broken, choices(broken), context);
    expect(before.unresolved.map((u) => u.name)).toEqual(['Amsterdm']);
    const suggestion = before.unresolved[0].match.kind === 'unknown' ? before.unresolved[0].match.suggestions[0] : null;
    const after = analyseImport(broken, choices(broken, { fixes: { Amsterdm: suggestion! } }), context);
    expect(after.errorCount).toBe(0);
  });
  it('follows mergers to a later geometry year, with a warning per merged municipality', () => {
    const result = analyseImport(cells, choices(cells, { metadata: { ...metadata, geometryYear: 2014 } }), context);
    const merged = result.issues.filter((i) => i.kind === 'followed-merger');
    expect(merged.length).toBeGreaterThan(0);
    expect(result.issues.filter((i) => i.kind === 'unknown-municipality')).toEqual([]);
  });
});

describe('overlap and white spots of an imported round (read by membershipFindings, with row numbers)', () => {
  const small = grid('Gemeente;Regio\nUtrecht;U16\nZeist;U16\nUtrecht;Eemland\nAmersfoort;Eemland\nZeist;U16\n');
  const UTRECHT = 'GM0344';

  it('refuses Utrecht in a second region on row 4, naming row 2, and keeps it in U16 only', () => {
    const result = analyseImport(small, choices(small), context);
    expect(result.issues.filter((i) => i.kind === 'two-regions')).toMatchObject([{ severity: 'error', row: 4, values: { name: 'Utrecht', earlier: 2 } }]);
    expect(result.memberships.filter((m) => m.code === UTRECHT).map((m) => [m.regionId, m.primary])).toEqual([['u16', true]]);
    expect(result.issues.filter((i) => i.kind === 'single-member-region').map((i) => i.values.region)).toEqual(['Eemland']);
  });
  it('keeps the second region as a non-primary membership when the round has overlapping clusters', () => {
    const result = analyseImport(small, choices(small, { metadata: { ...metadata, allowsOverlap: true } }), context);
    expect(result.issues.map((i) => i.kind)).not.toContain('two-regions');
    expect(result.memberships.filter((m) => m.code === UTRECHT).map((m) => [m.regionId, m.primary])).toEqual([['u16', true], ['eemland', false]]);
  });
  it('counts the municipalities of 2013 in no region and names the first twelve', () => {
    const spot = analyseImport(small, choices(small), context).issues.find((i) => i.kind === 'white-spot')!;
    const all = loadMunicipalities(2013).map((m) => m.name).filter((n) => !['Utrecht', 'Zeist', 'Amersfoort'].includes(n));
    expect(spot.values).toEqual({ n: all.length, names: `${all.slice(0, 12).join(', ')}, …` });
  });
});
