import { describe, expect, it } from 'vitest';
import { hashToView, viewToHash } from '../../src/state/url.ts';
import { DEFAULT_VIEW } from '../../src/state/store.ts';
import { DEFAULT_ANALYSIS, type AnalysisView } from '../../src/state/analysis.ts';
import { loadLayers } from './realData.ts';

const layers = loadLayers();

describe('analysis state in the URL', () => {
  it('keeps a link of the map alone unchanged: default analysis writes no parameter', () => {
    expect(viewToHash(DEFAULT_VIEW)).toBe('v=1&layer=jeugd_2013_10&lang=nl');
  });

  it('opens an old v=1 link with the default analysis', () => {
    expect(hashToView('#v=1&layer=ggd_2013&lang=en&sel=GM0317', layers)).toEqual({
      view: { ...DEFAULT_VIEW, layerId: 'ggd_2013', lang: 'en', selected: 'GM0317', analysis: DEFAULT_ANALYSIS },
      dropped: [],
      problem: null,
    });
  });

  it('round-trips tab, compared divisions, reference, chart and overlap partner', () => {
    const analysis: AnalysisView = { tab: 'incongruence', compare: ['jeugd_2013_05', 'jeugd_2013_10', 'wmo_2013_05'], reference: 'ggd_2013', chart: 'overlap', overlapWith: 'provincie_2013' };
    const view = { ...DEFAULT_VIEW, analysis };
    const hash = viewToHash(view);
    expect(hash).toContain('tab=incongruence');
    expect(hash).toContain('cmp=jeugd_2013_05%2Cjeugd_2013_10%2Cwmo_2013_05');
    expect(hashToView(`#${hash}`, layers)).toEqual({ view, dropped: [], problem: null });
  });

  it('drops a bad analysis field and keeps the rest of the link', () => {
    const drop = (hash: string) => hashToView(`#v=1&layer=ggd_2013&lang=en&${hash}`, layers);
    expect(drop('tab=nope&chart=overlap')).toMatchObject({ view: { layerId: 'ggd_2013', lang: 'en', analysis: { ...DEFAULT_ANALYSIS, chart: 'overlap' } }, dropped: [{ field: 'tab', value: 'nope', reason: 'notAChoice' }] });
    expect(drop('chart=pie').dropped).toEqual([{ field: 'chart', value: 'pie', reason: 'notAChoice' }]);
    expect(drop('ref=nope').dropped).toEqual([{ field: 'ref', value: 'nope', reason: 'unknownLayer' }]);
  });
  it('keeps the compared divisions the incongruence tab offers and drops the others one by one', () => {
    const { view, dropped } = hashToView('#v=1&layer=ggd_2013&cmp=jeugd_2013_10,ggd_2099,cjg_2011,wmo_2013_05,ggd_2014,wmo_2013_05', layers);
    expect(view.analysis.compare).toEqual(['jeugd_2013_10', 'wmo_2013_05']);
    expect(dropped).toEqual([
      { field: 'cmp', value: 'ggd_2099', reason: 'unknownLayer' },
      { field: 'cmp', value: 'cjg_2011', reason: 'membersUnknown' },
      { field: 'cmp', value: 'ggd_2014', reason: 'otherGeometryYear' },
      { field: 'cmp', value: 'wmo_2013_05', reason: 'repeated' },
    ]);
  });
  it('falls back to the default comparison when fewer than two divisions remain', () => {
    const { view, dropped } = hashToView('#v=1&layer=ggd_2013&cmp=jeugd_2013_10', layers);
    expect(view.analysis.compare).toEqual(DEFAULT_ANALYSIS.compare);
    expect(dropped).toEqual([{ field: 'cmp', value: 'jeugd_2013_10', reason: 'needsTwo' }]);
  });
});
