/**
 * The heart of the import: an imported grid, its column mapping and metadata in; the round's
 * memberships and a validation report with row numbers out. Pure and deterministic: the dialog
 * runs it again on every change of mapping, fix or metadata.
 */
import type { Confidence, GmCode, Layer, Membership, Municipality } from '../types.ts';
import type { MunicipalChange } from '../provenance.ts';
import { asGmCode, type ColumnMapping, type MunicipalityKind } from './columns.ts';
import { matchName, nameIndex, type NameAlias, type NameIndex, type NameMatch } from './names.ts';
import type { ReportIssue } from './round.ts';
import { membershipFindings } from '../validate.ts';

/** The domains an imported round can belong to. */
export const IMPORT_DOMAINS = ['jeugd', 'wmo', 'participatie', 'other'] as const;

/** What the user says about the round. */
export interface ImportMetadata {
  title: string;
  domain: (typeof IMPORT_DOMAINS)[number];
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  referenceDate: string;
  geometryYear: number;
  /** Free text, shown as the round's citation. */
  source: string;
  confidence: Confidence;
  /** The round has overlapping clusters: a municipality may be in two regions. */
  allowsOverlap: boolean;
}

/** The cells of the file as the pipeline needs them. */
export interface ImportCells {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  rowNumbers: readonly number[];
}

/** Everything the analysis reads besides the file. */
export interface ImportContext {
  municipalitiesByYear: ReadonlyMap<number, readonly Municipality[]>;
  changes: readonly MunicipalChange[];
  /** Other names people write for municipalities (data/search_aliases.csv, the table the search uses). */
  aliases: readonly NameAlias[];
}

/** The user's choices in the dialog. */
export interface ImportChoices {
  mapping: ColumnMapping;
  municipalityKind: MunicipalityKind;
  /** Names the user resolved by hand: the name as written in the file -> code. */
  fixes: Readonly<Record<string, GmCode>>;
  metadata: ImportMetadata;
  fileName: string;
  /** The id of the layer, fixed by the caller (a new one, or the one a corrected file replaces). */
  layerId: string;
}

/** A name of the file that did not resolve to one municipality, with every row it is on. */
export interface UnresolvedName {
  name: string;
  rows: number[];
  match: Exclude<NameMatch, { kind: 'matched' }>;
}

/** A row of the file that resolved to a municipality and a region, before the round's overlap rule. */
interface FileRow {
  code: GmCode;
  regionId: string;
  regionName: string;
  subregionName: string;
  /** The row number in the file. */
  row: number;
  /** The municipality cell as written. */
  cell: string;
  /** The first row of its municipality. */
  primary: boolean;
}

