/**
 * The MapLibre GL implementation of the map module's renderer interface, for machines with a GPU
 * (smooth zoom). Loaded only when chosen (see chooseRenderer.ts), so the SVG path does not pay for it.
 */
import { Map as MapLibreMap, setWorkerUrl, type ExpressionSpecification, type GeoJSONSource, type MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GmCode } from '../domain/types.ts';
import type { MapEvents, MapRenderer, MapScene, MarkKind } from './types.ts';
import {
  BASE_STYLE,
  DOTS_IMAGE,
  HATCH_IMAGE,
  LAYER_DOTTED_FILL,
  LAYER_FILL,
  LAYER_MARKED_FILL,
  LAYER_MARKED_LINE,
  LAYER_SELECTED,
  SOURCE_MUNICIPALITIES,
  SOURCE_OVERLAYS,
  SOURCE_REGION_BORDERS,
  SOURCE_SUBREGION_BORDERS,
  SOURCE_HIGHLIGHT,
} from './style.ts';
import { dotsImage, hatchImage } from './hatch.ts';
import { isValidCamera, NL_BOUNDS, ZOOM_RANGE } from './camera.ts';
import { labelPoint, placeLabels } from './labels.ts';
import { featureBounds } from './svg/geometry.ts';
import { labelGroupAttributes, labelsMarkup } from './svg/markup.ts';
import { fitNetherlands } from './svg/sceneSvg.ts';

// MapLibre 6 loads its worker as a separate module; Vite must be told where it is.
setWorkerUrl(workerUrl);

function fillExpression(scene: MapScene): ExpressionSpecification | string {
  if (scene.fillColour.size === 0) return scene.unplacedColour;
  const pairs: string[] = [];
  for (const [code, colour] of scene.fillColour) pairs.push(code, colour);
  return ['match', ['get', 'code'], ...pairs, scene.unplacedColour] as unknown as ExpressionSpecification;
}

function markedFilter(marks: MapScene['marks'], kind?: MarkKind): ExpressionSpecification {
  const codes = [...marks].filter(([, k]) => !kind || k === kind).map(([code]) => code);
  return ['in', ['get', 'code'], ['literal', codes]];
}

/** Whether two scenes draw the same overlay outlines (same borders objects in the same slots). */
function sameOverlays(a: MapScene['overlays'], b: MapScene['overlays']): boolean {
  return a.length === b.length && a.every((o, i) => o.borders === b[i].borders && o.slot === b[i].slot);
}

const EMPTY_LINES: GeoJSON.MultiLineString = { type: 'MultiLineString', coordinates: [] };

