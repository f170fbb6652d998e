/** Pixel measurements for the exploring journeys, on the screenshot-based reader of harness.ts (any renderer). */
import type { Page } from 'playwright-core';
import { mapPixels } from './harness.ts';

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