/** The result: memberships, the layer record and the report. */
export interface ImportAnalysis {
  layer: Layer;
  memberships: Membership[];
  issues: ReportIssue[];
  errorCount: number;
  warningCount: number;
  unresolved: UnresolvedName[];
  regionCount: number;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'regio';

/** The index of a year's names, built once per municipality list (of one context, so one alias table). */
const indexes = new WeakMap<readonly Municipality[], NameIndex>();
function indexOf(municipalities: readonly Municipality[], context: ImportContext): NameIndex {
  let index = indexes.get(municipalities);
  if (!index) indexes.set(municipalities, (index = nameIndex(municipalities, context.aliases)));
  return index;
}

/** The code of a municipality of `fromYear` in `toYear`, following mergers (the largest piece). */
function followMergers(code: GmCode, fromYear: number, toYear: number, changes: readonly MunicipalChange[]): GmCode {
  let current = code;
  for (let year = fromYear; year < toYear; year++) {
    const pieces = changes.filter((c) => c.fromYear === year && c.fromCode === current);
    if (pieces.length) current = pieces.reduce((a, b) => (b.areaShare > a.areaShare ? b : a)).toCode;
  }
  return current;
}

/** How one cell of the municipality column resolves in a year. */
type Resolution = { code: GmCode; mergedFrom?: { code: GmCode; year: number } } | { unresolved: Exclude<NameMatch, { kind: 'matched' }> };

function resolve(cell: string, province: string, kind: MunicipalityKind, year: number, context: ImportContext, fixes: ImportChoices['fixes'], suggest: boolean): Resolution {
  const fixed = fixes[cell.trim()];
  if (fixed) return { code: fixed };
  const ofYear = context.municipalitiesByYear.get(year) ?? [];
  const codes = new Set(ofYear.map((m) => m.code));
  const tryYear = (y: number): GmCode | null => {
    const list = context.municipalitiesByYear.get(y) ?? [];
    if (kind === 'code') {
      const code = asGmCode(cell);
      return code && list.some((m) => m.code === code) ? code : null;
    }
    const m = matchName(cell, indexOf(list, context), province, false);
    return m.kind === 'matched' ? m.code : null;
  };
  const direct = tryYear(year);
  if (direct) return { code: direct };
  // A municipality of an earlier year that has since merged: follow it to its successor.
  for (const y of [...context.municipalitiesByYear.keys()].filter((y) => y < year).sort((a, b) => b - a)) {
    const earlier = tryYear(y);
    if (earlier) {
      const successor = followMergers(earlier, y, year, context.changes);
      if (codes.has(successor)) return { code: successor, mergedFrom: { code: earlier, year: y } };
    }
  }
  if (kind === 'code') return { unresolved: { kind: 'unknown', suggestions: [] } };
  const match = matchName(cell, indexOf(ofYear, context), province, suggest);
  return { unresolved: match.kind === 'matched' ? { kind: 'unknown', suggestions: [] } : match };
}

/**
 * Proposes the geometry year whose municipalities fit the file best: the most rows resolved
 * without following a merger, then the fewest white spots.
 */
export function proposeGeometryYear(cells: ImportCells, mapping: ColumnMapping, kind: MunicipalityKind, context: ImportContext): { year: number; resolved: Map<number, number> } {
  const resolved = new Map<number, number>();
  let best = { year: 0, score: -1, spots: Infinity };
  const column = mapping.municipality;
  for (const [year, municipalities] of context.municipalitiesByYear) {
    const index = indexOf(municipalities, context);
    const codes = new Set(municipalities.map((m) => m.code));
    const found = new Set<GmCode>();
    let score = 0;
    for (const row of cells.rows) {
      const cell = column === null ? '' : (row[column] ?? '');
      const province = mapping.province === null ? '' : (row[mapping.province] ?? '');
      const code = kind === 'code' ? asGmCode(cell) : null;
      const match = kind === 'code' ? (code && codes.has(code) ? code : null) : ((m) => (m.kind === 'matched' ? m.code : null))(matchName(cell, index, province, false));
      if (match) {
        score++;
        found.add(match);
      }
    }
    resolved.set(year, score);
    const spots = municipalities.length - found.size;
    if (score > best.score || (score === best.score && spots < best.spots)) best = { year, score, spots };
  }
  return { year: best.year, resolved };
}

/** Runs the import on the file's cells with the user's choices. */
export function analyseImport(cells: ImportCells, choices: ImportChoices, context: ImportContext): ImportAnalysis {
  const { mapping, metadata } = choices;
  const issues: ReportIssue[] = [];
  const issue = (severity: ReportIssue['severity'], kind: ReportIssue['kind'], row: number | null, message: string, values: ReportIssue['values'] = {}) =>
    issues.push({ severity, kind, row, message, values });
  const year = metadata.geometryYear;
  const ofYear = context.municipalitiesByYear.get(year) ?? [];
  const nameOf = new Map(ofYear.map((m) => [m.code, m.name]));
  const memberships: Membership[] = [];
  const unresolved = new Map<string, UnresolvedName>();
  const firstRowOf = new Map<string, number>();
  const placed: FileRow[] = [];
  const firstRowOfCode = new Map<GmCode, number>();

  if (mapping.municipality === null || mapping.region === null) {
    issue('error', 'file', 1, 'the municipality and region columns must be chosen');
  } else {
    cells.rows.forEach((row, i) => {
      const rowNumber = cells.rowNumbers[i];
      const cell = (row[mapping.municipality!] ?? '').trim();
      const regionName = (row[mapping.region!] ?? '').trim();
      if (!cell && !regionName) return;
      if (!cell) return issue('error', 'empty-cell', rowNumber, `row ${rowNumber}: empty municipality cell`, { column: cells.header[mapping.municipality!] });
      if (!regionName) return issue('error', 'empty-cell', rowNumber, `row ${rowNumber}: "${cell}" has an empty region cell`, { name: cell, column: cells.header[mapping.region!] });
      const province = mapping.province === null ? '' : (row[mapping.province] ?? '');
      // Suggestions for the first 100 unknown names only: a file of garbage must not take minutes.
      const resolution = resolve(cell, province, choices.municipalityKind, year, context, choices.fixes, unresolved.size < 100);
      if ('unresolved' in resolution) {
        const entry = unresolved.get(cell) ?? { name: cell, rows: [], match: resolution.unresolved };
        entry.rows.push(rowNumber);
        unresolved.set(cell, entry);
        return;
      }
      const { code } = resolution;
      if (resolution.mergedFrom) {
        issue('warning', 'followed-merger', rowNumber, `row ${rowNumber}: "${cell}" (${resolution.mergedFrom.code}, ${resolution.mergedFrom.year}) is part of ${nameOf.get(code)} (${code}) in ${year}`, {
          name: cell,
          code,
          successor: nameOf.get(code) ?? code,
          fromYear: resolution.mergedFrom.year,
        });
      }
      const regionCode = mapping.regionCode === null ? '' : (row[mapping.regionCode] ?? '').trim();
      const regionId = regionCode || slug(regionName);
      const subregionName = mapping.subregion === null ? '' : (row[mapping.subregion] ?? '').trim();
      const key = `${code}|${regionId}|${subregionName}`;
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) {
        return issue('warning', 'duplicate-row', rowNumber, `row ${rowNumber} repeats row ${earlier} (${cell}, ${regionName}); counted once`, { name: cell, earlier });
      }
      firstRowOf.set(key, rowNumber);
      const primary = !firstRowOfCode.has(code);
      if (primary) firstRowOfCode.set(code, rowNumber);
      placed.push({ code, regionId, regionName, subregionName, row: rowNumber, cell, primary });
    });
  }

