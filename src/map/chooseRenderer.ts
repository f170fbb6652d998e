/**
 * Loads the chosen renderer (see rendererChoice.ts for the choice): SVG is part of the app, MapLibre's
 * chunk is fetched on first use only. Component tests put a fake renderer in through the seam below.
 */
import type { RendererFactory, RendererKind } from './types.ts';
import { createSvgRenderer } from './svg/svgRenderer.ts';

let forTests: RendererFactory | null = null;

/** Replaces every renderer with a fake (component tests); null restores the real ones. */
export function setRendererFactoryForTests(factory: RendererFactory | null): void {
  forTests = factory;
}

/** The factory of a renderer when it needs no loading (SVG, and the fake of the tests); else null. */
export function rendererFactoryNow(kind: RendererKind): RendererFactory | null {
  return forTests ?? (kind === 'svg' ? createSvgRenderer : null);
}

/** The factory of a renderer; MapLibre's chunk is fetched on first use (rejects when it cannot load). */
export async function loadRendererFactory(kind: RendererKind): Promise<RendererFactory> {
  const now = rendererFactoryNow(kind);
  if (now) return now;
  const module = await import('./maplibreRenderer.ts');
  return module.createMapLibreRenderer;
}
