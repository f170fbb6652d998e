/**
 * The incongruence tab's view model: which layers can be compared, the short labels the sentences
 * use, and every municipality of the geometry year classified by the engine
 * (`classifyMunicipalities`), grouped by category, with one sentence each that names every region
 * involved, in Dutch and English.
 */
import {
  CONGRUENCE_CATEGORIES,
  classifyMunicipalities,
  countCategories,
  indexLayer,
  isCrossing,
  type CongruenceCategory,
  type DivisionPlacement,
  type MunicipalityClassification,
  type PopulationMap,
} from '../analysis/index.ts';
import type { CsvColumn } from '../export/tableCsv.ts';
import type { GmCode, Layer, LocalText, Membership } from '../types.ts';

/** A domain's word in a sentence, e.g. { nl: 'jeugd', en: 'youth' }. */
export interface SentenceDomain {
  id: string;
  inSentence: LocalText;
}

type Lang = keyof LocalText;

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

/** Geometry years with at least two comparable layers: the only years the tab offers. */
export function comparableYears(layers: readonly Layer[]): number[] {
  const perYear = new Map<number, number>();
  for (const l of layers) if (l.membershipStatus === 'complete') perYear.set(l.geometryYear, (perYear.get(l.geometryYear) ?? 0) + 1);
  return [...perYear].filter(([, n]) => n >= 2).map(([year]) => year).sort((a, b) => a - b);
}

/** A layer taking part in the comparison, with its rows. */
export interface ComparedLayer {
  layer: Layer;
  memberships: readonly Membership[];
}

/** A classified municipality with its name, population and the sentence that explains it. */
export interface ClassifiedMunicipality extends MunicipalityClassification {
  name: string;
  population: number;
  sentence: LocalText;
}

/** One group of the tab: a category and its municipalities, by name. */
export interface CategoryGroup {
  category: CongruenceCategory;
  municipalities: ClassifiedMunicipality[];
}

/** Everything the incongruence tab shows. */
export interface IncongruenceView {
  /** Every municipality of the geometry year, grouped in `CONGRUENCE_CATEGORIES` order, by name within. */
  all: ClassifiedMunicipality[];
  counts: ReturnType<typeof countCategories>;
  groups: CategoryGroup[];
  /** Those some division puts in two regions at once (they are in a group above as well). */
  multiple: ClassifiedMunicipality[];
  /** Codes to draw hatched (crossing) and dotted (nested). */
  crossingCodes: GmCode[];
  nestedCodes: GmCode[];
}

/**
 * Classifies every municipality of the geometry year (`names` holds them all) for two or more
 * layers and words each one.
 */
export function incongruenceView(
  compared: readonly ComparedLayer[],
  domains: readonly SentenceDomain[],
  population: PopulationMap,
  names: ReadonlyMap<GmCode, string>,
): IncongruenceView {
  const labels = sentenceLabels(
    compared.map((c) => c.layer),
    domains,
  );
  const classified = classifyMunicipalities(
    compared.map((c) => ({ id: c.layer.id, memberships: indexLayer(c.memberships) })),
    { population, municipalities: [...names.keys()] },
  );
  const labelList = compared.map((c) => labels.get(c.layer.id)!);
  const rank = new Map(CONGRUENCE_CATEGORIES.map((c, i) => [c, i]));
  const all = classified
    .map((m): ClassifiedMunicipality => {
      const name = names.get(m.code) ?? m.code;
      return { ...m, name, population: population.get(m.code) ?? 0, sentence: { nl: sentence(m, name, labelList, names, 'nl'), en: sentence(m, name, labelList, names, 'en') } };
    })
    .sort((x, y) => rank.get(x.category)! - rank.get(y.category)! || x.name.localeCompare(y.name, 'nl'));
  return {
    all,
    counts: countCategories(all),
    groups: CONGRUENCE_CATEGORIES.map((category) => ({ category, municipalities: all.filter((m) => m.category === category) })),
    multiple: all.filter((m) => m.multiple),
    crossingCodes: all.filter((m) => isCrossing(m.category)).map((m) => m.code),
    nestedCodes: all.filter((m) => m.category === 'nested').map((m) => m.code),
  };
}

