/**
 * Reading the map in a page, the same way for every renderer (SVG or WebGL canvas): the renderer
 * interface the app puts on window (__regioscoopMap: kind, project, camera, idle) and the map's
 * pixels from screenshots.
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** Waits until the map has drawn its current scene. */
export async function mapIdle(page: Page): Promise<void> {
  // The chosen layer has loaded (no loading notice) and the map exists; then wait for a frame at rest.
  await page.waitForFunction(
    () => Boolean((window as unknown as { __regioscoopMap?: unknown }).__regioscoopMap) && !document.querySelector('.loading, .loading-overlay'),
    null,
    { timeout: 30_000 },
  );
  await page.evaluate(
    () =>
      Promise.race([
        (window as unknown as { __regioscoopMap: { idle(): Promise<void> } }).__regioscoopMap.idle(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('the map did not become idle within 30 s')), 30_000)),
      ]),
  );
}

/** The page coordinates of a municipality's interior point on the map. */
export async function municipalityPoint(page: Page, code: string): Promise<{ x: number; y: number }> {
  const local = await page.evaluate((c) => (window as unknown as { __regioscoopMap: { project(c: string): { x: number; y: number } | null } }).__regioscoopMap.project(c), code);
  if (!local) throw new Error(`${code} is not on the map`);
  const box = await page.getByTestId('map').boundingBox();
  return { x: box!.x + local.x, y: box!.y + local.y };
}

/** Pixels of the map as drawn on screen, in a page rectangle (the whole map when none is given). */
export interface MapPixels {
  data: Uint8Array;
  width: number;
  height: number;
}

/** What lies on top of the map's drawing: labels, tooltip, legend, buttons (hidden while pixels are read). */
const OVERLAYS = '.map-labels, .tooltip, .legend, .map-controls, .loading-overlay';

/**
 * Reads the map's pixels from a screenshot, so the same check works for every renderer (SVG or
 * WebGL canvas); labels and other overlays are hidden meanwhile so they do not cover the fill.
 */
export async function mapPixels(page: Page, rect?: { x: number; y: number; width: number; height: number }): Promise<MapPixels> {
  const clip = rect ?? (await page.getByTestId('map').boundingBox());
  if (!clip) throw new Error('the map is not on the page');
  // Through the CSSOM (element.style), which the app's Content-Security-Policy allows; a <style> tag it forbids.
  const hide = (hidden: boolean) =>
    page.evaluate(
      ({ selector, hidden }) => document.querySelectorAll<HTMLElement>(selector).forEach((el) => el.style.setProperty('visibility', hidden ? 'hidden' : '', hidden ? 'important' : '')),
      { selector: OVERLAYS, hidden },
    );
  await hide(true);
  try {
    const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(clip.x), y: Math.round(clip.y), width: Math.max(1, Math.round(clip.width)), height: Math.max(1, Math.round(clip.height)) } }));
    return { data: png.data, width: png.width, height: png.height };
  } finally {
    await hide(false);
  }
}

/** The RGB colour the map shows at a page point. */
export async function canvasColourAt(page: Page, point: { x: number; y: number }): Promise<[number, number, number]> {
  const { data } = await mapPixels(page, { x: point.x, y: point.y, width: 1, height: 1 });
  return [data[0], data[1], data[2]];
}

/** Share of map pixels that differ from the background colour (the colour in the top-right corner). */
export async function drawnShare(page: Page): Promise<number> {
  const { data, width } = await mapPixels(page);
  const corner = (width - 1) * 4;
  const [r0, g0, b0] = [data[corner], data[corner + 1], data[corner + 2]];
  let differ = 0;
  for (let i = 0; i < data.length; i += 16) if (data[i] !== r0 || data[i + 1] !== g0 || data[i + 2] !== b0) differ++;
  return differ / (data.length / 16);
}

/** Which renderer draws the map ('svg' or 'maplibre'). */
export async function rendererKind(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as { __regioscoopMap?: { kind: string } }).__regioscoopMap?.kind ?? null);
}

/** The map's camera: centre and zoom level. */
export async function camera(page: Page): Promise<{ center: [number, number]; zoom: number }> {
  return page.evaluate(() => (window as unknown as { __regioscoopMap: { camera(): { center: [number, number]; zoom: number } } }).__regioscoopMap.camera());
}

/** How many map pixels are within `tolerance` of an RGB colour. */
export async function pixelsNear(page: Page, rgb: [number, number, number], tolerance = 40): Promise<number> {
  const { data: d } = await mapPixels(page);
  let n = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (Math.abs(d[i] - rgb[0]) + Math.abs(d[i + 1] - rgb[1]) + Math.abs(d[i + 2] - rgb[2]) <= tolerance) n++;
  }
  return n;
}

/** The number of different colours in a square of the map around a page point. */
export async function coloursAround(page: Page, point: { x: number; y: number }, radius = 6): Promise<number> {
  const { data: d } = await mapPixels(page, { x: point.x - radius, y: point.y - radius, width: radius * 2, height: radius * 2 });
  const seen = new Set<string>();
  for (let i = 0; i < d.length; i += 4) seen.add(`${d[i] >> 3},${d[i + 1] >> 3},${d[i + 2] >> 3}`);
  return seen.size;
}

/** Frames in a row the camera must keep still before the map counts as settled. */
const STILL_FRAMES = 5;

/** Waits until the map camera has stopped moving (unchanged over several frames) and the scene is drawn. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    (frames) => {
      // State between polls lives on window; no named helper here (the test loader would wrap it).
      const w = window as unknown as { __regioscoopMap?: { camera(): unknown }; __settle?: { camera: string; still: number } };
      if (!w.__regioscoopMap) return false;
      const camera = JSON.stringify(w.__regioscoopMap.camera());
      w.__settle = w.__settle?.camera === camera ? { camera, still: w.__settle.still + 1 } : { camera, still: 0 };
      return w.__settle.still >= frames;
    },
    STILL_FRAMES,
    { polling: 'raf', timeout: 30_000 },
  );
  await page.evaluate(() => (window as unknown as { __regioscoopMap: { idle(): Promise<void> } }).__regioscoopMap.idle());
}
