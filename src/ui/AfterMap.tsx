/**
 * Mounts what lies below the map (analysis, charts), or below the fold of the side panel (the region
 * list, the wide export, saved views, imported rounds: `idleAfterMs` 0, no placeholder), once the map
 * has drawn and the user is on the way there: when it comes on screen (scrolling, a tall window), or
 * else at the first idle moment 2.5 s after the map has drawn, well before a keyboard user can have
 * tabbed through the header and the side panel to reach it. The charts' code (recharts, some 100 KB)
 * is neither loaded nor rendered while the first map appears and the user starts working with it.
 * After a longer time-out it mounts anyway (e.g. when the map failed).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useRendererStore } from '../state/rendererState.ts';
import { useOnScreen } from './useOnScreen.ts';

/** Idle mounting waits this long after the map's first drawing. */
const IDLE_AFTER_DRAWN_MS = 2500;
/** Longest wait for the map before the panels below it are shown regardless. */
const WAIT_MS = 4000;

let atOnce = false;

/** Specs (happy-dom, no layout) mount the area below the map as soon as the map has drawn. */
export function mountBelowMapAtOnceForTests(value: boolean): void {
  atOnce = value;
}

function whenIdle(run: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/**
 * Renders its children once the map has drawn and the user comes to them. `idleAfterMs` sets how
 * long after the map's first drawing they mount at the next idle moment if not on screen before;
 * without a placeholder (the foot of the side panel) nothing stands in for them meanwhile.
 */
export function AfterMap({ children, idleAfterMs = IDLE_AFTER_DRAWN_MS, placeholder: withPlaceholder = true }: { children: ReactNode; idleAfterMs?: number; placeholder?: boolean }) {
  const drawn = useRendererStore((s) => s.drawn);
  const [show, setShow] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(placeholder, false, withPlaceholder && drawn && !show && !atOnce);
  useEffect(() => {
    if (show) return;
    const mount = () => setShow(true);
    if (!drawn) {
      const timer = setTimeout(mount, WAIT_MS);
      return () => clearTimeout(timer);
    }
    if (atOnce || onScreen) return whenIdle(mount);
    let cancelIdle = () => {};
    const timer = setTimeout(() => (cancelIdle = whenIdle(mount)), idleAfterMs);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, [drawn, show, onScreen, idleAfterMs]);
  if (show) return children;
  return withPlaceholder ? <div ref={placeholder} className="after-map-placeholder" aria-hidden="true" /> : null;
}
