/**
 * Mounts what lies below the map (analysis, charts) after the map has drawn: at the browser's next
 * idle time (at most a second later), so rendering charts does not hold up the first map or make it
 * stutter just as it appears; after a longer time-out it mounts anyway (e.g. when the map failed).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useRendererStore } from '../state/rendererState.ts';

/** Longest wait after the map's first drawing. */
const AFTER_DRAWN_MS = 1000;
/** Longest wait for the map before the panels below it are shown regardless. */
const WAIT_MS = 4000;

/** Renders its children soon after the map's first drawing. */
export function AfterMap({ children }: { children: ReactNode }) {
  const drawn = useRendererStore((s) => s.drawn);
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (show) return;
    if (!drawn) {
      const timer = setTimeout(() => setShow(true), WAIT_MS);
      return () => clearTimeout(timer);
    }
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(() => setShow(true), { timeout: AFTER_DRAWN_MS });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(() => setShow(true), AFTER_DRAWN_MS);
    return () => clearTimeout(timer);
  }, [drawn, show]);
  return show ? children : <div className="after-map-placeholder" aria-hidden="true" />;
}
