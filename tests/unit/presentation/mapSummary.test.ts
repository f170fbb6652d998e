import { beforeAll, describe, expect, it } from 'vitest';
import { mapSummary, regionKeys } from '../../../src/domain/presentation/mapSummary.ts';
import { mapSummaryText, spokenPopulation } from '../../../src/ui/explore/mapSummaryText.ts';
import { loadLanguage } from '../../../src/i18n/messages.ts';
import { buildLayerView } from '../../../src/domain/layerView.ts';
import { loadAdjacency, loadLayer, loadMemberships, loadMunicipalities, loadPopulation } from '../realData.ts';

function view(id: string) {
  const layer = loadLayer(id);
  const year = layer.geometryYear;
  return buildLayerView(layer, loadMemberships(id), loadMunicipalities(year), loadAdjacency(year), loadPopulation(year), year);
}

describe('the text summary of the map for screen readers', () => {
  beforeAll(() => loadLanguage('en'));
  it('names the youth regions of October 2013, the largest (Rijnmond, 1,27 mln) and the smallest', () => {
    const v = view('jeugd_2013_10');
    const summary = { nl: mapSummaryText(mapSummary(v), v.layer.label.nl, 'nl'), en: mapSummaryText(mapSummary(v), v.layer.label.en, 'en') };
    expect(summary.nl).toMatch(/^Vierde inventarisatie .*: 42 regio's; grootste Rijnmond, 1,27 mln inwoners; kleinste .+, [\d.]+ inwoners; inwoners op 1 januari 2013 \(CBS\); 408 van 408 gemeenten ingedeeld\.$/);
    expect(summary.en).toMatch(/42 regions; largest Rijnmond, 1\.27 million inhabitants/);
  });
  it('says how many are not placed, and no largest or smallest without population figures', () => {
    const v = view('jeugd_2013_10');
    const facts = { ...mapSummary(v), placed: 405, largest: null, smallest: null };
    expect(mapSummaryText(facts, 'X', 'nl')).toBe("X: 42 regio's; 405 van 408 gemeenten ingedeeld; 3 niet ingedeeld.");
  });
  it('says the population the way people say it', () => {
    expect(spokenPopulation(1_268_000, 'nl')).toBe('1,27 mln');
    expect(spokenPopulation(1_268_000, 'en')).toBe('1.27 million');
    expect(spokenPopulation(45_123, 'nl')).toBe('45.123');
  });
  it('lists every region once for the keyboard mode, by name, with its members and first member', () => {
    const keys = regionKeys(view('jeugd_2013_10'));
    expect(keys).toHaveLength(42);
    const eemland = keys.find((k) => k.name === 'Eemland')!;
    expect(eemland.municipalities).toBe(7);
    expect(eemland.firstMember).toBe('GM0307');
    expect(keys.map((k) => k.name)).toEqual([...keys.map((k) => k.name)].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});