  // Whether a municipality is in two regions, and which municipalities are in none, is read where
  // every layer's memberships are read (validate.ts); the file adds the row numbers.
  const found = membershipFindings(placed, new Set(ofYear.map((m) => m.code)));
  const firstRegionOf = new Map(found.inSeveralRegions.map((d) => [d.code, d.regionIds[0]]));
  for (const r of placed) {
    const firstRegion = firstRegionOf.get(r.code);
    if (firstRegion !== undefined && r.regionId !== firstRegion && !metadata.allowsOverlap) {
      const earlier = firstRowOfCode.get(r.code)!;
      const name = nameOf.get(r.code) ?? r.cell;
      issue('error', 'two-regions', r.row, `row ${r.row}: ${name} is also in another region on row ${earlier}; allowed only when the round has overlapping clusters`, { name, earlier });
      continue;
    }
    memberships.push({
      layerId: choices.layerId,
      code: r.code,
      regionId: r.regionId,
      regionName: r.regionName,
      ...(r.subregionName ? { subregionId: `${r.regionId}--${slug(r.subregionName)}`, subregionName: r.subregionName } : {}),
      primary: r.primary,
      source: { document: metadata.source || choices.fileName, section: `${choices.fileName}, rij ${r.row}` },
      confidence: metadata.confidence,
    });
  }

  for (const u of unresolved.values()) {
    const rows = u.rows.join(', ');
    if (u.match.kind === 'ambiguous') {
      issue('error', 'ambiguous-municipality', u.rows[0], `row ${rows}: "${u.name}" matches more than one municipality of ${year}`, { name: u.name, rows });
    } else {
      issue('error', 'unknown-municipality', u.rows[0], `row ${rows}: "${u.name}" is not a municipality of ${year}`, { name: u.name, rows });
    }
  }

  const spots = found.whiteSpots.map((code) => nameOf.get(code) ?? code);
  if (spots.length && memberships.length) {
    issue('warning', 'white-spot', null, `${spots.length} municipality(ies) of ${year} are in no region`, {
      n: spots.length,
      names: spots.slice(0, 12).join(', ') + (spots.length > 12 ? ', …' : ''),
    });
  }
  const membersOf = new Map<string, Membership[]>();
  for (const m of memberships) membersOf.set(m.regionId, [...(membersOf.get(m.regionId) ?? []), m]);
  for (const [, members] of membersOf) {
    if (members.length === 1) {
      const row = Number(members[0].source.section?.split('rij ')[1]) || null;
      issue('warning', 'single-member-region', row, `region "${members[0].regionName}" has one member`, { region: members[0].regionName });
    }
  }

  issues.sort((a, b) => (a.severity === b.severity ? (a.row ?? Infinity) - (b.row ?? Infinity) : a.severity === 'error' ? -1 : 1));
  const layer: Layer = {
    id: choices.layerId,
    kind: 'inventory',
    domain: metadata.domain,
    label: { nl: metadata.title, en: metadata.title },
    referenceDate: metadata.referenceDate,
    geometryYear: year,
    source: { document: metadata.source || choices.fileName, section: choices.fileName },
    membershipStatus: 'complete',
    membershipFile: null,
    expectedRegions: null,
    allowsOverlap: metadata.allowsOverlap,
    imported: true,
  };
  const errorCount = issues.filter((i) => i.severity === 'error').length;
  return { layer, memberships, issues, errorCount, warningCount: issues.length - errorCount, unresolved: [...unresolved.values()], regionCount: membersOf.size };
}

/** A new id for an imported layer, not taken by any existing one. */
export function newImportedLayerId(title: string, taken: ReadonlySet<string>): string {
  const base = `import-${slug(title)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Metadata problems that block saving (title, date, source). */
export function metadataProblems(metadata: ImportMetadata): ('title' | 'referenceDate' | 'source')[] {
  const problems: ('title' | 'referenceDate' | 'source')[] = [];
  if (!metadata.title.trim()) problems.push('title');
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(metadata.referenceDate)) problems.push('referenceDate');
  if (!metadata.source.trim()) problems.push('source');
  return problems;
}
