import { describe, expect, it } from 'vitest';
import { buildLayerView } from '../../../src/domain/layerView.ts';
import { sceneFor } from '../../../src/map/scene.ts';
import { sceneSvg } from '../../../src/map/svg/sceneSvg.ts';
import { escapeXml } from '../../../src/map/svg/markup.ts';
import type { GmCode } from '../../../src/domain/types.ts';
import { loadAdjacency, loadLayer, loadMemberships, loadMunicipalities, loadPopulation, loadTopology } from '../realData.ts';

const topology = loadTopology(2013);
const view = buildLayerView(loadLayer('wmo_2013_05'), loadMemberships('wmo_2013_05'), loadMunicipalities(2013), loadAdjacency(2013), loadPopulation(2013), 2013);

describe('the map as a standalone SVG (for exports)', () => {
  const svg = sceneSvg(sceneFor(view, topology, 'GM0317' as GmCode, { marked: new Set(['GM0317' as GmCode]), dotted: new Set(['GM0307' as GmCode]) }), { width: 1200, height: 900 });

  it('draws every municipality of 2013 once, filled with its region colour', () => {
    expect(svg.match(/<path data-code="GM\d{4}"/g)).toHaveLength(408);
    const eemnes = svg.match(/data-code="GM0317" d="[^"]+" fill="(#[0-9A-F]{6})"/)![1];
    expect(eemnes).toMatch(/^#/);
    expect(eemnes).not.toBe('#FFFFFF');
  });

  it('hatches and dots the marked municipalities with patterns it defines itself', () => {
    expect(svg).toContain('<pattern id="rs-hatch"');
    expect(svg).toContain('<pattern id="rs-dots"');
    expect(svg.match(/fill="url\(#rs-hatch\)"/g)).toHaveLength(1);
    expect(svg.match(/fill="url\(#rs-dots\)"/g)).toHaveLength(1);
  });

  it('names the regions on the map, more of them zoomed in, escaped as XML', () => {
    expect(svg).toMatch(/<tspan[^>]*>Rijnmond<\/tspan>/);
    const zoomed = sceneSvg(sceneFor(view, topology, null), { width: 1200, height: 900, camera: { center: [5.2, 52.25], zoom: 9 } });
    expect(zoomed).toMatch(/<tspan[^>]*>Gooi- en Vechtstreek<\/tspan>|<tspan[^>]*>Gooi- en<\/tspan><tspan[^>]*>Vechtstreek<\/tspan>/);
    expect(escapeXml('Noord & <Zuid> "x"')).toBe('Noord &amp; &lt;Zuid&gt; &quot;x&quot;');
  });

  it('leaves the labels out when they are switched off, and needs nothing from outside (no external references)', () => {
    const plain = sceneSvg(sceneFor(view, topology, null, { labels: false }), { width: 800, height: 600 });
    expect(plain).not.toContain('<tspan');
    expect(plain).not.toMatch(/href="http|url\(http/);
    expect(plain.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});
