import { describe, expect, it } from 'vitest';
import { hashToView, viewToHash } from '../../src/state/url.ts';
import { DEFAULT_VIEW } from '../../src/state/store.ts';
import { DEFAULT_ANALYSIS } from '../../src/state/analysis.ts';
import { loadLayers } from './realData.ts';

const layers = loadLayers();

describe('view state in the URL', () => {
  it('round-trips a view with a selection, language and table', () => {
    const view = { layerId: 'wmo_2013_05', selected: 'GM0317' as const, lang: 'en' as const, showTable: true, analysis: DEFAULT_ANALYSIS, explore: DEFAULT_VIEW.explore, camera: null };
    expect(hashToView('#' + viewToHash(view), layers)).toEqual({ view, problem: null });
  });
  it('opens the default view without a notice for an empty hash', () => {
    expect(hashToView('', layers)).toEqual({ view: DEFAULT_VIEW, problem: null });
  });
  it('carries the camera, so a copied link opens the same view', () => {
    const view = { ...DEFAULT_VIEW, camera: { center: [5.12345, 52.09876] as [number, number], zoom: 9.25 } };
    expect(viewToHash(view)).toMatch(/cam=5.12345%2C52.09876%2C9.25/);
    expect(hashToView('#' + viewToHash(view), layers)).toEqual({ view, problem: null });
  });
  it('opens an old v=1 link without a camera on the whole country', () => {
    expect(hashToView('#v=1&layer=ggd_2013&lang=nl', layers).view.camera).toBeNull();
  });
  it('leaves out a camera out of range (latitude 100, zoom 40, hexadecimal) and keeps the rest of the link', () => {
    for (const cam of ['5,100,7', '5,52,40', '0x5,52,7', '5,52', '5,52,7e1', 'NaN,52,7']) {
      const { view, problem } = hashToView(`#v=1&layer=ggd_2013&lang=en&cam=${encodeURIComponent(cam)}`, layers);
      expect(view.camera).toBeNull();
      expect(view.layerId).toBe('ggd_2013');
      expect(problem).toMatch(/camera/);
    }
  });
  it('opens the default view with a reason for a malformed link', () => {
    expect(hashToView('#v=1&layer=nope', layers).problem).toMatch(/unknown division "nope"/);
    expect(hashToView('#v=9&layer=ggd_2013', layers).problem).toMatch(/version/);
    expect(hashToView('#v=1&layer=ggd_2013&sel=Amsterdam', layers)).toMatchObject({ view: DEFAULT_VIEW, problem: expect.stringMatching(/CBS/) });
  });
});
