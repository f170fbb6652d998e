/** Which layers belong to a domain, and which one a domain opens with. */
import { layers } from '../data/repository.ts';
import type { Layer } from '../domain/types.ts';

/** The preferred geometry year: that of the 2013 inventories the app is about. */
const PREFERRED_YEAR = 2013;

/** Layers of a domain: inventory rounds first, then divisions, each by date. */
export function layersOfDomain(domain: string): Layer[] {
  return layers
    .filter((l) => l.domain === domain)
    .sort((a, b) => (a.kind === b.kind ? a.referenceDate.localeCompare(b.referenceDate) : a.kind === 'inventory' ? -1 : 1));
}

/** The layer a domain opens with: the latest known one of 2013, else the latest known one. */
export function defaultLayerOfDomain(domain: string): Layer {
  const all = layersOfDomain(domain);
  const known = all.filter((l) => l.membershipStatus === 'complete');
  const official = known.filter((l) => !l.id.endsWith('_fill'));
  const pool = official.length ? official : known.length ? known : all;
  const ofYear = pool.filter((l) => l.geometryYear === PREFERRED_YEAR);
  return (ofYear.length ? ofYear : pool).at(-1)!;
}
