// @vitest-environment happy-dom
/**
 * d3-zoom runs on the stand-in for d3-transition (src/map/svg/d3TransitionStub.ts, aliased in
 * vite.config.ts): the SVG map's jumps work, and an animated zoom fails loudly instead of silently.
 */
import { describe, expect, it } from 'vitest';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';

describe('d3-zoom without d3-transition', () => {
  it('moves the view by zoom.transform, as the map\'s buttons, keys and fits do', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    const behaviour = zoom<SVGSVGElement, unknown>();
    const seen: number[] = [];
    behaviour.on('zoom', (e: { transform: { k: number } }) => seen.push(e.transform.k));
    select(svg).call(behaviour);
    select(svg).call(behaviour.transform, zoomIdentity.translate(10, 20).scale(4));
    expect(zoomTransform(svg)).toMatchObject({ k: 4, x: 10, y: 20 });
    expect(seen).toEqual([4]);
  });
  it('refuses an animated zoom, which would need the real module', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    expect(() => (select(svg) as unknown as { transition(): unknown }).transition()).toThrow(/d3-transition is not bundled/);
  });
});