const WORDS = {
  nl: { with: 'met', all: 'heel', only: 'alleen met', partners: 'partners', alone: 'zonder partners', none: 'zonder regio', alsoWith: 'en ook met', subregion: 'subregio', andAlso: 'en ook', without: 'zonder', and: 'en', others: 'andere', same: 'dezelfde' },
  en: { with: 'with', all: 'all of', only: 'only with', partners: 'partners', alone: 'without partners', none: 'without a region', alsoWith: 'and also with', subregion: 'subregion', andAlso: 'and also', without: 'without', and: 'and', others: 'others', same: 'the same' },
} as const;

const MAX_NAMED = 4;

/** Names, at most four, then "en 3 andere" / "and 3 others". */
function nameList(codes: readonly GmCode[], names: ReadonlyMap<GmCode, string>, lang: Lang): string {
  const w = WORDS[lang];
  const named = codes.map((c) => names.get(c) ?? c).sort((a, b) => a.localeCompare(b, 'nl'));
  if (named.length <= MAX_NAMED) return named.length < 2 ? named.join('') : `${named.slice(0, -1).join(', ')} ${w.and} ${named[named.length - 1]}`;
  return `${named.slice(0, MAX_NAMED).join(', ')} ${w.and} ${named.length - MAX_NAMED} ${w.others}`;
}

/** "Haaglanden (10), subregio DWO en ook Delft-Rijswijk" or "Gooi- en Vechtstreek en ook met Eem en Vallei". */
function regionPhrase(p: DivisionPlacement, lang: Lang, count?: string): string {
  const w = WORDS[lang];
  const subregions = p.alsoIn.filter((a) => a.subregionName).map((a) => a.subregionName!);
  const others = p.alsoIn.filter((a) => !a.subregionName).map((a) => a.regionName);
  let text = `${p.regionName ?? ''}${count ? ` (${count})` : ''}`;
  if (subregions.length && p.subregionName) text += `, ${w.subregion} ${p.subregionName} ${w.andAlso} ${subregions.join(', ')}`;
  else if (subregions.length) text += `, ${w.andAlso} ${w.subregion} ${subregions.join(', ')}`;
  for (const o of others) text += ` ${w.alsoWith} ${o}`;
  return text;
}

function sentence(m: MunicipalityClassification, name: string, labels: readonly LocalText[], names: ReadonlyMap<GmCode, string>, lang: Lang): string {
  const w = WORDS[lang];
  const placed = (p: DivisionPlacement, i: number) => `${labels[i][lang]} ${w.with} ${regionPhrase(p, lang)}`;
  const parts = m.placements.map((p, i) => (p.regionId === null ? `${labels[i][lang]} ${w.none}` : placed(p, i)));
  switch (m.category) {
    case 'same': {
      const regionNames = new Set(m.placements.map((p) => p.regionName));
      const partners = m.placements[0].partners;
      const count = partners === 0 ? w.alone : `${partners} ${w.partners}`;
      if (regionNames.size === 1 && !m.multiple) return `${name}: ${labels.map((l) => l[lang]).join(` ${w.and} `)} ${w.with} ${m.placements[0].regionName} (${count})`;
      return `${name}: ${parts.join(', ')} (${w.same} ${count})`;
    }
    case 'nested': {
      // The largest region is named "heel ..." with "partners" spelled out the first time a count appears.
      const largest = Math.max(...m.placements.map((p) => p.partners));
      let counted = false;
      const nested = m.placements.map((p, i) => {
        if (p.partners === 0) return `${labels[i][lang]} ${w.alone}: ${regionPhrase(p, lang)}`;
        const unit = counted ? '' : ` ${w.partners}`;
        counted = true;
        if (p.partners === largest) return `${labels[i][lang]} ${w.with} ${w.all} ${regionPhrase(p, lang, `${p.partners}${unit}`)}`;
        return `${labels[i][lang]} ${w.only} ${regionPhrase(p, lang, `${p.partners}${unit}`)}`;
      });
      return `${name}: ${nested.join(', ')}`;
    }
    case 'regionChanged': {
      // Every later division against the first: which partners it lacks and which it adds.
      const changed = parts.map((part, i) => {
        if (i === 0) return part;
        const pair = m.pairs.find((p) => p.a === m.placements[0].layerId && p.b === m.placements[i].layerId)!;
        const diff = [
          pair.onlyInA.length ? `${w.without} ${nameList(pair.onlyInA, names, lang)}` : '',
          pair.onlyInB.length ? `${w.with} ${nameList(pair.onlyInB, names, lang)}` : '',
        ].filter(Boolean);
        return diff.length ? `${part} (${diff.join(', ')})` : part;
      });
      return `${name}: ${changed.join('; ')}`;
    }
    default:
      return `${name}: ${parts.join('; ')}`;
  }
}

