import { describe, expect, it } from 'vitest';
import { legendEntries, type LegendInput } from '../../../src/domain/presentation/legend.ts';

const words = { regions: "Regio's", regionBorder: 'Regiogrens', subregionBorder: 'Subregiogrens', municipalBorder: 'Gemeentegrens', unplaced: 'Niet ingedeeld', membershipUnknown: 'Indeling onbekend' };
const base: LegendInput = {
  regionColours: ['#77AADD', '#EE8866'],
  regionCount: 42,
  unplacedCount: 0,
  unplacedColour: '#FFFFFF',
  subregions: false,
  overlays: [],
  marks: [],
  words,
};

describe('legendEntries: one legend for the screen, the exports and print', () => {
  it('lists the region fill with the number of regions, the region border and the municipal border', () => {
    expect(legendEntries(base).map((e) => e.text)).toEqual(["Regio's (42)", 'Regiogrens', 'Gemeentegrens']);
    expect(legendEntries(base)[0].symbol).toEqual({ kind: 'fills', colours: ['#77AADD', '#EE8866'] });
  });

  it('names unplaced municipalities with their count only when there are any', () => {
    const entries = legendEntries({ ...base, unplacedCount: 3 });
    expect(entries.at(-1)).toEqual({ id: 'unplaced', symbol: { kind: 'blank', colour: '#FFFFFF' }, text: 'Niet ingedeeld (3)' });
  });

  it('puts subregion borders, outlines in slot order and marks between the region and municipal borders', () => {
    const entries = legendEntries({
      ...base,
      subregions: true,
      overlays: [
        { label: 'GGD: GGD-regio 2013', slot: 0 },
        { label: 'Wmo: Eerste inventarisatie', slot: 1 },
      ],
      marks: [
        { mark: 'hatch', label: 'Andere regio dan in de derde inventarisatie', count: 20 },
        { mark: 'dots', label: 'Jeugd en Wmo met andere partners', count: 9 },
      ],
    });
    expect(entries.map((e) => e.id)).toEqual(['regions', 'region-border', 'subregion-border', 'overlay-0', 'overlay-1', 'mark-hatch', 'mark-dots', 'municipal-border']);
    expect(entries[5].text).toBe('Andere regio dan in de derde inventarisatie (20)');
    expect(entries[6].text).toBe('Jeugd en Wmo met andere partners (9)');
  });

  it('says a layer without member lists is unknown, in the fill of the map, instead of listing regions or unplaced municipalities', () => {
    const entries = legendEntries({ ...base, regionCount: 0, unplacedCount: 418, unplacedColour: '#949494', membersUnknown: true, overlays: [{ label: 'GGD: GGD-regio 2011', slot: 0 }] });
    expect(entries.map((e) => e.id)).toEqual(['membership-unknown', 'overlay-0', 'municipal-border']);
    expect(entries[0]).toEqual({ id: 'membership-unknown', symbol: { kind: 'blank', colour: '#949494' }, text: 'Indeling onbekend (418)' });
  });

  it('leaves out a mark that marks no municipality', () => {
    const entries = legendEntries({ ...base, marks: [{ mark: 'hatch', label: 'Gemarkeerde gemeenten', count: 0 }] });
    expect(entries.some((e) => e.symbol.kind === 'mark')).toBe(false);
  });
});
