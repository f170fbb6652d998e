/** The map component: owns one renderer, hands it scenes, and shows the hover tooltip. */
import { useEffect, useRef, useState } from 'react';
import type { GmCode } from '../domain/types.ts';
import type { LayerView } from '../domain/layerView.ts';
import type { MunicipalityTopology } from '../data/topology.ts';
import { selectMunicipality } from '../state/actions.ts';
import { useT } from '../i18n/useT.ts';
import { sceneFor, type SceneOptions } from './scene.ts';
import { setActiveRenderer } from './activeRenderer.ts';
import type { Camera, MapRenderer, RendererFactory, ScreenPoint } from './types.ts';

interface Props {
  view: LayerView;
  topology: MunicipalityTopology;
  selected: GmCode | null;
  createRenderer: RendererFactory;
  /** Outlines, subregions, opacity and marks (memoised by the caller: a new object redraws). */
  options?: SceneOptions;
  /** A camera to jump to (after any zoom to the selection); `onCamera` reports it was applied. */
  cameraRequest?: Camera | null;
  onCamera?: () => void;
}

/** Draws the current layer and reports hover and clicks to the store. */
export function MapView({ view, topology, selected, createRenderer, options, cameraRequest, onCamera }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<MapRenderer | null>(null);
  const [hover, setHover] = useState<{ code: GmCode; at: ScreenPoint } | null>(null);
  const { t } = useT();

  useEffect(() => {
    const r = createRenderer(container.current!, {
      hover: (code, at) => setHover(code && at ? { code, at } : null),
      select: (code) => selectMunicipality(code),
    });
    renderer.current = r;
    setActiveRenderer(r);
    const observer = new ResizeObserver(() => r.resize());
    observer.observe(container.current!);
    return () => {
      observer.disconnect();
      r.destroy();
      renderer.current = null;
      setActiveRenderer(null);
    };
  }, [createRenderer]);

  // A renderer that draws on a canvas may label it in its own language (MapLibre: "Map"); one language at a time.
  const label = t('mapLabel');
  useEffect(() => {
    for (const canvas of container.current?.querySelectorAll('canvas') ?? []) canvas.setAttribute('aria-label', label);
  }, [label, createRenderer, view]);

  useEffect(() => {
    renderer.current?.setScene(sceneFor(view, topology, selected, options));
  }, [view, topology, selected, options]);

  const lastZoomed = useRef<GmCode | null>(null);
  useEffect(() => {
    if (selected && selected !== lastZoomed.current) renderer.current?.zoomTo(selected);
    lastZoomed.current = selected;
  }, [selected]);

  useEffect(() => {
    if (!cameraRequest || !renderer.current) return;
    renderer.current.setCamera(cameraRequest);
    onCamera?.();
  }, [cameraRequest, onCamera]);

  const regionId = hover ? view.regionOf.get(hover.code) : undefined;
  return (
    <div className="map-wrap">
      <div ref={container} className="map" aria-label={t('mapLabel')} data-testid="map" />
      {hover && (
        <div className="tooltip" role="status" data-testid="tooltip" style={{ left: hover.at.x + 14, top: hover.at.y + 14 }}>
          <strong>{view.municipalityName.get(hover.code) ?? hover.code}</strong>
          <span className="muted"> {hover.code}</span>
          <br />
          {t('region')}: {regionId ? view.regions.get(regionId)!.name : t('notPlaced')}
        </div>
      )}
    </div>
  );
}
