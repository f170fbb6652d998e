/**
 * The start-up WebGL probe (some 50 ms with software WebGL), made once per page and remembered per
 * browser version in localStorage. src/boot.ts makes it while the app's code is still loading, when
 * the main thread has nothing else to do; the renderer state (rendererState.ts) takes its result.
 */
import { probeWebGl, type WebGlProbe } from '../map/rendererChoice.ts';

/** What the WebGL probe found in this browser (version) last time. */
const PROBE_KEY = 'regioscoop.webgl-probe';

/** The probe result of this start, and whether it was remembered from an earlier start. */
export interface StartupProbe {
  probe: WebGlProbe;
  remembered: boolean;
}

let startup: StartupProbe | null = null;

/** The probe result this browser found at its last start, if it is the same browser version. */
function rememberedProbe(): WebGlProbe | null {
  try {
    const saved = JSON.parse(localStorage.getItem(PROBE_KEY) ?? 'null') as { probe?: unknown; browser?: unknown } | null;
    if (!saved || saved.browser !== navigator.userAgent) return null;
    return saved.probe === 'hardware' || saved.probe === 'software' || saved.probe === 'none' ? saved.probe : null;
  } catch {
    return null;
  }
}

/** Probes for WebGL now and remembers the result for the next start. */
export function probeAndRemember(): WebGlProbe {
  const probe = probeWebGl();
  try {
    localStorage.setItem(PROBE_KEY, JSON.stringify({ probe, browser: navigator.userAgent }));
  } catch {
    // Private mode without storage: probe again at the next start.
  }
  return probe;
}

/** This start's probe: the remembered result, or a probe made now (once per page). */
export function startupProbe(): StartupProbe {
  if (!startup) {
    const remembered = rememberedProbe();
    startup = remembered ? { probe: remembered, remembered: true } : { probe: probeAndRemember(), remembered: false };
  }
  return startup;
}
