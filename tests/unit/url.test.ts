import { describe, expect, it } from 'vitest';
import { hashToView, isInPageAnchor, viewToHash } from '../../src/state/url.ts';
import { DEFAULT_VIEW } from '../../src/state/store.ts';
import { DEFAULT_ANALYSIS } from '../../src/state/analysis.ts';
import { loadLayers } from './realData.ts';

const layers = loadLayers();

describe('view state in the URL', () => {
  it('round-trips a view with a selection, language and table', () => {
    const view = { layerId: 'wmo_2013_05', selected: 'GM0317' as const, region: null, lang: 'en' as const, showTable: true, analysis: DEFAULT_ANALYSIS, explore: DEFAULT_VIEW.explore, camera: null };
    expect(hashToView('#' + viewToHash(view), layers)).toEqual({ view, dropped: [], problem: null });
  });
  it('keeps an open region page in the link, so that it can be shared', () => {
    const view = { ...DEFAULT_VIEW, layerId: 'jeugd_2013_10', region: 'j-food-valley' };
    const hash = viewToHash(view);
    expect(hash).toContain('region=j-food-valley');
    expect(hashToView('#' + hash, layers)).toEqual({ view, dropped: [], problem: null });
  });
  it('drops a region value that cannot be a region id and keeps the rest of the link', () => {
    const value = '<x>'.repeat(100);
    const { view, dropped } = hashToView(`#v=1&layer=jeugd_2013_10&lang=en&region=${encodeURIComponent(value)}`, layers);
    expect(view).toMatchObject({ layerId: 'jeugd_2013_10', lang: 'en', region: null });
    expect(dropped).toEqual([{ field: 'region', value, reason: 'notARegionId' }]);
  });
  it('opens the default view without a notice for an empty hash', () => {
    expect(hashToView('', layers)).toEqual({ view: DEFAULT_VIEW, dropped: [], problem: null });
  });
  it('carries the camera, so a copied link opens the same view', () => {
    const view = { ...DEFAULT_VIEW, camera: { center: [5.12345, 52.09876] as [number, number], zoom: 9.25 } };
    expect(viewToHash(view)).toMatch(/cam=5.12345%2C52.09876%2C9.25/);
    expect(hashToView('#' + viewToHash(view), layers)).toEqual({ view, dropped: [], problem: null });
  });
  it('opens an old v=1 link without a camera on the whole country', () => {
    expect(hashToView('#v=1&layer=ggd_2013&lang=nl', layers).view.camera).toBeNull();
  });
  it('leaves out a camera out of range (latitude 100, zoom 40) or malformed (hexadecimal, two numbers) and keeps the rest of the link', () => {
    const cases = { outOfRange: ['5,100,7', '5,52,40', '1,52,7', '9,52,7', '5,49.9,7', '5,52,4.9'], notACamera: ['0x5,52,7', '5,52', '5,52,7e1', 'NaN,52,7'] };
    for (const [reason, cams] of Object.entries(cases)) {
      for (const cam of cams) {
        const { view, dropped } = hashToView(`#v=1&layer=ggd_2013&lang=en&cam=${encodeURIComponent(cam)}`, layers);
        expect(view.camera).toBeNull();
        expect(view.layerId).toBe('ggd_2013');
        expect(view.lang).toBe('en');
        expect(dropped).toEqual([{ field: 'cam', value: cam, reason }]);
      }
    }
  });
  it('keeps the camera at the edges of its range: longitude 2..8.5, zoom 5..14', () => {
    expect(hashToView('#v=1&layer=ggd_2013&cam=2%2C50%2C5', layers).view.camera).toEqual({ center: [2, 50], zoom: 5 });
    expect(hashToView('#v=1&layer=ggd_2013&cam=8.5%2C54%2C14', layers).view.camera).toEqual({ center: [8.5, 54], zoom: 14 });
  });
  it('drops an unknown division and opens the default one with everything else of the link', () => {
    const { view, dropped } = hashToView('#v=1&layer=nope&lang=en&table=1', layers);
    expect(view).toEqual({ ...DEFAULT_VIEW, lang: 'en', showTable: true });
    expect(dropped).toEqual([{ field: 'layer', value: 'nope', reason: 'unknownLayer' }]);
  });
  it('drops a selection that is not a CBS code and an unknown language, keeping the division', () => {
    const { view, dropped } = hashToView('#v=1&layer=ggd_2013&sel=Amsterdam&lang=fr', layers);
    expect(view).toEqual({ ...DEFAULT_VIEW, layerId: 'ggd_2013' });
    expect(dropped.map((d) => d.field)).toEqual(['lang', 'sel']);
  });
  it('reads a link of an unknown (future) version as the current one, and says so', () => {
    const { view, dropped } = hashToView('#v=9&layer=ggd_2013', layers);
    expect(view.layerId).toBe('ggd_2013');
    expect(dropped).toEqual([{ field: 'v', value: '9', reason: 'unknownVersion' }]);
  });
  it('names a parameter it does not know instead of ignoring it silently', () => {
    expect(hashToView('#v=1&layer=ggd_2013&zoomlevel=3', layers).dropped).toEqual([{ field: 'zoomlevel', value: '3', reason: 'unknownField' }]);
  });
  it('treats an in-page anchor such as the skip link\'s #panel as no link at all', () => {
    expect(isInPageAnchor('#panel')).toBe(true);
    expect(isInPageAnchor('#v=1&layer=ggd_2013')).toBe(false);
    expect(hashToView('#panel', layers)).toEqual({ view: DEFAULT_VIEW, dropped: [], problem: null });
  });
});
