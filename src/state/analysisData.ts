/**
 * Loading for the analysis panel: member lists of any layer, population and names of a geometry
 * year, the reported populations and the seed tables, each fetched once (the repository caches the
 * files) and handed to the pure view models. Components run these loaders through useLoaded
 * (useLoad.ts).
 */
import {
  layers,
  loadMembershipClusters,
  loadMemberships,
  loadMunicipalChanges,
  loadPopulation,
  loadRegionsReported,
  loadSeedContradictions,
  loadTopology,
} from '../data/repository.ts';
import { loadSeedTable } from '../data/parseSeedTables.ts';
import { municipalitiesOf } from '../data/topology.ts';
import { populationForGeometry } from '../domain/populationByYear.ts';
import { compareReportedPopulations, type PopulationComparison } from '../domain/discrepancies.ts';
import { dataOverview, type DataOverviewRow } from '../domain/dataOverview.ts';
import type { GmCode, Membership } from '../domain/types.ts';
import type { CareIntensityLevel, CjgCooperationKind, IntentionsRow, SupraRegionalMember, TaskScaleCount } from '../domain/seedTables.ts';


/** The member lists of the given layers, keyed by layer id. */
export async function membershipsOf(ids: readonly string[]): Promise<Map<string, Membership[]>> {
  const chosen = ids.map((id) => layers.find((l) => l.id === id)).filter((l) => l !== undefined);
  const lists = await Promise.all(chosen.map((l) => loadMemberships(l)));
  return new Map(chosen.map((l, i) => [l.id, lists[i]]));
}

/** Population (the nearest CBS year) and names of the municipalities of a geometry year. */
export interface YearContext {
  population: Map<GmCode, number>;
  populationYear: number | null;
  names: Map<GmCode, string>;
}

/** Loads the population and names of a geometry year. */
export async function yearContext(geometryYear: number): Promise<YearContext> {
  const [topology, records, changes] = await Promise.all([loadTopology(geometryYear), loadPopulation(), loadMunicipalChanges()]);
  const { populationYear, byCode } = populationForGeometry(records, changes, geometryYear);
  return { population: byCode, populationYear, names: new Map(municipalitiesOf(topology).map((m) => [m.code, m.name])) };
}

async function clustersOf(ids: readonly string[]) {
  const out = new Map<string, Map<GmCode, string[]>>();
  for (const layer of layers.filter((l) => ids.includes(l.id))) {
    const clusters = await loadMembershipClusters(layer);
    if (!clusters.length) continue;
    const byCode = new Map<GmCode, string[]>();
    for (const c of clusters) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c.clusterId]);
    out.set(layer.id, byCode);
  }
  return out;
}

/** Reported versus computed population of every region a seed prints a figure for. */
export async function reportedComparisons(): Promise<PopulationComparison[]> {
  const [reported, changes, contradictions, population] = await Promise.all([loadRegionsReported(), loadMunicipalChanges(), loadSeedContradictions(), loadPopulation()]);
  const ids = [...new Set(reported.map((r) => r.layerId))];
  const [memberships, clusters] = await Promise.all([membershipsOf(ids), clustersOf(ids)]);
  return compareReportedPopulations({ layers, reported, memberships, clusters, population, changes, contradictions });
}

/** The data overview: every layer with regions, coverage, source and discrepancies. */
export async function overviewRows(): Promise<DataOverviewRow[]> {
  const years = [...new Set(layers.map((l) => l.geometryYear))];
  // Each layer on its own: one file that cannot be read is a row that says so, not an empty overview.
  const lists = await Promise.allSettled(layers.map((l) => loadMemberships(l)));
  const memberships = new Map(layers.flatMap((l, i) => (lists[i].status === 'fulfilled' ? [[l.id, lists[i].value] as const] : [])));
  const loadErrors = new Map(layers.flatMap((l, i) => (lists[i].status === 'rejected' ? [[l.id, String((lists[i].reason as Error).message ?? lists[i].reason)] as const] : [])));
  const [population, topologies, reported, changes, contradictions] = await Promise.all([
    loadPopulation(),
    Promise.all(years.map((y) => loadTopology(y).catch(() => null))),
    loadRegionsReported(),
    loadMunicipalChanges(),
    loadSeedContradictions(),
  ]);
  const clusters = await clustersOf([...new Set(reported.map((r) => r.layerId))]);
  const byYear = new Map(years.flatMap((y, i) => (topologies[i] ? [[y, municipalitiesOf(topologies[i])] as const] : [])));
  return dataOverview(layers, memberships, population, byYear, { reported, changes, contradictions, clusters, loadErrors });
}

/** The seed tables the charts show. */
export interface SeedTables {
  taskScale: TaskScaleCount[];
  intentions: IntentionsRow[];
  cooperationKinds: CjgCooperationKind[];
  supraRegional: SupraRegionalMember[];
  careIntensity: CareIntensityLevel[];
}

/** Loads the seed tables of 000 and 003 for the charts. */
export async function seedTables(): Promise<SeedTables> {
  const [taskScale, intentions, cooperationKinds, supraRegional, careIntensity] = await Promise.all([
    loadSeedTable('jeugd_2013_10_taak_schaal_long.csv'),
    loadSeedTable('jeugd_2013_intentie_vastgelegd.csv'),
    loadSeedTable('cjg_2011_samenwerkingsverbanden.csv'),
    loadSeedTable('jeugd_2013_10_bovenregionaal.csv'),
    loadSeedTable('cjg_2011_zorgzwaarte.csv'),
  ]);
  return { taskScale, intentions, cooperationKinds, supraRegional, careIntensity };
}
