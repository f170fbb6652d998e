/**
 * The map module's interface. It names no MapLibre type, so that another renderer (an SVG one for
 * desktops without a GPU, where software WebGL takes seconds to repaint) can sit behind it.
 */
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GmCode } from '../domain/types.ts';
import type { MunicipalityProps } from '../data/topology.ts';
import type { RegionLabel } from './labels.ts';

/** How a marked municipality is drawn: hatched (e.g. changed, crossing) or dotted (e.g. nested, doubt). */
export type MarkKind = 'hatch' | 'dots';

/** What the map shows: geometry of one geometry year and the paint of the current layer. */
export interface MapScene {
  /** Municipality polygons of the geometry year; a new object means a new year. */
  municipalities: FeatureCollection<Polygon | MultiPolygon, MunicipalityProps>;
  /** Fill colour per municipality; municipalities not listed get `unplacedColour`. */
  fillColour: ReadonlyMap<GmCode, string>;
  unplacedColour: string;
  fillOpacity: number;
  /** Borders between regions of the current layer. */
  regionBorders: MultiLineString;
  /** Borders between subregions inside a region of the current layer; null when not shown. */
  subregionBorders: MultiLineString | null;
  /** Region borders of further layers, drawn as outlines; `slot` picks the line style (see lineStyles.ts). */
  overlays: readonly OverlayOutline[];
  /** Marked municipalities, each drawn with its pattern and a heavy outline (changed, incongruent, ...). */
  marks: ReadonlyMap<GmCode, MarkKind>;
  /** Region labels, larger regions first; empty when labels are switched off. */
  labels: readonly RegionLabel[];
  /** Font size of the labels in CSS pixels (larger in presenter mode). */
  labelSize: number;
  selected: GmCode | null;
  /** Outline of the region whose page is open (all its members, overlapping ones too); null when none. */
  highlight: MultiLineString | null;
}

/** The region borders of one more layer, drawn as an outline. */
export interface OverlayOutline {
  layerId: string;
  borders: MultiLineString;
  /** Index into OVERLAY_LINES. */
  slot: number;
}

/** Where the map looks: centre (longitude, latitude) and zoom level. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** A point on the map's container, in CSS pixels. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** Events the map reports to the app. */
export interface MapEvents {
  hover(code: GmCode | null, at: ScreenPoint | null): void;
  select(code: GmCode | null): void;
  /** The user moved the view (reported when the movement ends). */
  moved?(camera: Camera): void;
  /** The renderer cannot go on (WebGL context lost, worker failed to load); the app falls back. */
  failed?(error: Error): void;
}

/** A map renderer: draws a scene and reports hover and selection. */
export interface MapRenderer {
  /** Which implementation draws the map. */
  readonly kind: RendererKind;
  /** Draws a scene; only what changed since the last scene is updated. */
  setScene(scene: MapScene): void;
  /** Where a municipality's interior point is on screen (null when unknown or not drawn yet). */
  project(code: GmCode): ScreenPoint | null;
  /** Moves the view to a municipality. */
  zoomTo(code: GmCode): void;
  /** Zooms in (positive) or out (negative) by `delta` levels around the centre. */
  zoomBy(delta: number): void;
  /** Shows the whole country. */
  fitAll(): void;
  /** The current centre and zoom. */
  camera(): Camera;
  /** Jumps to a centre and zoom; a camera out of range (see camera.ts) is ignored. */
  setCamera(camera: Camera): void;
  /** Resolves when the current scene has been drawn. */
  idle(): Promise<void>;
  /**
   * A copy of the map drawn at `pixelRatio` device pixels per CSS pixel (sharper than the screen,
   * for export at presentation resolution); the screen map is restored afterwards.
   */
  snapshot(pixelRatio: number): Promise<HTMLCanvasElement>;
  /** The accessible name of the drawn map (in the user's language). */
  setLabel(text: string): void;
  resize(): void;
  destroy(): void;
}

/** The two implementations: SVG (default, fast without a GPU) and MapLibre GL (WebGL, with a GPU). */
export type RendererKind = 'svg' | 'maplibre';

/** Creates a renderer inside a container. */
export type RendererFactory = (container: HTMLElement, events: MapEvents) => MapRenderer;
