/**
 * The one place where the map's renderer is chosen: SVG unless a hardware WebGL context is found (a
 * software one, as on virtual desktops without a GPU, costs 150-460 ms a frame), or the user or a
 * support desk asks for one (setting, or `?renderer=svg|maplibre` in the address). MapLibre's code is
 * loaded only when it is chosen (chooseRenderer.ts). Pure apart from the probe: the state may import it.
 */
import type { RendererKind } from './types.ts';

/** What the user asked for: let the app decide, or one renderer. */
export type RendererPreference = 'auto' | RendererKind;

/** What the start-up probe found. */
export type WebGlProbe = 'hardware' | 'software' | 'none';

/** Why a renderer draws the map (worded in src/i18n as `renderer.reason.<reason>`). */
export type RendererReason = 'gpu' | 'no-gpu' | 'no-webgl' | 'setting' | 'address' | 'fallback';

/** The renderer in use and why. */
export interface RendererChoice {
  kind: RendererKind;
  reason: RendererReason;
}

/** Renderer strings of software WebGL: SwiftShader (Chromium), llvmpipe/softpipe (Mesa), WARP (Windows). */
const SOFTWARE_RENDERER = /SwiftShader|llvmpipe|softpipe|software|Basic Render|WARP|OffScreen/i;

/** Whether a WebGL renderer string names a software implementation. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

/**
 * Probes once for a hardware WebGL2 context and releases the throwaway context again.
 * failIfMajorPerformanceCaveat refuses a software context in some browsers only (headless Chromium
 * grants SwiftShader with it), so the renderer's name is checked as well.
 */
export function probeWebGl(doc: Document = document): WebGlProbe {
  try {
    const canvas = doc.createElement('canvas');
    const strict = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    const gl = strict ?? doc.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return strict && !isSoftwareRenderer(name) ? 'hardware' : 'software';
  } catch {
    return 'none';
  }
}

/** The renderer for a probe result and what the user asked for (the address wins over the setting). */
export function chooseRenderer(probe: WebGlProbe, setting: RendererPreference, address: RendererPreference | null): RendererChoice {
  const asked = address && address !== 'auto' ? { kind: address, reason: 'address' as const } : setting !== 'auto' ? { kind: setting, reason: 'setting' as const } : null;
  if (asked) return asked.kind === 'maplibre' && probe === 'none' ? { kind: 'svg', reason: 'no-webgl' } : asked;
  if (probe === 'hardware') return { kind: 'maplibre', reason: 'gpu' };
  return { kind: 'svg', reason: probe === 'software' ? 'no-gpu' : 'no-webgl' };
}

/** Reads `renderer=` from a query string; anything else than the three known values is ignored. */
export function preferenceFromSearch(search: string): RendererPreference | null {
  const value = new URLSearchParams(search).get('renderer');
  if (value === 'webgl') return 'maplibre';
  return value === 'svg' || value === 'maplibre' || value === 'auto' ? value : null;
}

