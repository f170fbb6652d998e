import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyedCache, LoadError, fetchText } from '../../../src/data/cache.ts';
import { loadMemberships, loadPopulation } from '../../../src/data/repository.ts';
import { layers, registerImportedRound, unregisterImportedRound } from '../../../src/data/layerRegistry.ts';
import { projectRoot } from '../realData.ts';

const populationCsv = readFileSync(join(projectRoot, 'data', 'population.csv'), 'utf8');
const answer = (body: string, status = 200) => Promise.resolve(new Response(body, { status }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the keyed cache', () => {
  it('shares one load between callers and keeps a success', async () => {
    const cache = new KeyedCache();
    const load = vi.fn(() => Promise.resolve(42));
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual([42, 42]);
    expect(await cache.get('k', load)).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });
  it('never keeps a failure: the next request loads again', async () => {
    const cache = new KeyedCache();
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(cache.has('k')).toBe(false);
    expect(await cache.get('k', () => Promise.resolve('up'))).toBe('up');
  });
});

describe('fetchText', () => {
  it('fails with a timeout when the server never answers', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new Error('aborted')))));
    const pending = fetchText('/x.csv', 'data/x.csv', 1000);
    const check = expect(pending).rejects.toMatchObject({ kind: 'timeout', what: 'data/x.csv' });
    await vi.advanceTimersByTimeAsync(1001);
    await check;
  });
  it('calls an HTML page where a data file was asked for malformed', async () => {
    vi.stubGlobal('fetch', () => answer('<!doctype html><html><body>index</body></html>'));
    await expect(fetchText('/x.csv', 'data/x.csv')).rejects.toMatchObject({ kind: 'malformed' });
  });
  it('names the HTTP status', async () => {
    vi.stubGlobal('fetch', () => answer('gone', 404));
    await expect(fetchText('/x.csv', 'data/x.csv')).rejects.toThrow(/HTTP 404/);
  });
});

describe('the data-access layer recovers without a reload', () => {
  it('loads the population again after a truncated answer (a row cut in the middle) instead of keeping it', async () => {
    const truncated = populationCsv.slice(0, populationCsv.indexOf('\n', 5000) + 20);
    const fetch = vi.fn().mockImplementationOnce(() => answer(truncated)).mockImplementation(() => answer(populationCsv));
    vi.stubGlobal('fetch', fetch);
    const first = await loadPopulation().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(LoadError);
    expect((first as LoadError).kind).toBe('malformed');
    expect((await loadPopulation()).length).toBe(1619);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe("'this layer's memberships' for shipped and imported layers alike", () => {
  it('serves an imported round from its saved record, and says so when it is gone', async () => {
    const base = layers.find((l) => l.id === 'jeugd_2013_10')!;
    const layer = { ...base, id: 'import-test', membershipFile: null, imported: true as const };
    const memberships = [{ layerId: 'import-test', code: 'GM0003' as const, regionId: 'r', regionName: 'R', primary: true, source: { document: 'mine' }, confidence: 'text' as const }];
    registerImportedRound({ layer, memberships, warnings: [], fileName: 'x.csv', importedAt: '2026-01-01T00:00:00Z' });
    expect(await loadMemberships(layer)).toEqual(memberships);
    unregisterImportedRound('import-test');
    expect(layers.some((l) => l.id === 'import-test')).toBe(false);
    await expect(loadMemberships(layer)).rejects.toMatchObject({ kind: 'missing' });
  });
});
