/**
 * The incongruence list of the analysis panel: which layers can be compared, the short labels the
 * sentences use, and the ranked municipalities from the engine (`incongruentMunicipalities`).
 */
import { coMemberDifference, incongruentMunicipalities, indexLayer, type IncongruentMunicipality, type PopulationMap } from '../analysis/index.ts';
import type { CsvColumn } from '../export/tableCsv.ts';
import type { GmCode, Layer, LocalText, Membership } from '../types.ts';

/** A domain's word in a sentence, e.g. { nl: 'jeugd', en: 'youth' }. */
export interface SentenceDomain {
  id: string;
  inSentence: LocalText;
}

const MONTHS: LocalText[] = 'jan.,feb.,mrt.,apr.,mei,jun.,jul.,aug.,sep.,okt.,nov.,dec.'.split(',').map((nl, i) => ({
  nl,
  en: 'Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec'.split(',')[i],
}));

/** A reference date (`2013-10-31`, `2013-05` or `2013`) as month and year, e.g. `okt. 2013` / `Oct 2013`. */
export function referenceMonth(date: string): LocalText {
  const [year, month] = date.split('-');
  const m = month ? MONTHS[Number(month) - 1] : undefined;
  return m ? { nl: `${m.nl} ${year}`, en: `${m.en} ${year}` } : { nl: year, en: year };
}

/**
 * The label of each layer in the sentences: its domain's word, plus its reference month when
 * another compared layer has the same domain (jeugd okt. 2013 vs jeugd mei 2013).
 */
export function sentenceLabels(layers: readonly Layer[], domains: readonly SentenceDomain[]): Map<string, LocalText> {
  const word = new Map(domains.map((d) => [d.id, d.inSentence]));
  const perDomain = new Map<string, number>();
  for (const l of layers) perDomain.set(l.domain, (perDomain.get(l.domain) ?? 0) + 1);
  return new Map(
    layers.map((l) => {
      const base = word.get(l.domain) ?? { nl: l.domain, en: l.domain };
      if (perDomain.get(l.domain)! < 2) return [l.id, base];
      const month = referenceMonth(l.referenceDate);
      return [l.id, { nl: `${base.nl} ${month.nl}`, en: `${base.en} ${month.en}` }];
    }),
  );
}

/** Layers that can be compared with `layer`: known member lists, the same geometry year. */
export function comparableLayers(layers: readonly Layer[], geometryYear: number): Layer[] {
  return layers.filter((l) => l.membershipStatus === 'complete' && l.geometryYear === geometryYear);
}

/** A layer taking part in the comparison, with its rows. */
export interface ComparedLayer {
  layer: Layer;
  memberships: readonly Membership[];
}

/** The ranked incongruent municipalities of two or more layers, with sentences in both languages. */
export function incongruenceList(
  compared: readonly ComparedLayer[],
  domains: readonly SentenceDomain[],
  population: PopulationMap,
  names: ReadonlyMap<GmCode, string>,
): IncongruentMunicipality[] {
  const labels = sentenceLabels(compared.map((c) => c.layer), domains);
  return incongruentMunicipalities(
    compared.map((c) => ({ id: c.layer.id, label: labels.get(c.layer.id)!, memberships: indexLayer(c.memberships) })),
    { population, names },
  );
}

/** The CSV columns of the incongruence list: rank, municipality, sentence, region per layer, scores. */
export function incongruenceCsvColumns(compared: readonly Layer[], lang: keyof LocalText): CsvColumn<IncongruentMunicipality & { rank: number }>[] {
  const nl = lang === 'nl';
  return [
    { header: nl ? 'rang' : 'rank', value: (r) => r.rank },
    { header: nl ? 'cbs_code' : 'cbs_code', value: (r) => r.code },
    { header: nl ? 'gemeente' : 'municipality', value: (r) => r.name },
    { header: nl ? 'uitleg' : 'explanation', value: (r) => r.explanation[lang] },
    ...compared.map((layer, i) => ({ header: `${nl ? 'regio' : 'region'} ${layer.id}`, value: (r: IncongruentMunicipality) => r.placements[i]?.regionName ?? '' })),
    { header: nl ? 'paren_verschoven' : 'pairs_moved', value: (r) => r.movedBetween.length },
    { header: nl ? 'jaccard_afstand_gemiddeld' : 'mean_jaccard_distance', value: (r) => Number(r.meanJaccardDistance.toFixed(4)) },
    { header: nl ? 'inwoners' : 'population', value: (r) => r.population },
  ];
}

/** A municipality's partners that only one of two compared layers gives it, by name. */
export interface PartnerDifference {
  layerA: string;
  layerB: string;
  onlyInA: string[];
  onlyInB: string[];
  shared: number;
}

/**
 * For each pair of compared layers between which the municipality moved: the partners only the one
 * or only the other layer gives it (from the engine's coMemberDifference), names sorted.
 */
export function partnerDifferences(
  compared: readonly ComparedLayer[],
  municipality: IncongruentMunicipality,
  names: ReadonlyMap<GmCode, string>,
): PartnerDifference[] {
  const byId = new Map(compared.map((c) => [c.layer.id, c.memberships]));
  const named = (codes: GmCode[]) => codes.map((c) => names.get(c) ?? c).sort((x, y) => x.localeCompare(y, 'nl'));
  return municipality.movedBetween.map(([a, b]) => {
    const d = coMemberDifference(byId.get(a)!, byId.get(b)!, municipality.code);
    return { layerA: a, layerB: b, onlyInA: named(d.onlyInA), onlyInB: named(d.onlyInB), shared: d.shared.length };
  });
}
