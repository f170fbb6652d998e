import { describe, expect, it } from 'vitest';
import { hashToView, viewToHash } from '../../src/state/url.ts';
import { DEFAULT_VIEW } from '../../src/state/store.ts';
import { DEFAULT_EXPLORE } from '../../src/state/explore.ts';
import { loadLayers } from './realData.ts';

const layers = loadLayers();

describe('the exploring view in the URL', () => {
  it('round-trips outlines, subregions off, opacity and the compared round', () => {
    const view = {
      ...DEFAULT_VIEW,
      layerId: 'jeugd_2013_10',
      explore: { overlays: ['ggd_2013', 'wmo_2013_05'], subregions: false, fillOpacity: 0.45, compareWith: 'jeugd_2013_05', labels: false },
    };
    const hash = viewToHash(view);
    expect(hash).toMatch(/ov=ggd_2013%2Cwmo_2013_05/);
    expect(hash).toMatch(/rnd=jeugd_2013_05/);
    expect(hash).toMatch(/lbl=0/);
    expect(hashToView(`#${hash}`, layers)).toEqual({ view, problem: null });
  });
  it('writes nothing for the default exploring view, so a plain link is unchanged', () => {
    expect(viewToHash(DEFAULT_VIEW)).toBe('v=1&layer=jeugd_2013_10&lang=nl');
  });
  it('still opens an old v=1 link with the default exploring view', () => {
    expect(hashToView('#v=1&layer=ggd_2013&lang=en&sel=GM0317', layers)).toMatchObject({
      view: { layerId: 'ggd_2013', lang: 'en', selected: 'GM0317', explore: DEFAULT_EXPLORE },
      problem: null,
    });
  });
  it('opens the default view with a reason for a bad outline, opacity or compared round', () => {
    expect(hashToView('#v=1&layer=ggd_2013&ov=nope', layers)).toMatchObject({ view: DEFAULT_VIEW, problem: expect.stringMatching(/nope/) });
    expect(hashToView('#v=1&layer=ggd_2013&ov=ggd_2012,ggd_2012', layers).problem).toMatch(/repeated/);
    expect(hashToView('#v=1&layer=ggd_2013&op=250', layers).problem).toMatch(/opacity/);
    expect(hashToView('#v=1&layer=ggd_2013&op=5', layers).problem).toMatch(/opacity/);
    expect(hashToView('#v=1&layer=ggd_2013&sub=maybe', layers).problem).toMatch(/subregion/);
    expect(hashToView('#v=1&layer=jeugd_2013_10&rnd=wmo_2013_05', layers).problem).toMatch(/another round/);
    expect(hashToView('#v=1&layer=jeugd_2013_10&rnd=jeugd_2013_10', layers).problem).toMatch(/another round/);
  });
});
