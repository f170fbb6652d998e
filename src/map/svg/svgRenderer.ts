/**
 * The SVG implementation of the renderer interface: fast on machines without a GPU, and no WebGL
 * needed at all. The 400-odd municipality paths are built once per geometry year; a division switch
 * only changes fill attributes and the border paths. Hover and selection use event delegation on the
 * paths' data-code; pan and zoom (mouse, wheel, touch, keyboard) are d3-zoom's transform on one group.
 */
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { GmCode } from '../../domain/types.ts';
import { cameraTransform, fitBounds, isValidCamera, transformCamera, ZOOM_RANGE, type ScreenTransform } from '../camera.ts';
import { placeLabels } from '../labels.ts';
import { HIGHLIGHT_LINE, OVERLAY_LINES, SUBREGION_LINE } from '../lineStyles.ts';
import type { Camera, MapEvents, MapRenderer, MapScene } from '../types.ts';
import { groupTransform, linesPath, municipalityGeometry, PLANE_SCALE, planeToScreen, toScreen, type MunicipalityGeometry } from './geometry.ts';
import {
  fillsMarkup,
  labelGroupAttributes,
  labelsMarkup,
  lineAttributes,
  marksMarkup,
  MUNICIPALITY_LINE_WIDTH,
  patternDefs,
  regionLineWidth,
  SVG_COLOURS,
} from './markup.ts';
import { fitNetherlands, sceneSvg } from './sceneSvg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
let instances = 0;

/** Pixels a key press pans, and zoom levels a key press or button zooms. */
const KEY_PAN = 100;
const KEY_ZOOM = 1;

function el<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
  return element;
}

/** Sets the attributes of a line style on a path. */
function styleLine(path: SVGPathElement, markup: string): void {
  for (const m of markup.matchAll(/([\w-]+)="([^"]*)"/g)) path.setAttribute(m[1], m[2]);
}

