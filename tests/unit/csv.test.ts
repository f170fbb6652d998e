import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, toCsv } from '../../src/data/csv.ts';

describe('CSV', () => {
  it('parses quoted fields with separators, doubled quotes and newlines', () => {
    const { header, rows } = parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n');
    expect(header).toEqual(['a', 'b']);
    expect(rows).toEqual([{ a: 'x, y', b: 'say "hi"\nthere' }]);
  });
  it('rejects a row with the wrong number of fields, naming the row', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow(/row 3 has 1 fields/);
  });
  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(CsvError);
  });
  it('round-trips through toCsv with a semicolon separator', () => {
    const text = toCsv(['naam', 'inwoners'], [{ naam: "Súdwest-Fryslân; 's-Gravenhage", inwoners: '1,5' }], ';');
    expect(text).toBe('naam;inwoners\r\n"Súdwest-Fryslân; \'s-Gravenhage";1,5\r\n');
    expect(parseCsv(text, ';').rows).toEqual([{ naam: "Súdwest-Fryslân; 's-Gravenhage", inwoners: '1,5' }]);
  });
});
