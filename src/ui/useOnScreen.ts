/**
 * Whether an element is on screen (IntersectionObserver), for work that only matters when the user
 * can see it: mounting the panels below the map, and keeping their charts up to date. On screen
 * means visible, not "just below the fold": at 1400x900 the analysis panel starts 73 px below the
 * window, and rendering its charts on every division switch would cost more than the switch itself.
 */
import { useEffect, useState, type RefObject } from 'react';

/**
 * True while some of the element is on screen. Starts as `initial` and keeps it where the browser
 * cannot tell (no IntersectionObserver, or a stub as in happy-dom).
 */
export function useOnScreen(ref: RefObject<Element | null>, initial: boolean, enabled = true): boolean {
  const [onScreen, setOnScreen] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => setOnScreen(entries.some((e) => e.isIntersecting)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return onScreen;
}