/** Creates the SVG map inside a container. */
export function createSvgRenderer(container: HTMLElement, events: MapEvents): MapRenderer {
  const prefix = `rs${++instances}-`;
  const svg = el('svg', { class: 'svg-map', role: 'img', 'data-renderer': 'svg', tabindex: '0' });
  svg.style.cssText = 'display:block;width:100%;height:100%;touch-action:none;outline-offset:-3px';
  const defs = el('defs');
  defs.innerHTML = patternDefs(prefix);
  const background = el('rect', { width: '100%', height: '100%', fill: SVG_COLOURS.background });
  const world = el('g');
  const fills = el('g', {
    'fill-rule': 'evenodd',
    stroke: SVG_COLOURS.municipalityLine,
    'stroke-width': String(MUNICIPALITY_LINE_WIDTH),
    'stroke-opacity': '0.9',
  });
  const marks = el('g', { 'fill-rule': 'evenodd', 'pointer-events': 'none' });
  const subregions = el('path', { 'pointer-events': 'none' });
  styleLine(subregions, lineAttributes(SUBREGION_LINE));
  const regions = el('path', { 'pointer-events': 'none' });
  styleLine(regions, lineAttributes({ colour: SVG_COLOURS.ink, width: 2.2, dash: null }));
  const overlays = OVERLAY_LINES.map((style) => {
    const path = el('path', { 'pointer-events': 'none' });
    styleLine(path, lineAttributes(style));
    return path;
  });
  const hoverLine = el('path', { fill: 'none', stroke: SVG_COLOURS.hover, 'stroke-width': '2', 'vector-effect': 'non-scaling-stroke', 'pointer-events': 'none' });
  const selectedLine = el('path', { fill: 'none', stroke: SVG_COLOURS.selected, 'stroke-width': '3.5', 'vector-effect': 'non-scaling-stroke', 'pointer-events': 'none' });
  const highlightLine = el('path', { 'pointer-events': 'none', 'data-part': 'highlight' });
  styleLine(highlightLine, lineAttributes(HIGHLIGHT_LINE));
  const labels = el('g', { class: 'map-labels' });
  world.append(fills, marks, subregions, regions, ...overlays, highlightLine, hoverLine, selectedLine);
  svg.append(defs, background, world, labels);
  container.append(svg);

  let width = container.clientWidth || 800;
  let height = container.clientHeight || 600;
  let scene: MapScene | null = null;
  let geometry: MunicipalityGeometry | null = null;
  let pathOf = new Map<GmCode, SVGPathElement>();
  /** Interior points of municipalities in the plane, found on first use. */
  let interior = new Map<GmCode, [number, number] | null>();
  let transform: ScreenTransform = cameraTransform(fitNetherlands(width, height), width, height);
  let frame = 0;
  let hovered: GmCode | null = null;
  let fitted = false;
  /** Whether the user (not the app) has moved the view; until then a resize refits the country. */
  let userMoved = false;
  /** Set for a movement the user asked for by key or button (d3-zoom sees no source event then). */
  let reportMove = false;

  const zoomBehaviour: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([2 ** ZOOM_RANGE.min, 2 ** ZOOM_RANGE.max])
    .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (e.sourceEvent) userMoved = true;
      transform = { k: e.transform.k, x: e.transform.x, y: e.transform.y };
      schedule();
    })
    .on('end', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // Only the user's own movements go into the link, not the app's fits and zooms to a selection.
      if (e.sourceEvent || reportMove) events.moved?.(transformCamera(transform, width, height));
      reportMove = false;
    });
  const svgSelection = select(svg);
  // Double-click zoom off: it is d3-zoom's only animated zoom, and d3-transition is not bundled
  // (d3TransitionStub.ts). Calling zoomBehaviour on the SVG again would install it once more.
  svgSelection.call(zoomBehaviour).on('dblclick.zoom', null);

  const jump = (t: ScreenTransform) => {
    svgSelection.call(zoomBehaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
  };
  const jumpToCamera = (camera: Camera) => jump(cameraTransform(camera, width, height));

  /** Draws what depends on the camera: the group transform, line widths, pattern scale, labels. */
  const drawView = () => {
    frame = 0;
    world.setAttribute('transform', groupTransform(transform));
    const zoom = Math.log2(transform.k);
    regions.setAttribute('stroke-width', regionLineWidth(zoom).toFixed(2));
    // Patterns live in the plane: scale them back so hatching keeps its on-screen size.
    const patternScale = `scale(${(PLANE_SCALE / transform.k).toPrecision(4)})`;
    for (const p of defs.querySelectorAll('pattern')) p.setAttribute('patternTransform', patternScale);
    drawLabels();
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(drawView);
  };

  const drawLabels = () => {
    if (!scene) return;
    const placed = placeLabels(scene.labels, (p) => toScreen(transform, p), { width, height }, scene.labelSize);
    for (const [k, v] of Object.entries(attributesOf(labelGroupAttributes(scene.labelSize)))) labels.setAttribute(k, v);
    labels.innerHTML = labelsMarkup(placed, scene.labelSize);
  };

  const setHover = (code: GmCode | null) => {
    if (code === hovered) return;
    hovered = code;
    hoverLine.setAttribute('d', (code && geometry?.path.get(code)) || '');
  };

  const apply = (next: MapScene) => {
    const last = scene;
    scene = next;
    if (!last || last.municipalities !== next.municipalities) {
      geometry = municipalityGeometry(next.municipalities);
      fills.innerHTML = fillsMarkup(geometry, next);
      pathOf = new Map();
      interior = new Map();
      for (const path of fills.children) {
        path.setAttribute('vector-effect', 'non-scaling-stroke');
        pathOf.set(path.getAttribute('data-code') as GmCode, path as SVGPathElement);
      }
      setHover(null);
    } else if (last.fillColour !== next.fillColour || last.unplacedColour !== next.unplacedColour) {
      for (const [code, path] of pathOf) {
        const colour = next.fillColour.get(code) ?? next.unplacedColour;
        if (path.getAttribute('fill') !== colour) path.setAttribute('fill', colour);
      }
    }
    const g = geometry!;
    if (!last || last.fillOpacity !== next.fillOpacity) fills.setAttribute('fill-opacity', String(next.fillOpacity));
    if (!last || last.regionBorders !== next.regionBorders) regions.setAttribute('d', linesPath(next.regionBorders));
    if (!last || last.subregionBorders !== next.subregionBorders) subregions.setAttribute('d', linesPath(next.subregionBorders));
    if (!last || last.highlight !== next.highlight) highlightLine.setAttribute('d', linesPath(next.highlight));
    if (!last || last.overlays !== next.overlays) {
      overlays.forEach((path, slot) => {
        const o = next.overlays.find((x) => x.slot === slot);
        path.setAttribute('d', o ? linesPath(o.borders) : '');
        if (o) path.setAttribute('data-layer', o.layerId);
        else path.removeAttribute('data-layer');
      });
    }
    if (!last || last.marks !== next.marks || last.municipalities !== next.municipalities) marks.innerHTML = marksMarkup(g, next.marks, prefix);
    if (!last || last.selected !== next.selected || last.municipalities !== next.municipalities) {
      selectedLine.setAttribute('d', (next.selected && g.path.get(next.selected)) || '');
    }
    if (!last || last.labels !== next.labels || last.labelSize !== next.labelSize) drawLabels();
    if (!fitted) {
      fitted = true;
      drawView();
    }
  };

  const codeOf = (target: EventTarget | null): GmCode | null => {
    const code = target instanceof Element ? target.getAttribute('data-code') : null;
    return (code as GmCode | null) ?? null;
  };
  const local = (e: MouseEvent) => {
    const box = svg.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  svg.addEventListener('pointermove', (e) => {
    if (e.buttons) return;
    const code = codeOf(e.target);
    setHover(code);
    svg.style.cursor = code ? 'pointer' : '';
    events.hover(code, code ? local(e) : null);
  });
  svg.addEventListener('pointerleave', () => {
    setHover(null);
    events.hover(null, null);
  });
  // d3-zoom swallows the click that ends a drag, so a click here is a real click.
  svg.addEventListener('click', (e) => events.select(codeOf(e.target)));
  svg.addEventListener('keydown', (e) => {
    const pan: Record<string, [number, number]> = { ArrowLeft: [KEY_PAN, 0], ArrowRight: [-KEY_PAN, 0], ArrowUp: [0, KEY_PAN], ArrowDown: [0, -KEY_PAN] };
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (pan[e.key]) {
      userMoved = true;
      reportMove = true;
      const [dx, dy] = pan[e.key];
      jump({ ...transform, x: transform.x + dx, y: transform.y + dy });
    } else if (e.key === '+' || e.key === '=') zoomBy(KEY_ZOOM);
    else if (e.key === '-' || e.key === '_') zoomBy(-KEY_ZOOM);
    else return;
    e.preventDefault();
  });

  const zoomBy = (delta: number) => {
    userMoved = true;
    reportMove = true;
    jumpToCamera({ ...transformCamera(transform, width, height), zoom: clamp(Math.log2(transform.k) + delta) });
  };
  const fitAll = () => {
    userMoved = false;
    jumpToCamera(fitNetherlands(width, height));
  };

  let pendingZoom: GmCode | null = null;
  const zoomTo = (code: GmCode) => {
    const bounds = geometry?.bounds.get(code);
    if (!bounds) {
      pendingZoom = code;
      return;
    }
    pendingZoom = null;
    userMoved = true;
    jumpToCamera(fitBounds(bounds, width, height, 80, 9));
  };

  jump(transform);

  return {
    kind: 'svg',
    setScene(next) {
      apply(next);
      if (pendingZoom) zoomTo(pendingZoom);
    },
    project(code) {
      const path = pathOf.get(code);
      if (!path) return null;
      let point = interior.get(code);
      if (point === undefined) {
        point = interiorPoint(path, path.getBBox());
        interior.set(code, point);
      }
      if (!point) return null;
      const [x, y] = planeToScreen(transform, point);
      return { x, y };
    },
    zoomTo,
    zoomBy,
    fitAll,
    camera: () => transformCamera(transform, width, height),
    setCamera(camera) {
      if (!isValidCamera(camera)) return;
      userMoved = true;
      jumpToCamera(camera);
    },
    idle: () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    async snapshot(pixelRatio) {
      if (!scene) throw new Error('the map has not been drawn yet');
      const markup = sceneSvg(scene, { width, height, camera: transformCamera(transform, width, height), idPrefix: `${prefix}x-` });
      return svgToCanvas(markup, width, height, pixelRatio);
    },
    setLabel(text) {
      svg.setAttribute('aria-label', text);
    },
    resize() {
      const camera = transformCamera(transform, width, height);
      const w = container.clientWidth;
      const h = container.clientHeight;
      if (!w || !h || (w === width && h === height)) return;
      width = w;
      height = h;
      if (!userMoved) fitAll();
      else jumpToCamera(camera);
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      svgSelection.on('.zoom', null);
      svg.remove();
    },
  };
}

function clamp(zoom: number): number {
  return Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, zoom));
}

function attributesOf(markup: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of markup.matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = m[2] ?? m[3];
  return out;
}

/** A point inside a path (plane coordinates): the box centre if inside, else the middle of a horizontal scan. */
function interiorPoint(path: SVGPathElement, box: DOMRect): [number, number] | null {
  const point = new DOMPoint();
  const test = (x: number, y: number) => {
    point.x = x;
    point.y = y;
    return path.isPointInFill(point);
  };
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  if (test(cx, cy)) return [cx, cy];
  for (const fy of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const y = box.y + box.height * fy;
    let first = -1;
    let last = -1;
    for (let i = 0; i <= 40; i++) {
      const x = box.x + (box.width * i) / 40;
      if (test(x, y)) {
        if (first < 0) first = x;
        last = x;
      } else if (first >= 0) break;
    }
    if (first >= 0) return [(first + last) / 2, y];
  }
  return null;
}

/** Draws an SVG document onto a canvas through a Blob URL image (no network). */
export async function svgToCanvas(markup: string, width: number, height: number, pixelRatio: number): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}
