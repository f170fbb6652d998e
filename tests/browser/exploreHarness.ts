/** Canvas measurements for the exploring journeys (on top of harness.ts). */
import type { Page } from 'playwright-core';

/** How many sampled map pixels are within `tolerance` of an RGB colour. */
export async function pixelsNear(page: Page, rgb: [number, number, number], tolerance = 40): Promise<number> {
  return page.evaluate(
    ({ rgb, tolerance }) => {
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const d = ctx.getImageData(0, 0, copy.width, copy.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i] - rgb[0]) + Math.abs(d[i + 1] - rgb[1]) + Math.abs(d[i + 2] - rgb[2]) <= tolerance) n++;
      }
      return n;
    },
    { rgb, tolerance },
  );
}

/** The number of different colours in a square of the map around a page point. */
export async function coloursAround(page: Page, point: { x: number; y: number }, radius = 6): Promise<number> {
  return page.evaluate(
    ({ x, y, radius }) => {
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const size = Math.round(radius * 2 * scale);
      const d = ctx.getImageData(Math.round((x - rect.left) * scale - size / 2), Math.round((y - rect.top) * scale - size / 2), size, size).data;
      const seen = new Set<string>();
      for (let i = 0; i < d.length; i += 4) seen.add(`${d[i] >> 3},${d[i + 1] >> 3},${d[i + 2] >> 3}`);
      return seen.size;
    },
    { ...point, radius },
  );
}

/** The renderer's current camera. */
export async function mapCamera(page: Page): Promise<{ center: [number, number]; zoom: number }> {
  return page.evaluate(() => (window as unknown as { __regioscoopMap: { camera(): { center: [number, number]; zoom: number } } }).__regioscoopMap.camera());
}

/** Waits until the map camera has stopped moving and the scene is drawn. */
export async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(900);
  await page.evaluate(() => (window as unknown as { __regioscoopMap: { idle(): Promise<void> } }).__regioscoopMap.idle());
}
