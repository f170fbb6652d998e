import type { GmCode, Layer, LocalText } from '../types.ts';
import { corresponds, crossTabulate, type CrossTab } from './crossTab.ts';
import { populationOf, toIndex } from './layerIndex.ts';
import type { LabelledLayer, LayerIndex, LayerSource, PopulationMap } from './types.ts';

const NO_POPULATION: PopulationMap = new Map();

/** How one municipality's partners differ between two divisions. */
export interface MunicipalityIncongruence {
  code: GmCode;
  regionA: string;
  regionNameA: string;
  regionB: string;
  regionNameB: string;
  /** Number of other municipalities in its region of A, of B, and in both. */
  coMembersA: number;
  coMembersB: number;
  sharedCoMembers: number;
  /** 1 - |shared| / |union| of its co-members (0 when it has none in either layer). */
  jaccardDistance: number;
  /**
   * True when its regions in A and B do not correspond (neither is the other's best match): the
   * municipality itself changed partners, rather than sharing a region that merely grew, shrank or split.
   */
  moved: boolean;
}

/**
 * Per municipality placed by both divisions, its co-members in A versus in B as a Jaccard distance,
 * and whether it really moved. Population decides best matches; without it, municipality counts do.
 */
export function municipalityIncongruence(
  a: LayerSource,
  b: LayerSource,
  population: PopulationMap = NO_POPULATION,
): MunicipalityIncongruence[] {
  const tab = crossTabulate(toIndex(a), toIndex(b), population);
  const sizesA = regionSizes(tab.a);
  const sizesB = regionSizes(tab.b);
  return tab.common.map((code, k) => {
    const cell = tab.commonCell[k];
    const i = (cell / tab.columns) | 0;
    const j = cell - i * tab.columns;
    const regionA = tab.a.partition[i];
    const regionB = tab.b.partition[j];
    const m = measure(tab, k, sizesA, sizesB);
    return {
      code,
      regionA,
      regionNameA: tab.a.regionName.get(regionA) ?? regionA,
      regionB,
      regionNameB: tab.b.regionName.get(regionB) ?? regionB,
      coMembersA: m.coMembersA,
      coMembersB: m.coMembersB,
      sharedCoMembers: m.shared,
      jaccardDistance: m.jaccardDistance,
      moved: m.moved,
    };
  });
}

/** Primary members per region number (the whole region, also members the other layer does not place). */
function regionSizes(index: LayerIndex): Int32Array {
  return Int32Array.from(index.partition, (id) => index.membersOf.get(id)!.length);
}

/** Jaccard distance and move of the k-th common municipality of a cross-tabulation. */
function measure(tab: CrossTab, k: number, sizesA: Int32Array, sizesB: Int32Array) {
  const cell = tab.commonCell[k];
  const i = (cell / tab.columns) | 0;
  const j = cell - i * tab.columns;
  // The municipalities in both its A region and its B region are exactly the members of its cell.
  const shared = tab.cellCount[cell] - 1;
  const coMembersA = sizesA[i] - 1;
  const coMembersB = sizesB[j] - 1;
  const union = coMembersA + coMembersB - shared;
  return {
    coMembersA,
    coMembersB,
    shared,
    jaccardDistance: union === 0 ? 0 : 1 - shared / union,
    moved: !corresponds(tab, i, j),
  };
}

/** Co-members of one municipality: shared by both divisions, only in A, only in B. */
export interface CoMemberDifference {
  shared: GmCode[];
  onlyInA: GmCode[];
  onlyInB: GmCode[];
}

/** Lists which partners of one municipality the two divisions share and which only one of them has. */
export function coMemberDifference(a: LayerSource, b: LayerSource, code: GmCode): CoMemberDifference {
  const membersIn = (index: LayerIndex): GmCode[] => {
    const region = index.regionOf.get(code);
    return region === undefined ? [] : index.membersOf.get(region)!.filter((c) => c !== code);
  };
  const inA = membersIn(toIndex(a));
  const inB = membersIn(toIndex(b));
  const setB = new Set(inB);
  const setA = new Set(inA);
  return {
    shared: inA.filter((c) => setB.has(c)),
    onlyInA: inA.filter((c) => !setB.has(c)),
    onlyInB: inB.filter((c) => !setA.has(c)),
  };
}

/** A municipality's primary region in one of the compared layers. */
export interface LayerPlacement {
  layerId: string;
  label: LocalText;
  /** Null when the layer does not place the municipality. */
  regionId: string | null;
  regionName: string | null;
  /** Names of the other regions its non-primary rows declare (e.g. Eemnes also in Eem en Vallei). */
  alsoIn: string[];
}

