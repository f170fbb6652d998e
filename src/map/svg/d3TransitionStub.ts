/**
 * Stands in for d3-transition, which d3-zoom imports only to stop running transitions. The map
 * never animates a zoom (double-click zoom is off; the buttons, keys and fits jump), so there is
 * never a transition to stop, and the real module with d3-color and most of d3-interpolate would
 * cost about 9 KB gzipped of the first load. vite.config.ts aliases `d3-transition` to this file,
 * for the build and the specs alike.
 */
import { selection } from 'd3-selection';

/** d3-transition's `interrupt(node)`: nothing runs, so there is nothing to stop. */
export function interrupt(): void {}

const prototype = selection.prototype as unknown as Record<'interrupt' | 'transition', (this: unknown) => unknown>;
// d3-zoom's zoom.transform calls selection.interrupt() before it moves the view.
prototype.interrupt = function interruptNothing() {
  return this;
};
// An animated zoom would need the real module: fail loudly instead of jumping without a word.
prototype.transition = function noTransitions() {
  throw new Error('d3-transition is not bundled (src/map/svg/d3TransitionStub.ts): the map zooms without animation');
};
