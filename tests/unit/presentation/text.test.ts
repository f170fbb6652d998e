import { describe, expect, it } from 'vitest';
import { readableDate } from '../../../src/domain/presentation/dates.ts';
import { sourceLine } from '../../../src/domain/presentation/sourceLine.ts';
import { loadLayers } from '../realData.ts';

const layers = loadLayers();
const layer = (id: string) => layers.find((l) => l.id === id)!;

describe('readableDate: dates as people read them', () => {
  it('writes a day, a month or a year in words in either language', () => {
    expect(readableDate('2013-10-31', 'nl')).toBe('31 oktober 2013');
    expect(readableDate('2013-10-31', 'en')).toBe('31 October 2013');
    expect(readableDate('2013-05', 'nl')).toBe('mei 2013');
    expect(readableDate('2011', 'en')).toBe('2011');
  });
  it('writes a range of months within a year once with the year', () => {
    expect(readableDate('2013-05/2013-09', 'nl')).toBe('mei-september 2013');
    expect(readableDate('2013-11/2014-01', 'en')).toBe('November 2013-January 2014');
  });
  it('leaves text that is no date alone', () => {
    expect(readableDate('voorjaar 2013', 'nl')).toBe('voorjaar 2013');
    expect(readableDate('2013-13', 'nl')).toBe('2013-13');
  });
});

describe('sourceLine: the documents as people cite them', () => {
  const words = { source: 'Bron', boundaries: 'Gemeentegrenzen 2013: CBS/Kadaster (CC BY 4.0)' };
  it('uses the citation of a document, each document once', () => {
    const cite = (doc: string) => (doc.startsWith('000_') ? 'VNG (2013). Rapportage samenwerking decentralisatie Jeugdzorg.' : undefined);
    expect(sourceLine([layer('jeugd_2013_10'), layer('jeugd_2013_10')], 'nl', cite, words)).toBe(
      'Bron: VNG (2013). Rapportage samenwerking decentralisatie Jeugdzorg. Gemeentegrenzen 2013: CBS/Kadaster (CC BY 4.0).',
    );
  });
  it('cites every document of a layer that names several', () => {
    const both = { ...layer('jeugd_2013_10'), source: { ...layer('jeugd_2013_10').source, document: '000_a.txt; 004_b.txt' } };
    const cite = (doc: string) => ({ '000_a.txt': 'VNG (2013). Vierde inventarisatie.', '004_b.txt': 'BZK (2014). Kamerbrief.' })[doc];
    expect(sourceLine([both], 'nl', cite, words)).toBe('Bron: VNG (2013). Vierde inventarisatie; BZK (2014). Kamerbrief. Gemeentegrenzen 2013: CBS/Kadaster (CC BY 4.0).');
  });
  it('never shows a seed file name or a path: without a citation the layer is named by its label', () => {
    const line = sourceLine([layer('jeugd_2013_10'), layer('ggd_2013')], 'nl', () => undefined, words);
    expect(line).not.toMatch(/\.txt|\.csv|shared/);
    expect(line).toContain(layer('jeugd_2013_10').label.nl);
    expect(line).toContain(`CBS, ${layer('ggd_2013').label.nl}`);
  });
});
