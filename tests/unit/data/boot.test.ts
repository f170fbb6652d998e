// @vitest-environment happy-dom
/** The boot script requests the linked layer's files at once; an unknown layer requests nothing. */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function bootWith(hash: string): Promise<string[]> {
  const fetchMock = vi.fn(async () => new Response(''));
  vi.stubGlobal('fetch', fetchMock);
  window.location.hash = hash;
  vi.resetModules();
  await import('../../../src/boot.ts');
  return fetchMock.mock.calls.map((call) => String((call as unknown[])[0]));
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.location.hash = '';
});

describe('the boot script', () => {
  it("requests the linked layer's geometry and memberships with the population and municipal changes", async () => {
    const urls = await bootWith('#v=1&layer=wmo_2013_05&lang=nl');
    expect(urls.some((u) => /gemeente_2013/.test(u))).toBe(true);
    expect(urls.some((u) => /wmo_2013_05/.test(u))).toBe(true);
    expect(urls.some((u) => /population/.test(u))).toBe(true);
    expect(urls.some((u) => /municipal_changes/.test(u))).toBe(true);
    expect(urls).toHaveLength(4);
  });

  it('requests the default layer for a link without one, and nothing for a layer it does not know', async () => {
    expect((await bootWith('')).some((u) => /jeugd_2013_10/.test(u))).toBe(true);
    expect(await bootWith('#v=1&layer=imported-round-1')).toEqual([]);
  });
});
