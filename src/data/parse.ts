/**
 * Parsing of the project's data files (data/layers.json, data/memberships/*.csv,
 * data/population.csv) into domain records. Used by the browser loader and by the Node tests, so
 * that both read the data the same way. Every malformed input throws a DataFormatError that names
 * the file and the row.
 */
import { parseCsv, CsvError } from './csv.ts';
import { MEMBERSHIP_COLUMNS, POPULATION_COLUMNS } from './format.ts';
import type { Confidence, GmCode, Layer, Membership, PopulationRecord } from '../domain/types.ts';

/** A data file that does not follow the project's format. */
export class DataFormatError extends Error {}

const CONFIDENCES: ReadonlySet<string> = new Set<Confidence>(['text', 'derived', 'knowledge', 'official']);
const GM_CODE = /^GM\d{4}$/;

/** True when the string is a CBS municipality code. */
export function isGmCode(value: string): value is GmCode {
  return GM_CODE.test(value);
}

function table(text: string, file: string, columns: readonly string[]) {
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new DataFormatError(`${file}: ${error.message}`);
    throw error;
  }
  const missing = columns.filter((c) => !parsed.header.includes(c));
  if (missing.length) throw new DataFormatError(`${file}: missing column(s) ${missing.join(', ')}`);
  return parsed.rows;
}

/** Parses data/layers.json. */
export function parseLayers(json: unknown, file = 'data/layers.json'): Layer[] {
  const doc = json as { version?: unknown; layers?: unknown };
  if (!doc || doc.version !== 1 || !Array.isArray(doc.layers)) {
    throw new DataFormatError(`${file}: expected { "version": 1, "layers": [...] }`);
  }
  const ids = new Set<string>();
  return doc.layers.map((raw: Record<string, unknown>, index: number) => {
    const where = `${file}: layer ${index} (${String(raw?.id)})`;
    const need = (key: string, type: string) => {
      if (typeof raw?.[key] !== type) throw new DataFormatError(`${where}: "${key}" must be a ${type}`);
    };
    need('id', 'string');
    need('domain', 'string');
    need('referenceDate', 'string');
    need('geometryYear', 'number');
    need('allowsOverlap', 'boolean');
    const label = raw.label as Layer['label'];
    if (typeof label?.nl !== 'string' || typeof label?.en !== 'string') throw new DataFormatError(`${where}: "label" needs nl and en`);
    if (raw.kind !== 'inventory' && raw.kind !== 'division') throw new DataFormatError(`${where}: "kind" must be inventory or division`);
    if (raw.membershipStatus !== 'complete' && raw.membershipStatus !== 'unknown') {
      throw new DataFormatError(`${where}: "membershipStatus" must be complete or unknown`);
    }
    if (raw.membershipStatus === 'complete' && typeof raw.membershipFile !== 'string') {
      throw new DataFormatError(`${where}: a complete layer needs a "membershipFile"`);
    }
    if (typeof (raw.source as Layer['source'])?.document !== 'string') throw new DataFormatError(`${where}: "source.document" missing`);
    if (ids.has(raw.id as string)) throw new DataFormatError(`${where}: duplicate id`);
    ids.add(raw.id as string);
    return raw as unknown as Layer;
  });
}

/** Parses one membership file of a layer. */
export function parseMemberships(text: string, layerId: string, file = `data/memberships/${layerId}.csv`): Membership[] {
  return table(text, file, MEMBERSHIP_COLUMNS).map((r, index) => {
    const where = `${file}: row ${index + 2}`;
    if (!isGmCode(r.gm_code)) throw new DataFormatError(`${where}: "${r.gm_code}" is not a CBS code (GMxxxx)`);
    if (!r.region_id) throw new DataFormatError(`${where}: empty region_id`);
    if (!CONFIDENCES.has(r.confidence)) throw new DataFormatError(`${where}: unknown confidence "${r.confidence}"`);
    if (r.primary !== 'yes' && r.primary !== 'no') throw new DataFormatError(`${where}: primary must be yes or no`);
    const membership: Membership = {
      layerId,
      code: r.gm_code,
      regionId: r.region_id,
      regionName: r.region_name || r.region_id,
      primary: r.primary === 'yes',
      source: { document: r.source_document, section: r.source_section || undefined },
      confidence: r.confidence as Confidence,
    };
    if (r.subregion_id) {
      membership.subregionId = r.subregion_id;
      membership.subregionName = r.subregion_name || r.subregion_id;
    }
    if (r.note) membership.note = r.note;
    return membership;
  });
}

/** Parses data/population.csv. */
export function parsePopulation(text: string, file = 'data/population.csv'): PopulationRecord[] {
  return table(text, file, POPULATION_COLUMNS).map((r, index) => {
    const population = Number(r.population);
    const year = Number(r.year);
    if (!isGmCode(r.gm_code) || !Number.isInteger(population) || population < 0 || !Number.isInteger(year)) {
      throw new DataFormatError(`${file}: row ${index + 2} is not a valid population record`);
    }
    return { code: r.gm_code, year, population };
  });
}
