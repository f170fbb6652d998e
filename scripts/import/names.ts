/**
 * Official municipality names where CBS's boundary files have an extraction artefact
 * (../shared/data/cbs/name_corrections.csv, e.g. "Nuenen, Gerwen en Nederwetten" for CBS's
 * "Nuenen. Gerwen en Nederwetten"). Written to data/name_corrections.json and applied to the names
 * the geometry carries when it is loaded.
 */
import type { NameCorrection } from '../../src/domain/names.ts';
import type { Row } from './io.ts';

/** The corrections, checked: a code, a year range and both names. */
export function nameCorrections(rows: readonly Row[]): NameCorrection[] {
  return rows.map((r, index) => {
    const yearFrom = Number(r.year_from);
    const yearTo = Number(r.year_to);
    if (!/^GM\d{4}$/.test(r.gm_code) || !(yearFrom <= yearTo) || !r.cbs_name || !r.display_name) {
      throw new Error(`name_corrections.csv row ${index + 2}: needs a CBS code, year_from <= year_to and both names`);
    }
    return { code: r.gm_code as `GM${string}`, yearFrom, yearTo, cbsName: r.cbs_name, displayName: r.display_name };
  });
}
