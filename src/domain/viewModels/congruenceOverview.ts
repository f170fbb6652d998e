/**
 * The congruence overview: how well every other division of the same geometry year fits a reference
 * division, ranked by the engine's agreement score (adjusted Rand index, variation of information).
 */
import { indexLayer, rankDivisionsByAgreement, type PopulationMap, type RankedDivision } from '../analysis/index.ts';
import type { Layer, LocalText, Membership } from '../types.ts';

/** One division in the overview, with its label and agreement with the reference. */
export interface CongruenceRow extends RankedDivision {
  label: LocalText;
  domain: string;
}

/**
 * Ranks the candidates (every layer of the reference's geometry year with known members, except the
 * reference) by agreement with the reference.
 */
export function congruenceOverview(
  reference: { layer: Layer; memberships: readonly Membership[] },
  candidates: readonly { layer: Layer; memberships: readonly Membership[] }[],
  population: PopulationMap,
): CongruenceRow[] {
  const others = candidates.filter((c) => c.layer.id !== reference.layer.id && c.layer.geometryYear === reference.layer.geometryYear);
  const byId = new Map(others.map((c) => [c.layer.id, c.layer]));
  const ranked = rankDivisionsByAgreement(
    indexLayer(reference.memberships),
    others.map((c) => ({ id: c.layer.id, memberships: indexLayer(c.memberships) })),
    population,
  );
  return ranked.map((r) => ({ ...r, label: byId.get(r.id)!.label, domain: byId.get(r.id)!.domain }));
}
