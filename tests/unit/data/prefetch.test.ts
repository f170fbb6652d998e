/**
 * The boot script's early requests (src/data/prefetch.ts): the loader takes them over instead of
 * fetching again, each once, and a retry after a failure fetches anew.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetch } from '../../../src/data/prefetch.ts';
import { fetchText, LoadError } from '../../../src/data/cache.ts';

afterEach(() => vi.unstubAllGlobals());

describe('requests started by the boot script', () => {
  it('are taken over by the loader: the file is fetched once', async () => {
    const fetchMock = vi.fn(async () => new Response('gm_code,region_id\nGM0363,r1\n'));
    vi.stubGlobal('fetch', fetchMock);
    prefetch('/assets/early.csv');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await fetchText('/assets/early.csv', 'data/early.csv')).toContain('GM0363');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('are taken once: after a failed early request the retry fetches again', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response('gone', { status: 404 }))
      .mockResolvedValueOnce(new Response('code\nGM0363\n'));
    vi.stubGlobal('fetch', fetchMock);
    prefetch('/assets/flaky.csv');
    await expect(fetchText('/assets/flaky.csv', 'data/flaky.csv')).rejects.toBeInstanceOf(LoadError);
    expect(await fetchText('/assets/flaky.csv', 'data/flaky.csv')).toContain('GM0363');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('time out like any other request when the early one hangs', async () => {
    let signal: AbortSignal | undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init?: RequestInit) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>((_, reject) => signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      }),
    );
    prefetch('/assets/slow.csv');
    const error = await fetchText('/assets/slow.csv', 'data/slow.csv', 20).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).kind).toBe('timeout');
    expect(signal?.aborted).toBe(true);
  });
});
