import { skippedViewText } from '../../../src/state/urlNotice.ts';
import { describe, expect, it } from 'vitest';
import { mergeSavedViews, parseSavedViews, serialiseSavedViews } from '../../../src/state/savedViewsFile.ts';
import type { SavedView } from '../../../src/state/explore.ts';
import { loadLayers } from '../realData.ts';

const layers = loadLayers();
const eemnes: SavedView = { id: 'a', title: 'Eemnes', hash: 'v=1&layer=wmo_2013_05&lang=nl&sel=GM0317', camera: { center: [5.2, 52.2], zoom: 9 }, chart: 'sizes' };
const changes: SavedView = { id: 'b', title: 'Jeugd: wat veranderde', hash: 'v=1&layer=jeugd_2013_10&lang=nl&rnd=jeugd_2013_05', camera: null, chart: 'changes' };

describe('the saved-views file', () => {
  it('reads back exactly what it wrote, chart and camera included', () => {
    const text = serialiseSavedViews([eemnes, changes]);
    expect(JSON.parse(text)).toMatchObject({ format: 'regioscoop-saved-views', version: 2 });
    expect(parseSavedViews(text, layers)).toEqual({ ok: true, views: [eemnes, changes], skipped: [] });
  });

  it('reads the version 1 storage of earlier sessions with the region-size chart', () => {
    const old: Partial<SavedView> = { ...eemnes };
    delete old.chart;
    expect(parseSavedViews(JSON.stringify({ version: 1, views: [old] }), layers)).toEqual({ ok: true, views: [eemnes], skipped: [] });
  });

  it('leaves out and names single views whose link, camera or chart does not validate', () => {
    const badLink = { ...eemnes, id: 'x', title: 'Kapot', hash: 'v=1&layer=nonsense' };
    const badCamera = { ...eemnes, id: 'y', title: 'Scheef', camera: { center: ['x', 1], zoom: 3 } };
    const badChart = { ...eemnes, id: 'z', title: 'Taart', chart: 'pie' };
    const parsed = parseSavedViews(JSON.stringify({ format: 'regioscoop-saved-views', version: 2, views: [eemnes, badLink, badCamera, badChart, null] }), layers);
    expect(parsed.ok && parsed.views).toEqual([eemnes]);
    expect(parsed.ok && parsed.skipped.map((v) => [v.title, v.reason])).toEqual([
      ['Kapot', 'link'],
      ['Scheef', 'camera'],
      ['Taart', 'chart'],
      ['?', 'not-object'],
    ]);
    // Worded in the user's language, one at a time (the reasons are never English codes in Dutch).
    const skipped = parsed.ok ? parsed.skipped : [];
    expect(skipped.map((v) => skippedViewText('nl', v))).toEqual([
      'Kapot: de link kan niet worden geopend: indeling "nonsense" (onbekende indeling)',
      'Scheef: de camerastand ligt buiten de kaart',
      'Taart: onbekende grafiek "pie"',
      '?: het is geen weergave',
    ]);
    expect(skippedViewText('en', skipped[1])).toBe('Scheef: the camera lies outside the map');
  });

  it('refuses a file that is not JSON, not saved views, of a newer version or without one valid view', () => {
    expect(parseSavedViews('{not json', layers)).toMatchObject({ ok: false, problem: 'not-json' });
    expect(parseSavedViews(JSON.stringify({ format: 'regioscoop-workspace', version: 1, views: [] }), layers)).toMatchObject({ ok: false, problem: 'not-saved-views' });
    expect(parseSavedViews('[1, 2]', layers)).toMatchObject({ ok: false, problem: 'not-saved-views' });
    expect(parseSavedViews(JSON.stringify({ format: 'regioscoop-saved-views', version: 3, views: [eemnes] }), layers)).toMatchObject({ ok: false, problem: 'newer-version', detail: '3' });
    expect(parseSavedViews(JSON.stringify({ format: 'regioscoop-saved-views', version: 'twee', views: [eemnes] }), layers)).toMatchObject({ ok: false, problem: 'bad-version' });
    expect(parseSavedViews(JSON.stringify({ version: 2, views: [{ ...eemnes, hash: 'v=9' }] }), layers)).toMatchObject({ ok: false, problem: 'no-views' });
  });

  it('adds imported views after the existing ones, renaming a taken id and skipping exact duplicates', () => {
    const renamed = { ...changes, id: 'a' };
    expect(mergeSavedViews([eemnes], [eemnes, renamed]).map((v) => [v.id, v.title])).toEqual([
      ['a', 'Eemnes'],
      ['a-2', 'Jeugd: wat veranderde'],
    ]);
  });
});
