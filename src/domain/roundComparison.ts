/** Which two rounds the app can compare (the compare panel offers these, and a link may ask only for these). */
import type { Layer } from './types.ts';

/**
 * Whether the shown layer `a` can be compared with `b` here: same domain, other layer, members
 * known, and `b` on the same or an earlier geometry year (the map draws the later year, and
 * municipalities that merged in between are followed to their successors).
 */
export function comparable(a: Layer, b: Layer): boolean {
  return a.id !== b.id && a.domain === b.domain && b.geometryYear <= a.geometryYear && b.membershipStatus === 'complete' && a.membershipStatus === 'complete';
}
