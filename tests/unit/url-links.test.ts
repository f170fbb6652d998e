import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { hashToView, linkedPlaces, viewToHash } from '../../src/state/url.ts';
import type { LayerView } from '../../src/domain/layerView.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/store.ts';
import { historyStep } from '../../src/state/useUrlSync.ts';
import { DropList, LINK_FIELDS, QUOTE_LIMIT } from '../../src/state/urlFields.ts';
import { migrateParams } from '../../src/state/urlMigrations.ts';
import { linkNotice } from '../../src/state/urlNotice.ts';
import { ANALYSIS_TABS, CHART_IDS, analysableLayers } from '../../src/state/analysis.ts';
import { MAX_OVERLAYS, OPACITY_MIN } from '../../src/state/explore.ts';
import { comparable } from '../../src/domain/roundComparison.ts';
import { isValidCamera } from '../../src/map/camera.ts';
import { loadLayers } from './realData.ts';

const layers = loadLayers();
const fixtures = JSON.parse(readFileSync(new URL('./fixtures/links-v1.json', import.meta.url), 'utf8')) as { links: { what: string; hash: string; view: ViewState }[] };

describe('links shared with version 1 keep opening', () => {
  for (const link of fixtures.links) {
    it(`opens ${link.what} as it did when it was shared`, () => {
      expect(hashToView(`#${link.hash}`, layers)).toEqual({ view: { ...link.view, region: link.view.region ?? null }, dropped: [], problem: null });
    });
  }
});

describe('the migration path between link versions', () => {
  const rename = { 1: (p: URLSearchParams) => { p.set('fill', p.get('layer') ?? ''); p.delete('layer'); return p; }, 2: (p: URLSearchParams) => { p.set('layer', p.get('fill') ?? ''); p.delete('fill'); return p; } };
  it('runs every step from the link\'s version up to the current one, in order', () => {
    const drops = new DropList();
    const params = migrateParams(new URLSearchParams('v=1&layer=ggd_2013'), drops, rename, 3);
    expect(params.get('layer')).toBe('ggd_2013');
    expect(params.has('fill')).toBe(false);
    expect(drops.items).toEqual([]);
  });
  it('starts at the link\'s own version (a version-2 link skips the first step)', () => {
    const params = migrateParams(new URLSearchParams('v=2&fill=ggd_2013'), new DropList(), rename, 3);
    expect(params.get('layer')).toBe('ggd_2013');
  });
  it('reads a link of a version without a step (or none, or a future one) as current, and reports it', () => {
    for (const v of ['0', '4', 'x', '1e0', '']) {
      const drops = new DropList();
      migrateParams(new URLSearchParams(`v=${v}&layer=ggd_2013`), drops, rename, 3);
      expect(drops.items).toEqual([{ field: 'v', value: v, reason: 'unknownVersion' }]);
    }
  });
});

describe('the notice for what a link left out', () => {
  it('names the field, the value and the reason in Dutch', () => {
    const { dropped } = hashToView('#v=1&layer=jeugd_2013_10&ov=ggd_2099', layers);
    expect(linkNotice('nl', dropped)).toBe('Niet alles uit de link kon worden geopend. Weggelaten: omlijning "ggd_2099" (onbekende indeling).');
  });
  it('names them in English when the link is in English', () => {
    const { view, dropped } = hashToView('#v=1&layer=jeugd_2013_10&lang=en&rnd=jeugd_2012_05', layers);
    expect(linkNotice(view.lang, dropped)).toBe('Not everything in the link could be opened. Left out: compared round "jeugd_2012_05" (cannot be compared with the division shown).');
  });
  it('quotes at most a few dozen characters of a huge value, and at most five fields', () => {
    const huge = 'x'.repeat(100_000);
    const { dropped } = hashToView(`#v=1&layer=${huge}&ov=${huge}&op=${huge}&sub=${huge}&lbl=${huge}&tab=${huge}&chart=${huge}`, layers);
    const notice = linkNotice('en', dropped)!;
    expect(notice.length).toBeLessThan(600);
    expect(notice).toContain(`"${'x'.repeat(QUOTE_LIMIT - 1)}…"`);
    expect(notice).toMatch(/and 2 more\.$/);
  });
  it('says nothing for a link that opened whole', () => {
    expect(linkNotice('nl', [])).toBeNull();
  });
});