/** Creates a MapLibre map in the container. */
export function createMapLibreRenderer(container: HTMLElement, events: MapEvents): MapRenderer {
  const map = new MapLibreMap({
    container,
    style: BASE_STYLE,
    bounds: [...NL_BOUNDS],
    fitBoundsOptions: { padding: 12 },
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // PNG export and screenshots read the canvas.
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  const canvas = map.getCanvas();
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('data-renderer', 'maplibre');
  // Labels are drawn as an SVG overlay: symbol layers would need glyphs from a server.
  const labelLayer = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  labelLayer.setAttribute('class', 'map-labels');
  labelLayer.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;pointer-events:none;z-index:1';
  container.append(labelLayer);
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    events.failed?.(new Error('WebGL context lost'));
  });
  map.on('error', (e) => {
    const message = e.error?.message ?? '';
    if (/worker|webgl/i.test(message)) events.failed?.(new Error(message));
  });

  let loaded = false;
  let pending: MapScene | null = null;
  let last: MapScene | null = null;
  let hovered: GmCode | null = null;
  let featureOf = new Map<GmCode, MapScene['municipalities']['features'][number]>();
  const interior = new Map<GmCode, [number, number] | null>();
  const drawLabels = () => {
    if (!last) return;
    const { clientWidth: width, clientHeight: height } = container;
    const project = (p: [number, number]): [number, number] => {
      const q = map.project(p);
      return [q.x, q.y];
    };
    const placed = placeLabels(last.labels, project, { width, height }, last.labelSize);
    labelLayer.innerHTML = `<g ${labelGroupAttributes(last.labelSize)}>${labelsMarkup(placed, last.labelSize)}</g>`;
  };
  map.on('move', drawLabels);
  // Only the user's own movements go into the link, not the app's fits and zooms to a selection.
  let reportMove = false;
  map.on('moveend', (e) => {
    if (!e.originalEvent && !reportMove) return;
    reportMove = false;
    const { lng, lat } = map.getCenter();
    events.moved?.({ center: [lng, lat], zoom: map.getZoom() });
  });

  const setHover = (code: GmCode | null) => {
    if (hovered === code) return;
    if (hovered) map.setFeatureState({ source: SOURCE_MUNICIPALITIES, id: hovered }, { hover: false });
    hovered = code;
    if (code) map.setFeatureState({ source: SOURCE_MUNICIPALITIES, id: code }, { hover: true });
  };

  const apply = (scene: MapScene) => {
    if (!last || last.municipalities !== scene.municipalities) {
      setHover(null);
      (map.getSource(SOURCE_MUNICIPALITIES) as GeoJSONSource).setData(scene.municipalities);
      featureOf = new Map(scene.municipalities.features.map((f) => [f.properties.code, f]));
      interior.clear();
    }
    if (!last || last.regionBorders !== scene.regionBorders) {
      (map.getSource(SOURCE_REGION_BORDERS) as GeoJSONSource).setData({ type: 'Feature', properties: {}, geometry: scene.regionBorders });
    }
    if (!last || last.fillColour !== scene.fillColour || last.unplacedColour !== scene.unplacedColour) {
      map.setPaintProperty(LAYER_FILL, 'fill-color', fillExpression(scene));
    }
    if (!last || last.fillOpacity !== scene.fillOpacity) map.setPaintProperty(LAYER_FILL, 'fill-opacity', scene.fillOpacity);
    if (!last || last.subregionBorders !== scene.subregionBorders) {
      (map.getSource(SOURCE_SUBREGION_BORDERS) as GeoJSONSource).setData({ type: 'Feature', properties: {}, geometry: scene.subregionBorders ?? EMPTY_LINES });
    }
    if (!last || last.highlight !== scene.highlight) {
      (map.getSource(SOURCE_HIGHLIGHT) as GeoJSONSource).setData({ type: 'Feature', properties: {}, geometry: scene.highlight ?? EMPTY_LINES });
    }
    if (!last || !sameOverlays(last.overlays, scene.overlays)) {
      (map.getSource(SOURCE_OVERLAYS) as GeoJSONSource).setData({
        type: 'FeatureCollection',
        features: scene.overlays.map((o) => ({ type: 'Feature', properties: { slot: o.slot, layerId: o.layerId }, geometry: o.borders })),
      });
    }
    if (!last || last.marks !== scene.marks) {
      map.setFilter(LAYER_MARKED_FILL, markedFilter(scene.marks, 'hatch'));
      map.setFilter(LAYER_DOTTED_FILL, markedFilter(scene.marks, 'dots'));
      map.setFilter(LAYER_MARKED_LINE, markedFilter(scene.marks));
    }
    if (!last || last.selected !== scene.selected) map.setFilter(LAYER_SELECTED, ['==', ['get', 'code'], scene.selected ?? '']);
    const labelsChanged = !last || last.labels !== scene.labels || last.labelSize !== scene.labelSize;
    last = scene;
    if (labelsChanged) drawLabels();
  };

  // The hatch is generated here rather than loaded from a sprite: the app fetches nothing it does not ship.
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage());
    if (id === DOTS_IMAGE && !map.hasImage(DOTS_IMAGE)) map.addImage(DOTS_IMAGE, dotsImage());
  });

  // 'idle' fires after the next frame in which nothing is loading or moving; asking for a repaint
  // makes sure such a frame comes even when the map is already at rest.
  const renderedAtRest = () =>
    new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });

  // A zoom asked for before the first scene (e.g. a link with a selection) waits for its geometry.
  let pendingZoom: GmCode | null = null;
  const zoomTo = (code: GmCode, duration: number) => {
    const target = featureOf.get(code);
    if (!target) {
      pendingZoom = code;
      return;
    }
    pendingZoom = null;
    const [w, s, e, n] = featureBounds(target);
    map.fitBounds([w, s, e, n], { padding: 80, maxZoom: 9, duration });
  };

  map.on('load', () => {
    loaded = true;
    if (pending) apply(pending);
    pending = null;
    if (pendingZoom) zoomTo(pendingZoom, 0);
  });

  const codeAt = (e: MapMouseEvent): GmCode | null => {
    const hit = map.queryRenderedFeatures(e.point, { layers: [LAYER_FILL] })[0];
    return (hit?.properties?.code as GmCode | undefined) ?? null;
  };
  map.on('mousemove', (e) => {
    const code = codeAt(e);
    setHover(code);
    canvas.style.cursor = code ? 'pointer' : '';
    events.hover(code, code ? { x: e.point.x, y: e.point.y } : null);
  });
  map.on('mouseout', () => {
    setHover(null);
    events.hover(null, null);
  });
  map.on('click', (e) => events.select(codeAt(e)));

  const jump = (camera: { center: [number, number]; zoom: number }) => map.jumpTo({ center: camera.center, zoom: camera.zoom });
  return {
    kind: 'maplibre',
    setScene(scene) {
      if (loaded) apply(scene);
      else pending = scene;
    },
    project(code) {
      const target = featureOf.get(code);
      if (!target) return null;
      if (!interior.has(code)) {
        const g = target.geometry;
        interior.set(code, labelPoint(g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g));
      }
      const point = interior.get(code);
      if (!point) return null;
      const { x, y } = map.project(point);
      return { x, y };
    },
    zoomTo(code) {
      zoomTo(code, 600);
    },
    camera() {
      const { lng, lat } = map.getCenter();
      return { center: [lng, lat], zoom: map.getZoom() };
    },
    zoomBy(delta) {
      reportMove = true;
      map.zoomTo(map.getZoom() + delta, { duration: 200 });
    },
    fitAll() {
      jump(fitNetherlands(container.clientWidth, container.clientHeight));
    },
    setCamera(camera) {
      if (isValidCamera(camera)) jump(camera);
    },
    idle: renderedAtRest,
    async snapshot(pixelRatio) {
      const screenRatio = map.getPixelRatio();
      try {
        if (pixelRatio > screenRatio) {
          map.setPixelRatio(pixelRatio);
          await renderedAtRest();
        }
        const copy = document.createElement('canvas');
        copy.width = canvas.width;
        copy.height = canvas.height;
        copy.getContext('2d')!.drawImage(canvas, 0, 0);
        return copy;
      } finally {
        if (map.getPixelRatio() !== screenRatio) {
          map.setPixelRatio(screenRatio);
          await renderedAtRest();
        }
      }
    },
    resize: () => map.resize(),
    setLabel(text) {
      canvas.setAttribute('aria-label', text);
    },
    destroy() {
      map.remove();
      labelLayer.remove();
    },
  };
}
