// @vitest-environment happy-dom
/**
 * The WebGL probe (some 50 ms with software WebGL) is remembered per browser version: a start takes
 * the last result and probes again once the map has drawn, for the next start.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'regioscoop.webgl-probe';

async function freshRendererState() {
  vi.resetModules();
  return import('../../../src/state/rendererState.ts');
}

/** Counts the canvases the probe makes (happy-dom has no WebGL: the probe finds none). */
function countCanvases(): () => number {
  const create = document.createElement.bind(document);
  let canvases = 0;
  vi.spyOn(document, 'createElement').mockImplementation((tag: string, options?: ElementCreationOptions) => {
    if (tag === 'canvas') canvases++;
    return create(tag, options);
  });
  return () => canvases;
}

describe('the remembered WebGL probe', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('probes at the first start and remembers what it found for this browser', async () => {
    const canvases = countCanvases();
    const { initialRendererChoice } = await freshRendererState();
    expect(initialRendererChoice()).toEqual({ kind: 'svg', reason: 'no-webgl' });
    expect(canvases()).toBeGreaterThan(0);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ probe: 'none', browser: navigator.userAgent });
  });

  it('takes the remembered result at the next start without probing, and probes again once the map has drawn', async () => {
    localStorage.setItem(KEY, JSON.stringify({ probe: 'hardware', browser: navigator.userAgent }));
    const canvases = countCanvases();
    const { initialRendererChoice, markMapDrawn } = await freshRendererState();
    expect(initialRendererChoice()).toEqual({ kind: 'maplibre', reason: 'gpu' });
    expect(canvases()).toBe(0);
    markMapDrawn();
    await vi.runAllTimersAsync();
    expect(canvases()).toBeGreaterThan(0);
    // This browser has no WebGL after all: the next start draws with SVG.
    expect(JSON.parse(localStorage.getItem(KEY)!).probe).toBe('none');
  });

  it('ignores a result remembered by another browser version', async () => {
    localStorage.setItem(KEY, JSON.stringify({ probe: 'hardware', browser: 'Chrome/1.0' }));
    const { initialRendererChoice } = await freshRendererState();
    expect(initialRendererChoice().kind).toBe('svg');
  });

  it('is made by the boot script, while the app loads: the app then takes its result without probing again', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('')));
    const canvases = countCanvases();
    vi.resetModules();
    await import('../../../src/boot.ts');
    const atBoot = canvases();
    expect(atBoot).toBeGreaterThan(0);
    const { initialRendererChoice } = await import('../../../src/state/rendererState.ts');
    expect(initialRendererChoice()).toEqual({ kind: 'svg', reason: 'no-webgl' });
    expect(canvases()).toBe(atBoot);
    vi.unstubAllGlobals();
  });
});