describe('what a change of the view does to the history', () => {
  const withOpacity = (v: ViewState, fillOpacity: number): ViewState => ({ ...v, explore: { ...v.explore, fillOpacity } });
  it('adds one entry for a whole drag of the opacity slider: the first step pushes, the next ones replace', () => {
    const first = historyStep(DEFAULT_VIEW, withOpacity(DEFAULT_VIEW, 0.85), 'other');
    expect(first).toEqual({ step: 'push', kind: 'opacity' });
    expect(historyStep(withOpacity(DEFAULT_VIEW, 0.85), withOpacity(DEFAULT_VIEW, 0.8), first.kind)).toEqual({ step: 'replace', kind: 'opacity' });
  });
  it('adds an entry for any other change, and an opacity change after it pushes again', () => {
    const other = historyStep(DEFAULT_VIEW, { ...DEFAULT_VIEW, layerId: 'ggd_2013' }, 'opacity');
    expect(other).toEqual({ step: 'push', kind: 'other' });
    expect(historyStep(DEFAULT_VIEW, withOpacity(DEFAULT_VIEW, 0.5), other.kind).step).toBe('push');
  });
  it('starts a new entry for an opacity change after the map was moved, even right after a drag', () => {
    const dragged = withOpacity(DEFAULT_VIEW, 0.8);
    const moved = historyStep(dragged, { ...dragged, camera: { center: [5, 52], zoom: 8 } }, 'opacity');
    expect(moved).toEqual({ step: 'replace', kind: 'other' });
    expect(historyStep({ ...dragged, camera: { center: [5, 52], zoom: 8 } }, { ...withOpacity(DEFAULT_VIEW, 0.5), camera: { center: [5, 52], zoom: 8 } }, moved.kind).step).toBe('push');
  });
  it('replaces the entry when only the camera moved, and writes nothing when the link is unchanged', () => {
    expect(historyStep(DEFAULT_VIEW, { ...DEFAULT_VIEW, camera: { center: [5, 52], zoom: 8 } }, 'other').step).toBe('replace');
    expect(historyStep(DEFAULT_VIEW, { ...DEFAULT_VIEW }, 'other').step).toBe('none');
  });
});

/** Asserts that a parsed view is one the UI could have produced. */
function expectOfferedView(view: ViewState): void {
  const byId = new Map(layers.map((l) => [l.id, l]));
  const fill = byId.get(view.layerId);
  expect(fill).toBeDefined();
  expect(['nl', 'en']).toContain(view.lang);
  if (view.selected !== null) expect(view.selected).toMatch(/^GM\d{4}$/);
  expect(typeof view.showTable).toBe('boolean');
  const { explore, analysis } = view;
  expect(explore.overlays.length).toBeLessThanOrEqual(MAX_OVERLAYS);
  expect(new Set(explore.overlays.map((id) => byId.get(id)!.domain)).size).toBe(explore.overlays.length);
  for (const id of explore.overlays) expect(byId.get(id)?.membershipStatus).toBe('complete');
  expect(explore.fillOpacity).toBeGreaterThanOrEqual(OPACITY_MIN);
  expect(explore.fillOpacity).toBeLessThanOrEqual(1);
  expect(Math.round(explore.fillOpacity * 100) % 5).toBe(0);
  if (explore.compareWith !== null) expect(comparable(fill!, byId.get(explore.compareWith)!)).toBe(true);
  expect(ANALYSIS_TABS).toContain(analysis.tab);
  expect(CHART_IDS).toContain(analysis.chart);
  const analysable = new Map(analysableLayers(layers).map((l) => [l.id, l]));
  expect(analysis.compare.length).toBeGreaterThanOrEqual(2);
  expect(new Set(analysis.compare).size).toBe(analysis.compare.length);
  expect(new Set(analysis.compare.map((id) => analysable.get(id)!.geometryYear)).size).toBe(1);
  for (const id of [analysis.reference, analysis.overlapWith]) if (id !== null) expect(analysable.has(id)).toBe(true);
  if (view.camera !== null) expect(isValidCamera(view.camera)).toBe(true);
}

