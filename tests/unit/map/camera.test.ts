import { describe, expect, it } from 'vitest';
import { cameraFromParam, cameraToParam, cameraTransform, fitBounds, isValidCamera, mercator, NL_BOUNDS, transformCamera, unmercator } from '../../../src/map/camera.ts';

describe('the camera both renderers share', () => {
  it('projects longitude and latitude as Web Mercator with 512-pixel tiles and back', () => {
    expect(mercator([0, 0])).toEqual([256, 256]);
    const [lng, lat] = unmercator(mercator([5.12, 52.09]));
    expect(lng).toBeCloseTo(5.12, 9);
    expect(lat).toBeCloseTo(52.09, 9);
  });

  it('fits the Netherlands into a 1000x800 viewport at about zoom 7, centred on the country', () => {
    const camera = fitBounds(NL_BOUNDS, 1000, 800, 12);
    expect(camera.zoom).toBeGreaterThan(6.5);
    expect(camera.zoom).toBeLessThan(7.5);
    expect(camera.center[0]).toBeCloseTo((NL_BOUNDS[0] + NL_BOUNDS[2]) / 2, 5);
    // Every corner of the box lies inside the viewport.
    const t = cameraTransform(camera, 1000, 800);
    for (const corner of [[NL_BOUNDS[0], NL_BOUNDS[1]], [NL_BOUNDS[2], NL_BOUNDS[3]]] as [number, number][]) {
      const [x, y] = mercator(corner);
      expect(x * t.k + t.x).toBeGreaterThanOrEqual(11.9);
      expect(x * t.k + t.x).toBeLessThanOrEqual(988.1);
      expect(y * t.k + t.y).toBeGreaterThanOrEqual(11.9);
      expect(y * t.k + t.y).toBeLessThanOrEqual(788.1);
    }
  });

  it('never zooms closer than maxZoom when fitting a small municipality', () => {
    expect(fitBounds([5.2, 52.2, 5.21, 52.21], 1000, 800, 80, 9).zoom).toBe(9);
  });

  it('turns a camera into a screen transform and back without drift', () => {
    const camera = { center: [5.3, 52.1] as [number, number], zoom: 8.4 };
    const back = transformCamera(cameraTransform(camera, 900, 700), 900, 700);
    expect(back.zoom).toBeCloseTo(8.4, 9);
    expect(back.center[0]).toBeCloseTo(5.3, 9);
    expect(back.center[1]).toBeCloseTo(52.1, 9);
  });

  it('accepts only cameras over the Netherlands within the zoom range', () => {
    expect(isValidCamera({ center: [5, 52], zoom: 7 })).toBe(true);
    expect(isValidCamera({ center: [5, 100], zoom: 7 })).toBe(false);
    expect(isValidCamera({ center: [5, 52], zoom: 40 })).toBe(false);
    expect(isValidCamera({ center: [Number.NaN, 52], zoom: 7 })).toBe(false);
    expect(isValidCamera({ center: [5], zoom: 7 })).toBe(false);
    expect(isValidCamera(null)).toBe(false);
  });

  it('writes a camera for a link and reads only plain decimals back', () => {
    const text = cameraToParam({ center: [5.123456789, 52.0987654], zoom: 7.256 });
    expect(text).toBe('5.12346,52.09877,7.26');
    expect(cameraFromParam(text)).toEqual({ center: [5.12346, 52.09877], zoom: 7.26 });
    for (const bad of ['0x5,52,7', '5,52,1e1', '5,52', '5,52,7,1', ' 5,52,7', '5,95,7', 'Infinity,52,7']) expect(cameraFromParam(bad)).toBeNull();
  });
});