/** A municipality whose partners differ between layers, with a sentence saying how. */
export interface IncongruentMunicipality {
  code: GmCode;
  name: string;
  population: number;
  placements: LayerPlacement[];
  /** The layer pairs (ids) between which it moved. */
  movedBetween: [string, string][];
  /** Mean and largest Jaccard distance over the layer pairs that both place it. */
  meanJaccardDistance: number;
  maxJaccardDistance: number;
  /** e.g. { nl: 'Eemnes: jeugd met Eemland, Wmo met Gooi- en Vechtstreek', en: 'Eemnes: youth with ...' }. */
  explanation: LocalText;
}

/**
 * Labels a layer for `incongruentMunicipalities` with its domain's word for sentences (e.g. the
 * `inSentence` texts of data/domains.json); a domain without a word is named by its id.
 */
export function labelLayer(
  layer: Pick<Layer, 'id' | 'domain'>,
  memberships: LayerSource,
  sentenceWords: ReadonlyMap<string, LocalText>,
): LabelledLayer {
  const label = sentenceWords.get(layer.domain) ?? { nl: layer.domain, en: layer.domain };
  return { id: layer.id, label, memberships };
}

/** Options of `incongruentMunicipalities`. */
export interface IncongruenceOptions {
  population?: PopulationMap;
  /** Municipality names for the sentences; the code is used when a name is missing. */
  names?: ReadonlyMap<GmCode, string>;
}

/**
 * Ranks the municipalities that moved between any two of the given layers (2 or more): most layer
 * pairs first, then the largest mean Jaccard distance, then population. Each comes with a Dutch and
 * English sentence built from the layers' labels and region names.
 */
export function incongruentMunicipalities(
  layers: readonly LabelledLayer[],
  options: IncongruenceOptions = {},
): IncongruentMunicipality[] {
  if (layers.length < 2) throw new Error('incongruentMunicipalities needs at least two layers');
  const population = options.population ?? NO_POPULATION;
  const indexes = layers.map((layer) => toIndex(layer.memberships));
  const moves = new Map<GmCode, [string, string][]>();
  const distances = new Map<GmCode, { sum: number; count: number; max: number }>();
  for (let i = 0; i < layers.length; i++) {
    for (let j = i + 1; j < layers.length; j++) {
      const tab = crossTabulate(indexes[i], indexes[j], population);
      const sizesA = regionSizes(tab.a);
      const sizesB = regionSizes(tab.b);
      for (let k = 0; k < tab.common.length; k++) {
        const code = tab.common[k];
        const result = measure(tab, k, sizesA, sizesB);
        const d = distances.get(code) ?? { sum: 0, count: 0, max: 0 };
        d.sum += result.jaccardDistance;
        d.count += 1;
        d.max = Math.max(d.max, result.jaccardDistance);
        distances.set(code, d);
        if (!result.moved) continue;
        const pairs = moves.get(code) ?? [];
        pairs.push([layers[i].id, layers[j].id]);
        moves.set(code, pairs);
      }
    }
  }
  const result: IncongruentMunicipality[] = [];
  for (const [code, movedBetween] of moves) {
    const name = options.names?.get(code) ?? code;
    const placements = layers.map((layer, i): LayerPlacement => {
      const regionId = indexes[i].regionOf.get(code) ?? null;
      const alsoIn = (indexes[i].rowsOf.get(code) ?? [])
        .filter((r) => !r.primary && r.regionId !== regionId)
        .map((r) => r.regionName);
      return {
        layerId: layer.id,
        label: layer.label,
        regionId,
        regionName: regionId === null ? null : (indexes[i].regionName.get(regionId) ?? regionId),
        alsoIn: [...new Set(alsoIn)],
      };
    });
    const d = distances.get(code)!;
    result.push({
      code,
      name,
      population: populationOf(population, code),
      placements,
      movedBetween,
      meanJaccardDistance: d.sum / d.count,
      maxJaccardDistance: d.max,
      explanation: explain(name, placements),
    });
  }
  return result.sort(
    (x, y) =>
      y.movedBetween.length - x.movedBetween.length ||
      y.meanJaccardDistance - x.meanJaccardDistance ||
      y.population - x.population ||
      x.name.localeCompare(y.name, 'nl'),
  );
}

function explain(name: string, placements: readonly LayerPlacement[]): LocalText {
  const part = (p: LayerPlacement, lang: keyof LocalText) =>
    p.regionName === null
      ? `${p.label[lang]} ${lang === 'nl' ? 'zonder regio' : 'without region'}`
      : `${p.label[lang]} ${lang === 'nl' ? 'met' : 'with'} ${p.regionName}`;
  return {
    nl: `${name}: ${placements.map((p) => part(p, 'nl')).join(', ')}`,
    en: `${name}: ${placements.map((p) => part(p, 'en')).join(', ')}`,
  };
}