describe('hostile links (property test over the parser)', () => {
  const ids = layers.map((l) => l.id);
  const fields = [...LINK_FIELDS];
  // Values near the valid ones (real ids, numbers in odd notations, codes) and plain garbage.
  const value = fc.oneof(
    fc.constantFrom(...ids, ...ANALYSIS_TABS, ...CHART_IDS, 'nl', 'en', '0', '1', '45', '0x64', '1e2', '-5', '5.5', 'NaN', 'Infinity', 'GM0317', 'GM03', '__proto__', 'constructor'),
    fc.array(fc.constantFrom(...ids, 'nope', ''), { maxLength: 12 }).map((a) => a.join(',')),
    fc.tuple(fc.double(), fc.double(), fc.double()).map((c) => c.join(',')),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ maxLength: 3000 }),
  );
  const pairs = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 8 })), value), { maxLength: 20 });
  const toHash = (list: [string, string][]) => {
    const p = new URLSearchParams();
    for (const [k, v] of list) p.append(k, v);
    return `#${p.toString()}`;
  };
  const hash = fc.oneof(
    pairs.map(toHash),
    fc.string({ unit: 'binary', maxLength: 400 }).map((s) => `#${s}`),
    fc.string({ maxLength: 200 }),
  );

  it('never throws, and every view it returns is one the UI offers, with a short notice', () => {
    fc.assert(
      fc.property(hash, (h) => {
        const { view, dropped } = hashToView(h, layers);
        expectOfferedView(view);
        const notice = linkNotice('nl', dropped);
        if (notice) expect(notice.length).toBeLessThan(1200);
        // No bidirectional override or mark of the link reaches the notice (it would turn the text around).
        if (notice) expect(notice).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
        // What it opens is stable: its own link opens the same view with nothing left out.
        expect(hashToView(`#${viewToHash(view)}`, layers)).toEqual({ view, dropped: [], problem: null });
      }),
      { numRuns: 600 },
    );
  });

  it('opens the first value of a repeated field and reports every other one', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        const { dropped } = hashToView(toHash(list), layers);
        const parsed = [...new URLSearchParams(toHash(list).slice(1))];
        for (const key of new Set(parsed.map(([k]) => k))) {
          const extra = parsed.filter(([k]) => k === key).slice(1);
          const reported = dropped.filter((d) => d.field === key && d.reason === 'repeated').map((d) => d.value);
          for (const [, v] of extra) expect(reported).toContain(v);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('what a link field is told when it is wrong', () => {
  const reasons = (hash: string) => hashToView(hash, layers).dropped.map((d) => `${d.field}=${d.value}: ${d.reason}`);
  it('a repeated field keeps its first value and names the others', () => {
    const { view, dropped } = hashToView('#v=1&layer=ggd_2013&layer=wmo_2013_05&op=45&op=50', layers);
    expect(view.layerId).toBe('ggd_2013');
    expect(view.explore.fillOpacity).toBe(0.45);
    expect(dropped).toEqual([
      { field: 'layer', value: 'wmo_2013_05', reason: 'repeated' },
      { field: 'op', value: '50', reason: 'repeated' },
    ]);
  });
  it('a repeated field keeps its first value also when a value names an imported layer this browser lacks', () => {
    const outlines = hashToView('#v=1&layer=jeugd_2013_10&ov=ggd_2013&ov=import-x', layers);
    expect(outlines.view.explore.overlays).toEqual(['ggd_2013']);
    expect(outlines.dropped).toEqual([{ field: 'ov', value: 'import-x', reason: 'repeated' }]);
    expect(outlines.missingImported).toBeUndefined();
    const fill = hashToView('#v=1&layer=import-x&layer=ggd_2013', layers);
    expect(fill.view.layerId).toBe('jeugd_2013_10');
    expect(fill.missingImported).toEqual(['import-x']);
    expect(fill.dropped).toEqual([{ field: 'layer', value: 'ggd_2013', reason: 'repeated' }]);
  });
  it('a negative or off-step opacity is out of range; a decimal or hexadecimal one is not a whole number', () => {
    expect(reasons('#v=1&op=-1')).toEqual(['op=-1: outOfRange']);
    expect(reasons('#v=1&op=47')).toEqual(['op=47: outOfRange']);
    expect(reasons('#v=1&op=4.5')).toEqual(['op=4.5: notANumber']);
    expect(reasons('#v=1&op=0x2d')).toEqual(['op=0x2d: notANumber']);
  });
  it('a camera that is not three numbers is said to be so; one off the map is out of range', () => {
    expect(reasons('#v=1&cam=abc')).toEqual(['cam=abc: notACamera']);
    expect(reasons('#v=1&cam=5,100,7')).toEqual(['cam=5,100,7: outOfRange']);
  });
  it('quotes the name of an unknown field, and says when a field has no name', () => {
    expect(linkNotice('nl', hashToView('#v=1&foo=bar', layers).dropped)).toBe('Niet alles uit de link kon worden geopend. Weggelaten: onbekend veld "foo" met waarde "bar".');
    expect(linkNotice('en', hashToView('#v=1&=bar', layers).dropped)).toBe('Not everything in the link could be opened. Left out: field without a name with value "bar".');
  });
  it('strips a right-to-left override from a quoted value', () => {
    const notice = linkNotice('nl', hashToView(`#v=1&layer=${encodeURIComponent('abc\u202Edef')}`, layers).dropped)!;
    expect(notice).toContain('indeling "abcdef" (onbekende indeling)');
  });
});

describe('a linked municipality or region page that the layer lacks', () => {
  const view = (layerId: string) => ({ layer: layers.find((l) => l.id === layerId)!, regions: new Map([['j-eemland', {}]]), municipalityName: new Map([['GM0317', 'Eemnes']]) }) as unknown as LayerView;
  it('keeps a municipality and a region that the layer has', () => {
    expect(linkedPlaces({ selected: 'GM0317', region: 'j-eemland' }, view('jeugd_2013_10'))).toEqual({ selected: 'GM0317', region: 'j-eemland', dropped: [] });
  });
  it('drops a code the geometry year lacks and a region the layer lacks, and names both', () => {
    expect(linkedPlaces({ selected: 'GM9999', region: 'ZK13' }, view('jeugd_2013_10'))).toEqual({
      selected: null,
      region: null,
      dropped: [
        { field: 'sel', value: 'GM9999', reason: 'notInYear' },
        { field: 'region', value: 'ZK13', reason: 'notInLayer' },
      ],
    });
  });
});
