/** CBS population on 1 January (../shared/data/cbs/population.csv), citing StatLine table 37259ENG. */
import type { Row } from './io.ts';

/** Rows of data/population.csv; every figure must be a whole number of inhabitants. */
export function populationRows(rows: readonly Row[]): Row[] {
  return rows.map((r, index) => {
    if (!/^\d+$/.test(r.population)) throw new Error(`population.csv row ${index + 2}: "${r.population}" is not a number of inhabitants`);
    return { ...r, source: 'cbs-population', confidence: 'official' };
  });
}
