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
    expect(hashToView(`#${hash}`, layers)).toEqual({ view, dropped: [], problem: null });
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
  it('keeps the valid outlines of a list and drops a retired, unknown-member, repeated or surplus one', () => {
    const { view, dropped } = hashToView('#v=1&layer=ggd_2013&ov=provincie_2013,ggd_2099,cjg_2011,provincie_2013,provincie_2012,ggd_2013', layers);
    expect(view.layerId).toBe('ggd_2013');
    expect(view.explore.overlays).toEqual(['provincie_2013']);
    expect(dropped).toEqual([
      { field: 'ov', value: 'ggd_2099', reason: 'unknownLayer' },
      { field: 'ov', value: 'cjg_2011', reason: 'membersUnknown' },
      { field: 'ov', value: 'provincie_2013', reason: 'repeated' },
      { field: 'ov', value: 'provincie_2012', reason: 'repeated' },
      { field: 'ov', value: 'ggd_2013', reason: 'repeated' },
    ]);
  });
  it('reads the opacity only as the slider writes it: decimal percent, 10..100 in steps of 5', () => {
    const op = (value: string) => hashToView(`#v=1&layer=ggd_2013&op=${encodeURIComponent(value)}`, layers);
    expect(op('45').view.explore.fillOpacity).toBe(0.45);
    expect(op('10').view.explore.fillOpacity).toBe(0.1);
    expect(op('100').view.explore.fillOpacity).toBe(1);
    for (const bad of ['0x64', '1e2', ' 50', '50.0', '+50', '050', '', 'NaN', 'Infinity']) expect(op(bad).dropped).toEqual([{ field: 'op', value: bad, reason: 'notANumber' }]);
    for (const bad of ['5', '250', '37']) expect(op(bad).dropped).toEqual([{ field: 'op', value: bad, reason: 'outOfRange' }]);
    expect(op('0x64').view.explore.fillOpacity).toBe(DEFAULT_EXPLORE.fillOpacity);
  });
  it('drops a switch that is not 0 or 1', () => {
    expect(hashToView('#v=1&layer=ggd_2013&sub=maybe&lbl=0', layers)).toMatchObject({ view: { explore: { subregions: true, labels: false } }, dropped: [{ field: 'sub', value: 'maybe', reason: 'notASwitch' }] });
  });
  it('compares only with a round the compare panel offers: not another domain, not itself, not a round of unknown members', () => {
    const rnd = (layer: string, other: string) => hashToView(`#v=1&layer=${layer}&rnd=${other}`, layers);
    expect(rnd('jeugd_2013_10', 'wmo_2013_05').dropped).toEqual([{ field: 'rnd', value: 'wmo_2013_05', reason: 'notComparable' }]);
    expect(rnd('jeugd_2013_10', 'jeugd_2013_10').dropped).toEqual([{ field: 'rnd', value: 'jeugd_2013_10', reason: 'notComparable' }]);
    // May 2012: members unknown; comparing would hatch all 408 municipalities as "in another region".
    const may2012 = rnd('jeugd_2013_10', 'jeugd_2012_05');
    expect(may2012.view.explore.compareWith).toBeNull();
    expect(may2012.view.layerId).toBe('jeugd_2013_10');
    expect(may2012.dropped).toEqual([{ field: 'rnd', value: 'jeugd_2012_05', reason: 'notComparable' }]);
    expect(rnd('jeugd_2013_10', 'jeugd_2013_05').view.explore.compareWith).toBe('jeugd_2013_05');
  });
});
