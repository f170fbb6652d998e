/** The MapLibre GL implementation of the map module's renderer interface. */
import { Map as MapLibreMap, setWorkerUrl, type ExpressionSpecification, type GeoJSONSource, type MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { bbox, pointOnFeature } from '@turf/turf';
import type { GmCode } from '../domain/types.ts';
import type { MapEvents, MapRenderer, MapScene } from './types.ts';
import {
  BASE_STYLE,
  HATCH_IMAGE,
  LAYER_FILL,
  LAYER_MARKED_FILL,
  LAYER_MARKED_LINE,
  LAYER_SELECTED,
  NL_BOUNDS,
  SOURCE_MUNICIPALITIES,
  SOURCE_OVERLAYS,
  SOURCE_REGION_BORDERS,
  SOURCE_SUBREGION_BORDERS,
} from './style.ts';
import { hatchImage } from './hatch.ts';

// MapLibre 6 loads its worker as a separate module; Vite must be told where it is.
setWorkerUrl(workerUrl);

function fillExpression(scene: MapScene): ExpressionSpecification | string {
  if (scene.fillColour.size === 0) return scene.unplacedColour;
  const pairs: string[] = [];
  for (const [code, colour] of scene.fillColour) pairs.push(code, colour);
  return ['match', ['get', 'code'], ...pairs, scene.unplacedColour] as unknown as ExpressionSpecification;
}

function markedFilter(marked: ReadonlySet<GmCode>): ExpressionSpecification {
  return ['in', ['get', 'code'], ['literal', [...marked]]];
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
    bounds: NL_BOUNDS,
    fitBoundsOptions: { padding: 12 },
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

  let loaded = false;
  let pending: MapScene | null = null;
  let last: MapScene | null = null;
  let hovered: GmCode | null = null;
  let featureOf = new Map<GmCode, MapScene['municipalities']['features'][number]>();

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
    if (!last || !sameOverlays(last.overlays, scene.overlays)) {
      (map.getSource(SOURCE_OVERLAYS) as GeoJSONSource).setData({
        type: 'FeatureCollection',
        features: scene.overlays.map((o) => ({ type: 'Feature', properties: { slot: o.slot, layerId: o.layerId }, geometry: o.borders })),
      });
    }
    if (!last || last.marked !== scene.marked) {
      map.setFilter(LAYER_MARKED_FILL, markedFilter(scene.marked));
      map.setFilter(LAYER_MARKED_LINE, markedFilter(scene.marked));
    }
    if (!last || last.selected !== scene.selected) map.setFilter(LAYER_SELECTED, ['==', ['get', 'code'], scene.selected ?? '']);
    last = scene;
  };

  // The hatch is generated here rather than loaded from a sprite: the app fetches nothing it does not ship.
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage());
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
    const [w, s, e, n] = bbox(target);
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

  return {
    setScene(scene) {
      if (loaded) apply(scene);
      else pending = scene;
    },
    project(code) {
      const target = featureOf.get(code);
      if (!target) return null;
      const [lng, lat] = pointOnFeature(target).geometry.coordinates;
      const { x, y } = map.project([lng, lat]);
      return { x, y };
    },
    zoomTo(code) {
      zoomTo(code, 600);
    },
    camera() {
      const { lng, lat } = map.getCenter();
      return { center: [lng, lat], zoom: map.getZoom() };
    },
    setCamera(camera) {
      map.jumpTo({ center: camera.center, zoom: camera.zoom });
    },
    idle: renderedAtRest,
    canvas: () => canvas,
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
    destroy: () => map.remove(),
  };
}
