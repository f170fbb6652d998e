import { describe, expect, it } from 'vitest';
import { hashToView, viewToHash } from '../../src/state/url.ts';
import { DEFAULT_VIEW } from '../../src/state/store.ts';
import { DEFAULT_ANALYSIS } from '../../src/state/analysis.ts';
import { loadLayers } from './realData.ts';

const layers = loadLayers();

describe('view state in the URL', () => {
  it('round-trips a view with a selection, language and table', () => {
    const view = { layerId: 'wmo_2013_05', selected: 'GM0317' as const, region: null, lang: 'en' as const, showTable: true, analysis: DEFAULT_ANALYSIS, explore: DEFAULT_VIEW.explore };
    expect(hashToView('#' + viewToHash(view), layers)).toEqual({ view, problem: null });
  });
  it('keeps an open region page in the link, so that it can be shared', () => {
    const view = { ...DEFAULT_VIEW, layerId: 'jeugd_2013_10', region: 'j-food-valley' };
    const hash = viewToHash(view);
    expect(hash).toContain('region=j-food-valley');
    expect(hashToView('#' + hash, layers)).toEqual({ view, problem: null });
  });
  it('refuses a region value that cannot be a region id, quoting only its start', () => {
    const { problem } = hashToView(`#v=1&layer=jeugd_2013_10&region=${'<x>'.repeat(100)}`, layers);
    expect(problem).toMatch(/is not a region id/);
    expect(problem!.length).toBeLessThan(80);
  });
  it('opens the default view without a notice for an empty hash', () => {
    expect(hashToView('', layers)).toEqual({ view: DEFAULT_VIEW, problem: null });
  });
  it('opens the default view with a reason for a malformed link', () => {
    expect(hashToView('#v=1&layer=nope', layers).problem).toMatch(/unknown division "nope"/);
    expect(hashToView('#v=9&layer=ggd_2013', layers).problem).toMatch(/version/);
    expect(hashToView('#v=1&layer=ggd_2013&sel=Amsterdam', layers)).toMatchObject({ view: DEFAULT_VIEW, problem: expect.stringMatching(/CBS/) });
  });
});

describe('the notice about a link that could not be read', () => {
  it('quotes only the offending value, cut at 40 characters, so that the sentence stays in the user\'s language', async () => {
    const { linkProblemValue } = await import('../../src/state/useUrlSync.ts');
    expect(linkProblemValue('unknown division "nope"')).toBe('“nope”');
    expect(linkProblemValue(`unknown language "${'x'.repeat(100)}"`)).toBe(`“${'x'.repeat(40)}…”`);
    expect(linkProblemValue('no quote')).toBe('?');
  });
});
