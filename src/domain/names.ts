/** Display names of municipalities where CBS's boundary files carry an extraction artefact (pure). */
import type { GmCode } from './types.ts';

/** An official name for a code over a range of geometry years (../shared/data/cbs/name_corrections.csv). */
export interface NameCorrection {
  code: GmCode;
  yearFrom: number;
  yearTo: number;
  /** The name as CBS's file writes it (e.g. "Nuenen. Gerwen en Nederwetten"). */
  cbsName: string;
  /** The official name to show (e.g. "Nuenen, Gerwen en Nederwetten"). */
  displayName: string;
}

/** The name to show for a code in a geometry year: the correction where one covers it and the CBS name matches. */
export function displayName(code: GmCode, year: number, cbsName: string, corrections: readonly NameCorrection[]): string {
  const c = corrections.find((x) => x.code === code && x.yearFrom <= year && year <= x.yearTo && x.cbsName === cbsName);
  return c ? c.displayName : cbsName;
}
