/** The renderer currently on screen, for features outside the map component (saving a view, PNG export). */
import type { MapRenderer } from './types.ts';

let active: MapRenderer | null = null;

/** Registers the renderer on screen (null when it is destroyed). */
export function setActiveRenderer(renderer: MapRenderer | null): void {
  active = renderer;
  // The browser journeys reach the map the same way (window.__regioscoopMap: project, idle, camera).
  (window as unknown as { __regioscoopMap?: MapRenderer | null }).__regioscoopMap = renderer;
}

/** The renderer on screen, or null while no map is shown. */
export function activeRenderer(): MapRenderer | null {
  return active;
}
