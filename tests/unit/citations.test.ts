import { describe, expect, it } from 'vitest';
import { citationLine, citationsOf, documentIdsOf, documentIndex, resolveSource, shortCitation, shortCitations, type CitedDocument } from '../../src/domain/citations.ts';
import { sceneFor } from '../../src/map/scene.ts';
import { UNKNOWN_MEMBERSHIP_COLOUR, UNPLACED_COLOUR } from '../../src/map/palette.ts';
import { buildLayerView } from '../../src/domain/layerView.ts';
import { loadAdjacency, loadDocuments, loadLayer, loadMemberships, loadMunicipalities, loadPopulation, loadTopology } from './realData.ts';

const doc = (id: string, nl: string, en: string): CitedDocument => ({
  id, kind: 'seed', publisher: 'VNG', title: 't', subtitle: '', date: '2013', parliamentaryReference: '', citation: { nl, en }, file: `seeds/${id}`,
});
const index = documentIndex([doc('000.txt', 'VNG (2013). Vierde.', 'VNG (2013). Fourth.'), doc('002.txt', 'Wmo (2013).', 'Wmo (2013), en.')]);

describe('sources cited as people cite them', () => {
  it('cites every document of a source in the language, and keeps the files and section as the technical reference', () => {
    const source = { document: '002.txt;000.txt', section: 'Regio\'s per provincie' };
    expect(documentIdsOf(source)).toEqual(['002.txt', '000.txt']);
    expect(resolveSource(source, index, 'nl')).toEqual({ citations: ['Wmo (2013).', 'VNG (2013). Vierde.'], technical: "seeds/002.txt; seeds/000.txt, Regio's per provincie", unknown: [] });
    expect(citationLine(source, index, 'en')).toBe('Wmo (2013), en. · VNG (2013). Fourth.');
  });
  it('shows an unknown document by its id rather than hiding it, and lists it as unknown', () => {
    expect(resolveSource({ document: '009.txt' }, index, 'nl')).toMatchObject({ citations: ['009.txt'], unknown: ['009.txt'] });
  });
  it('lists each citation once over several sources', () => {
    expect(citationsOf([{ document: '000.txt' }, { document: '000.txt;002.txt', section: 'x' }], index, 'nl')).toEqual(['VNG (2013). Vierde.', 'Wmo (2013).']);
  });
  it('has a citation in both languages for every document the real data cites, with the Kamerstuk of the 4th youth inventory', () => {
    const documents = loadDocuments();
    expect(documents.get('000_a8adfdf92dd4663a.txt')!.parliamentaryReference).toMatch(/31 839, nr\. 343/);
    for (const d of documents.values()) expect(Boolean(d.citation.nl && d.citation.en), d.id).toBe(true);
  });
});

describe('a layer without member lists looks intentional on the map', () => {
  it('fills every municipality of the CJG report neutral grey (borders stay visible), and unplaced ones of a known layer white', () => {
    const view = (id: string, year: number) => buildLayerView(loadLayer(id), loadMemberships(id), loadMunicipalities(year), loadAdjacency(year), loadPopulation(2012), 2012);
    const cjg = sceneFor(view('cjg_2011', 2011), loadTopology(2011), null);
    expect(cjg.fillColour.size).toBe(0);
    expect(cjg.unplacedColour).toBe(UNKNOWN_MEMBERSHIP_COLOUR);
    expect(sceneFor(view('ggd_2012', 2012), loadTopology(2012), null).unplacedColour).toBe(UNPLACED_COLOUR);
  });
});

describe('short citations for the footer', () => {
  const index = loadDocuments();
  it('cite a document by the author and year its citation opens with', () => {
    expect(shortCitation(index.get('cbs-geometry')!, 'nl')).toBe('CBS/Kadaster (2011–2015)');
    expect(shortCitation(index.get('000_a8adfdf92dd4663a.txt')!, 'nl')).toBe('VNG (2013)');
    expect(shortCitation(index.get('004_da5d1fc3aac0a0a8.txt')!, 'en')).toMatch(/^Minister .+ \(2014\)$/);
  });
  it('name every document of the list once, the doubtful publisher of the Wmo inventory as the list states it', () => {
    const all = shortCitations(index, 'nl', () => true);
    expect(all).toEqual([...new Set(all)]);
    expect(all).toContain('VNG (2013)');
    expect(all.some((c) => /vermoedelijk VNG\] \(2013\)$/.test(c))).toBe(true);
    expect(all).toContain('Invoering CJG (VNG) en deJeugdZaak (2011)');
  });
  it('name each author once, with the years of their documents merged into one span', () => {
    const all = shortCitations(index, 'nl', (d) => d.id !== 'cbs-geometry');
    expect(all.filter((c) => c.startsWith('CBS ('))).toEqual(['CBS (2011–2015)']);
    expect(all.filter((c) => c.startsWith('VNG ('))).toEqual(['VNG (2013)']);
    const spans = documentIndex([doc('a', 'X (2012). A.', 'X (2012). A.'), doc('b', 'X (2014). B.', 'X (2014). B.'), doc('c', 'Zonder jaar.', 'No year.')]);
    expect(shortCitations(spans, 'nl', () => true)).toEqual(['X (2012–2014)', 'Zonder jaar.']);
  });
});
