/**
 * The map component: owns one renderer (SVG or MapLibre, chosen once at start-up), hands it scenes,
 * shows the hover tooltip and the zoom controls, and falls back to SVG by itself when MapLibre cannot
 * start or loses its context.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { GmCode } from '../../domain/types.ts';
import type { LayerView } from '../../domain/layerView.ts';
import type { MunicipalityTopology } from '../../data/topology.ts';
import { selectMunicipality } from '../../state/actions.ts';
import { setViewCamera } from '../../state/exploreActions.ts';
import { fallBackToSvg, markMapDrawn, useRendererStore } from '../../state/rendererState.ts';
import { useT } from '../../i18n/useT.ts';
import { loadRendererFactory, rendererFactoryNow } from '../../map/chooseRenderer.ts';
import { sceneFor, type SceneOptions } from '../../map/scene.ts';
import { labelsAtHand, prepareLabels } from '../../map/labels.ts';
import { setActiveRenderer } from '../../map/activeRenderer.ts';
import type { Camera, MapRenderer, RendererFactory, ScreenPoint } from '../../map/types.ts';
import { MapControls } from './MapControls.tsx';

interface Props {
  view: LayerView;
  topology: MunicipalityTopology;
  selected: GmCode | null;
  /** Outlines, subregions, opacity, marks and labels (memoised by the caller: a new object redraws). */
  options?: SceneOptions;
  /** A camera to jump to (after any zoom to the selection); `onCamera` reports it was applied. */
  cameraRequest?: Camera | null;
  onCamera?: () => void;
}

/** Where the tooltip goes: beside the pointer, kept inside the map. */
function tooltipPosition(at: ScreenPoint, box: { width: number; height: number }): { left: number; top: number } {
  const width = Math.min(288, box.width - 8);
  const left = at.x + 14 + width > box.width ? Math.max(4, at.x - 14 - width) : at.x + 14;
  const top = at.y + 14 + 80 > box.height ? Math.max(4, at.y - 14 - 80) : at.y + 14;
  return { left, top };
}

/** Draws the current layer and reports hover and clicks to the store. */
export function MapView({ view, topology, selected, options, cameraRequest, onCamera }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [renderer, setRenderer] = useState<MapRenderer | null>(null);
  const [hover, setHover] = useState<{ code: GmCode; at: ScreenPoint; box: { width: number; height: number } } | null>(null);
  const [startError, setStartError] = useState<Error | null>(null);
  const kind = useRendererStore((s) => s.choice?.kind ?? 'svg');
  const { t } = useT();

  // A layout effect: the SVG renderer is made in the commit that mounts the map, so that its first
  // scene is drawn in the same frame; MapLibre's chunk is loaded first.
  useLayoutEffect(() => {
    let cancelled = false;
    let created: MapRenderer | null = null;
    let observer: ResizeObserver | null = null;
    const events = {
      // The map's size is read on hover only: reading it while rendering would force a layout.
      hover: (code: GmCode | null, at: ScreenPoint | null) =>
        setHover(code && at ? { code, at, box: { width: container.current!.clientWidth, height: container.current!.clientHeight } } : null),
      select: (code: GmCode | null) => selectMunicipality(code),
      moved: (camera: Camera) => setViewCamera(camera),
      failed: (error: Error) => {
        if (kind !== 'svg') fallBackToSvg(error);
      },
    };
    const start = (factory: RendererFactory) => {
      created = factory(container.current!, events);
      observer = new ResizeObserver(() => created?.resize());
      observer.observe(container.current!);
      setActiveRenderer(created);
      setRenderer(created);
    };
    const failed = (error: Error) => {
      // MapLibre's chunk would not load, or its constructor threw (no WebGL2): draw with SVG.
      if (kind !== 'svg') fallBackToSvg(error);
      else setStartError(error);
    };
    const now = rendererFactoryNow(kind);
    if (now) {
      try {
        start(now);
      } catch (error) {
        failed(error as Error);
      }
    } else {
      loadRendererFactory(kind).then(
        (factory) => {
          if (cancelled) return;
          try {
            start(factory);
          } catch (error) {
            failed(error as Error);
          }
        },
        (error: Error) => {
          if (!cancelled) failed(error);
        },
      );
    }
    return () => {
      cancelled = true;
      observer?.disconnect();
      created?.destroy();
      setActiveRenderer(null);
      setRenderer(null);
      setHover(null);
    };
  }, [kind]);

  const label = `${t('mapLabel')}. ${t('map.keys')}`;
  useEffect(() => {
    renderer?.setLabel(label);
  }, [renderer, label]);

  // The labels of a layer not seen before, unless the geo build wrote their points into the topology,
  // are computed in slices after its colours are on screen.
  const [labelsReadyFor, setLabelsReadyFor] = useState<LayerView | null>(null);
  const [labelError, setLabelError] = useState<Error | null>(null);
  const wantLabels = options?.labels !== false;
  useEffect(() => {
    if (!wantLabels || labelsAtHand(topology, view)) return;
    const controller = new AbortController();
    prepareLabels(topology, view, controller.signal).then(
      () => setLabelsReadyFor(view),
      (error: Error) => {
        if (!controller.signal.aborted) setLabelError(error);
      },
    );
    return () => controller.abort();
  }, [view, topology, wantLabels]);

  // In the same commit as the rest of the page, so the new colours are painted in the same frame.
  useLayoutEffect(() => {
    if (!renderer) return;
    renderer.setScene(sceneFor(view, topology, selected, { ...options, labelsWhenReady: true }));
    void renderer.idle().then(markMapDrawn);
  }, [renderer, view, topology, selected, options, labelsReadyFor]);

  // Selecting zooms to the municipality; clearing the selection goes back to where the user was.
  const lastZoomed = useRef<GmCode | null>(null);
  const before = useRef<Camera | null>(null);
  useEffect(() => {
    if (!renderer) return;
    if (selected && selected !== lastZoomed.current) {
      if (!lastZoomed.current) before.current = renderer.camera();
      renderer.zoomTo(selected);
    } else if (!selected && lastZoomed.current) {
      if (before.current) renderer.setCamera(before.current);
      else renderer.fitAll();
      before.current = null;
    }
    lastZoomed.current = selected;
  }, [renderer, selected]);

  useEffect(() => {
    if (!cameraRequest || !renderer) return;
    renderer.setCamera(cameraRequest);
    onCamera?.();
  }, [renderer, cameraRequest, onCamera]);

  // A start error thrown here reaches the map's error boundary (e.g. a broken geometry file).
  if (startError) throw startError;
  // So is a geometry the labels cannot be computed from.
  if (labelError) throw labelError;
  const regionId = hover ? view.regionOf.get(hover.code) : undefined;
  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="map" data-renderer={renderer?.kind} />
      {renderer && <MapControls renderer={renderer} />}
      {hover && (
        <div className="tooltip" role="status" data-testid="tooltip" style={tooltipPosition(hover.at, hover.box)}>
          <strong>{view.municipalityName.get(hover.code) ?? hover.code}</strong>
          <span className="muted"> {hover.code}</span>
          <br />
          {t('region')}: {regionId ? view.regions.get(regionId)!.name : t('notPlaced')}
        </div>
      )}
    </div>
  );
}
