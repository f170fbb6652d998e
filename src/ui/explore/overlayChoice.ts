/** Which layer a domain contributes as an outline on top of the shown layer. */
import { layers } from '../../data/repository.ts';
import type { Layer } from '../../domain/types.ts';
import { defaultLayerOfDomain, layersOfDomain } from '../layerChoice.ts';

/**
 * The layer of a domain to outline over a map of `geometryYear`: a known layer of that year (an official
 * one before a filled-in copy, the latest), else the domain's default layer; null when nothing is known.
 */
export function overlayLayerFor(domain: string, geometryYear: number): Layer | null {
  const known = layersOfDomain(domain).filter((l) => l.membershipStatus === 'complete');
  if (known.length === 0) return null;
  const ofYear = known.filter((l) => l.geometryYear === geometryYear);
  const official = ofYear.filter((l) => !l.id.endsWith('_fill'));
  return (official.length ? official : ofYear).at(-1) ?? defaultLayerOfDomain(domain);
}

/** The layer with an id (undefined for an unknown id). */
export function layerById(id: string): Layer | undefined {
  return layers.find((l) => l.id === id);
}
