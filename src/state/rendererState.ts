/**
 * The map renderer in use, why, and the user's setting (kept in localStorage, so it survives a
 * reload). The choice itself is made in src/map/chooseRenderer.ts; this is only where it is kept.
 */
import { create } from 'zustand';
import { chooseRenderer, preferenceFromSearch, type RendererChoice, type RendererPreference } from '../map/rendererChoice.ts';
import { probeAndRemember, startupProbe } from './webglProbe.ts';

const STORAGE_KEY = 'regioscoop.renderer';

function storedPreference(): RendererPreference {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'svg' || value === 'maplibre' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

/** The renderer store: preference, choice, and the error that made the app fall back to SVG. */
export interface RendererState {
  preference: RendererPreference;
  choice: RendererChoice | null;
  fallbackError: string | null;
  /** Whether the map has drawn its first scene (panels below it wait for it, or for a time-out). */
  drawn: boolean;
}

export const useRendererStore = create<RendererState>()(() => ({ preference: 'auto', choice: null, fallbackError: null, drawn: false }));

/**
 * A start that used the remembered result probes again once the map has drawn and the browser is
 * idle, so that a graphics card installed or switched off since counts from the next start on.
 */
function probeAgainWhenIdle(): void {
  const unsubscribe = useRendererStore.subscribe((state) => {
    if (!state.drawn) return;
    unsubscribe();
    const run = () => void probeAndRemember();
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 10_000 });
    else setTimeout(run, 2000);
  });
}

/** Makes the start-up choice once (probe, setting, address) and returns it. */
export function initialRendererChoice(): RendererChoice {
  const current = useRendererStore.getState().choice;
  if (current) return current;
  const preference = storedPreference();
  // The probe is remembered per browser: a start takes the last result and checks it afterwards.
  const startup = startupProbe();
  if (startup.remembered) probeAgainWhenIdle();
  const choice = chooseRenderer(startup.probe, preference, preferenceFromSearch(window.location.search));
  useRendererStore.setState({ preference, choice });
  return choice;
}

/** The user's setting: stored and applied at once. */
export function setRendererPreference(preference: RendererPreference): void {
  try {
    if (preference === 'auto') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Private mode without storage: the setting holds for this page only.
  }
  useRendererStore.setState({ preference, choice: chooseRenderer(startupProbe().probe, preference, null), fallbackError: null });
}

/** MapLibre could not start or went away: draw with SVG from now on, and say why. */
export function fallBackToSvg(error: Error): void {
  useRendererStore.setState({ choice: { kind: 'svg', reason: 'fallback' }, fallbackError: error.message.slice(0, 120) });
}

/** The map has drawn its first scene. */
export function markMapDrawn(): void {
  if (!useRendererStore.getState().drawn) {
    useRendererStore.setState({ drawn: true });
    // For the benchmark and the browser's performance panel: when the first map was drawn.
    performance.mark('regioscoop:map-drawn');
  }
}
