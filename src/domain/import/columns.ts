/**
 * Which column of an imported file holds what: municipality (CBS code or name), region, and
 * optionally subregion, region code and province. Guessed from the header, changed by the user.
 */

/** The roles a column can have. */
export type ColumnRole = 'municipality' | 'region' | 'subregion' | 'regionCode' | 'province';

/** Column index per role (null = not in the file). */
export type ColumnMapping = Record<ColumnRole, number | null>;

/** Whether the municipality column holds CBS codes or names. */
export type MunicipalityKind = 'code' | 'name';

const normalise = (h: string) => h.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Header words per role, strongest first (Dutch and English, and the project's own export columns). */
const CANDIDATES: Record<ColumnRole, RegExp[]> = {
  municipality: [/^(gm code|gemeentecode|cbs code|code gemeente|municipality code|gm_code)$/, /^(gemeente|gemeentenaam|municipality|naam|name|gm naam|gm name)$/, /gemeente|municipality/],
  regionCode: [/^(region id|regio id|regiocode|region code|code regio)$/, /^region_id$/],
  region: [/^(jeugdregio|wmo regio|regio|region|region name|regionaam|regio naam|samenwerkingsverband|arbeidsmarktregio|zorgregio)$/, /regio|region/],
  subregion: [/^(subregio|subregion|subregio naam|subregion name|deelregio|cluster)$/, /subregio|subregion|deelregio/],
  province: [/^(provincie|province)$/],
};

/** Guesses the mapping from the header; every column is used for at most one role. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const names = header.map(normalise);
  const used = new Set<number>();
  const mapping: ColumnMapping = { municipality: null, region: null, subregion: null, regionCode: null, province: null };
  // Subregion and region code first, so that "subregio" or "regiocode" is not taken as the region.
  for (const role of ['municipality', 'subregion', 'regionCode', 'province', 'region'] as const) {
    for (const pattern of CANDIDATES[role]) {
      const index = names.findIndex((n, i) => !used.has(i) && pattern.test(n) && !(role === 'region' && /subregio|subregion|code|id$/.test(n)));
      if (index >= 0) {
        mapping[role] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** Parses a CBS municipality code the way files write it: GM0363, gm363, 0363 or 363. */
export function asGmCode(text: string): `GM${string}` | null {
  const m = /^\s*(?:gm)?\s*(\d{1,4})\s*$/i.exec(text);
  return m ? `GM${m[1].padStart(4, '0')}` : null;
}

/** Whether the municipality column holds codes: most of its non-empty cells read as codes. */
export function guessMunicipalityKind(cells: readonly string[]): MunicipalityKind {
  const filled = cells.filter((c) => c.trim() !== '');
  const codes = filled.filter((c) => asGmCode(c) !== null).length;
  return filled.length > 0 && codes / filled.length > 0.8 ? 'code' : 'name';
}
