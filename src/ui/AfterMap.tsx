/**
 * Mounts what lies below the map (analysis, charts) once the map has drawn and the user is on the
 * way there: when it comes near the screen (scrolling, a small window, keyboard focus moving down)
 * or, failing that, at the first idle moment a few seconds after the map has drawn. The charts'
 * code (recharts, some 100 KB) is neither loaded nor rendered while the first map appears and the
 * user starts working with it. After a longer time-out it mounts anyway (e.g. when the map failed).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useRendererStore } from '../state/rendererState.ts';

/** How near the screen (in px) the area below the map must come to be mounted. */
const NEAR_PX = 300;
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

/** Renders its children once the map has drawn and the user comes near them. */
export function AfterMap({ children }: { children: ReactNode }) {
  const drawn = useRendererStore((s) => s.drawn);
  const [show, setShow] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (show) return;
    const mount = () => setShow(true);
    if (!drawn) {
      const timer = setTimeout(mount, WAIT_MS);
      return () => clearTimeout(timer);
    }
    if (atOnce) return whenIdle(mount);
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && mount(), { rootMargin: `${NEAR_PX}px 0px` })
        : null;
    if (placeholder.current) observer?.observe(placeholder.current);
    let cancelIdle = () => {};
    const timer = setTimeout(() => (cancelIdle = whenIdle(mount)), IDLE_AFTER_DRAWN_MS);
    return () => {
      observer?.disconnect();
      clearTimeout(timer);
      cancelIdle();
    };
  }, [drawn, show]);
  return show ? children : <div ref={placeholder} className="after-map-placeholder" aria-hidden="true" />;
}
