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
      problem: null,
    });
  });

  it('round-trips tab, compared divisions, reference, chart and overlap partner', () => {
    const analysis: AnalysisView = { tab: 'incongruence', compare: ['jeugd_2013_05', 'jeugd_2013_10', 'wmo_2013_05'], reference: 'ggd_2013', chart: 'overlap', overlapWith: 'provincie_2013' };
    const view = { ...DEFAULT_VIEW, analysis };
    const hash = viewToHash(view);
    expect(hash).toContain('tab=incongruence');
    expect(hash).toContain('cmp=jeugd_2013_05%2Cjeugd_2013_10%2Cwmo_2013_05');
    expect(hashToView(`#${hash}`, layers)).toEqual({ view, problem: null });
  });

  it('rejects a malformed analysis with a reason and opens the default view', () => {
    expect(hashToView('#v=1&layer=ggd_2013&tab=nope', layers)).toMatchObject({ view: DEFAULT_VIEW, problem: expect.stringMatching(/tab "nope"/) });
    expect(hashToView('#v=1&layer=ggd_2013&cmp=jeugd_2013_10', layers).problem).toMatch(/two or more/);
    expect(hashToView('#v=1&layer=ggd_2013&cmp=jeugd_2013_10,ggd_2014', layers).problem).toMatch(/geometry year/);
    expect(hashToView('#v=1&layer=ggd_2013&cmp=jeugd_2013_10,cjg_2011', layers).problem).toMatch(/unknown division "cjg_2011"/);
    expect(hashToView('#v=1&layer=ggd_2013&chart=pie', layers).problem).toMatch(/chart "pie"/);
    expect(hashToView('#v=1&layer=ggd_2013&ref=nope', layers).problem).toMatch(/unknown division "nope"/);
  });
});