/** The region name (and subregion) of a municipality in one compared layer, for the CSV. */
function regionCell(p: DivisionPlacement | undefined): string {
  if (!p || p.regionName === null) return '';
  return p.subregionName ? `${p.regionName} (${p.subregionName})` : p.regionName;
}

const CATEGORY_CSV: Record<CongruenceCategory, LocalText> = {
  same: { nl: 'dezelfde partners', en: 'same partners' },
  nested: { nl: 'binnen de andere regio', en: 'nested' },
  moved: { nl: 'over de grens: zelf andere partners', en: 'crossing: itself with other partners' },
  regionChanged: { nl: 'over de grens: regio veranderd', en: 'crossing: its region changed' },
  unplaced: { nl: 'niet ingedeeld', en: 'not placed' },
};

/** The words of a category in the CSV (and wherever a short name is needed). */
export function categoryWord(category: CongruenceCategory, lang: Lang): string {
  return CATEGORY_CSV[category][lang];
}

/** The CSV columns of the whole classification: one row per municipality of the geometry year. */
export function classificationCsvColumns(compared: readonly Layer[], lang: Lang): CsvColumn<ClassifiedMunicipality>[] {
  const nl = lang === 'nl';
  return [
    { header: 'cbs_code', value: (r) => r.code },
    { header: nl ? 'gemeente' : 'municipality', value: (r) => r.name },
    { header: nl ? 'categorie' : 'category', value: (r) => r.category },
    { header: nl ? 'categorie_uitleg' : 'category_words', value: (r) => categoryWord(r.category, lang) },
    { header: nl ? 'in_twee_regios' : 'in_two_regions', value: (r) => (r.multiple ? (nl ? 'ja' : 'yes') : (nl ? 'nee' : 'no')) },
    { header: nl ? 'uitleg' : 'explanation', value: (r) => r.sentence[lang] },
    ...compared.flatMap((layer, i): CsvColumn<ClassifiedMunicipality>[] => [
      { header: `${nl ? 'regio' : 'region'} ${layer.id}`, value: (r) => regionCell(r.placements[i]) },
      { header: `${nl ? 'partners' : 'partners'} ${layer.id}`, value: (r) => (r.placements[i]?.regionId ? r.placements[i].partners : null) },
      { header: `${nl ? 'ook_in' : 'also_in'} ${layer.id}`, value: (r) => r.placements[i]?.alsoIn.map((a) => a.subregionName ?? a.regionName).join(' | ') },
    ]),
    { header: nl ? 'jaccard_afstand_max' : 'max_jaccard_distance', value: (r) => Number(r.maxJaccardDistance.toFixed(4)) },
    { header: nl ? 'inwoners' : 'population', value: (r) => r.population },
  ];
}

/** A municipality's partners that only one of two compared layers gives it, by name. */
export interface PartnerDifference {
  layerA: string;
  layerB: string;
  onlyInA: string[];
  onlyInB: string[];
}

/** For each pair of compared layers whose partners differ: the partners only one of them gives it, names sorted. */
export function partnerDifferences(municipality: MunicipalityClassification, names: ReadonlyMap<GmCode, string>): PartnerDifference[] {
  const named = (codes: GmCode[]) => codes.map((c) => names.get(c) ?? c).sort((x, y) => x.localeCompare(y, 'nl'));
  return municipality.pairs
    .filter((p) => p.onlyInA.length + p.onlyInB.length > 0)
    .map((p) => ({ layerA: p.a, layerB: p.b, onlyInA: named(p.onlyInA), onlyInB: named(p.onlyInB) }));
}
