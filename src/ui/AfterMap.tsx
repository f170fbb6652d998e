/**
 * Mounts what lies below the map (analysis, charts) once it scrolls into view, or a second after the
 * map has drawn, so that rendering charts does not hold up the first map or make it stutter just as
 * it appears; after a longer time-out it mounts anyway (e.g. when the map panel failed).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useRendererStore } from '../state/rendererState.ts';

/** Wait after the map's first drawing before mounting what is out of view. */
const AFTER_DRAWN_MS = 1000;
/** Longest wait for the map before the panels below it are shown regardless. */
const WAIT_MS = 4000;

/** Renders its children when near the viewport or soon after the map's first drawing. */
export function AfterMap({ children }: { children: ReactNode }) {
  const drawn = useRendererStore((s) => s.drawn);
  const [show, setShow] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (show) return;
    const timer = setTimeout(() => setShow(true), drawn ? AFTER_DRAWN_MS : WAIT_MS);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setShow(true), { rootMargin: '200px' });
    if (placeholder.current) observer.observe(placeholder.current);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [drawn, show]);
  return show ? children : <div ref={placeholder} className="after-map-placeholder" aria-hidden="true" />;
}
