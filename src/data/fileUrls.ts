/**
 * Where the built app finds its data files and geometries: URLs from Vite's import.meta.glob, so a
 * new membership file or geometry year needs no code change. Kept apart from the loader so that the
 * boot script (src/boot.ts) can request the first layer's files without loading the parsers.
 */

/** URL of every CSV under data/ (memberships, population, provenance, seed tables), by path. */
const dataUrls = import.meta.glob('../../data/**/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const geometryUrls = import.meta.glob('../../generated/geo/gemeente_*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** The geometry years in the build, oldest first (the geo build writes one file per year of geo/topology.ts). */
export const geometryYears: readonly number[] = Object.keys(geometryUrls)
  .map((path) => Number(/gemeente_(\d{4})\.json$/.exec(path)?.[1]))
  .filter((year) => Number.isInteger(year))
  .sort((a, b) => a - b);

/** The URL of a data file (path relative to data/, e.g. `population.csv`); undefined when not in the build. */
export function dataFileUrl(path: string): string | undefined {
  return dataUrls[`../../data/${path}`];
}

/** The URL of the municipality geometry of a year; undefined when the geo build has not made it. */
export function geometryUrl(year: number): string | undefined {
  return geometryUrls[`../../generated/geo/gemeente_${year}.json`];
}
