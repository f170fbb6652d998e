import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, readCsvRecords, toCsv } from '../../src/data/csv.ts';

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

describe('CSV reader: strict where a lenient reader would guess', () => {
  it('rejects text after a closing quote, naming the row', () => {
    expect(() => parseCsv('a,b\n1,2\n"x"y,3\n')).toThrow(/row 3: text after a closing quote/);
  });
  it('rejects a quote inside an unquoted field', () => {
    expect(() => parseCsv('a,b\n1,x"y\n')).toThrow(/row 2: a quote inside an unquoted field/);
  });
  it('rejects a header that names a column twice, and a header cell without a name', () => {
    expect(() => parseCsv('gm_code,region_id,gm_code\nGM1,r,GM2\n')).toThrow(/names column "gm_code" twice/);
    expect(() => parseCsv('gm_code,,x\n1,2,3\n')).toThrow(/column 2 of the header has no name/);
  });
  it('names the row where an open quote starts', () => {
    let row = 0;
    try {
      parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    } catch (error) {
      row = (error as CsvError).row;
    }
    expect(row).toBe(3);
  });
  it('counts rows after a field that spans lines by the record, and reads CR, LF, CRLF and a BOM', () => {
    expect(() => parseCsv('a,b\n"x\ny",2\n3\n')).toThrow(/row 4 has 1 fields/);
    expect(parseCsv('\ufeffa;b\r1;2\r3;4', ';').rows).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });
});

describe('hostile headers', () => {
  it('keeps a column named __proto__ as a column, with or without quotes in the file', () => {
    for (const text of ['__proto__,b\nx,y\n', '__proto__,b\n"x",y\n']) {
      const { rows } = parseCsv(text);
      expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
      expect(Object.keys(rows[0])).toEqual(['__proto__', 'b']);
      expect(rows[0].__proto__).toBe('x');
    }
  });
});

describe('files without quotes (read on a fast path)', () => {
  it('reads records and their file rows as the quoting reader does: CRLF, CR and LF, blank lines skipped', () => {
    const plain = 'a;b\r\n1;2\r\n\r\n3;4\r5;6\n\n7;8\n';
    // One quoted field sends the same file through the general reader.
    const quoted = plain.replace('7;8', '"7";8');
    expect(readCsvRecords(plain, ';')).toEqual(readCsvRecords(quoted, ';'));
    expect(readCsvRecords(plain, ';').rows).toEqual([1, 2, 4, 5, 7]);
  });
});

describe('the quoting reader on generated tables', () => {
  /** A small deterministic generator (mulberry32), so that a failure can be replayed. */
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const PIECES = ['a', 'Súdwest', ' ', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', "'s-Hertogenbosch", 'GM0363', ''];

  it('reads back every field and the file row each record starts on, for comma, semicolon and tab', () => {
    for (const separator of [',', ';', '\t']) {
      for (let seed = 1; seed <= 150; seed++) {
        const next = random(seed * 31 + separator.charCodeAt(0));
        const columns = 1 + Math.floor(next() * 4);
        const records = Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
          Array.from({ length: columns }, () => Array.from({ length: Math.floor(next() * 4) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('')),
        );
        // A record of one empty field is an empty line, which the reader skips.
        const kept = records.filter((r) => !(r.length === 1 && r[0] === ''));
        const quote = (v: string) => (/[",;\t\r\n]/.test(v) || v === '' ? `"${v.replaceAll('"', '""')}"` : v);
        const ending = next() < 0.5 ? '\n' : '\r\n';
        const text = kept.map((r) => r.map(quote).join(separator)).join(ending) + ending;
        const { records: read, rows } = readCsvRecords(text, separator);
        expect(read, `${JSON.stringify(separator)} seed ${seed}`).toEqual(kept);
        // Each record starts one line after the last line of the record before it.
        let row = 1;
        const expected = kept.map((r) => {
          const at = row;
          for (const field of r) row += field.replaceAll('\r\n', '\n').replace(/\r/g, '\n').split('\n').length - 1;
          row += 1;
          return at;
        });
        expect(rows, `${JSON.stringify(separator)} seed ${seed}`).toEqual(expected);
      }
    }
  });
});
