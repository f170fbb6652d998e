/**
 * A small .xlsx reader: the first worksheet's cell texts, read with fflate (unzip, 8 KB, no eval,
 * no network) and a scanner for the three XML parts that matter (workbook, shared strings, sheet).
 * Loaded lazily, only when a spreadsheet is imported. Formulas are read as their cached values;
 * dates stay the numbers Excel stores (a membership file has no dates in cells).
 */
import { unzipSync, strFromU8 } from 'fflate';
import { MAX_FILE_BYTES, gridOf, type GridResult } from './grid.ts';

/** No part of a sheet may unpack to more than this (a zip bomb stops here). */
const MAX_PART_BYTES = 40 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character references and the five named entities. */
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e.toLowerCase()];
  });
}

/** The text of every <t> inside an element (a rich-text string has several runs). */
function textRuns(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1];
  return unescapeXml(out);
}

/** Column index (0-based) of a cell reference like `AB12`. */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.toUpperCase().charCodeAt(0) - 64);
  return n - 1;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Reads the first worksheet of an .xlsx file into a grid (header = its first non-empty row). */
export function readXlsxGrid(bytes: Uint8Array): GridResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, rejection: { reason: 'too-large', row: 1, detail: String(bytes.length) } };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => f.originalSize <= MAX_PART_BYTES && /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml)$/.test(f.name),
    });
  } catch (error) {
    return { ok: false, rejection: { reason: 'xlsx', row: 1, detail: (error as Error).message } };
  }
  const workbook = files['xl/workbook.xml'] && strFromU8(files['xl/workbook.xml']);
  if (!workbook) return { ok: false, rejection: { reason: 'xlsx', row: 1, detail: 'no xl/workbook.xml' } };
  const sheetTag = /<(?:\w+:)?sheet\s[^>]*>/.exec(workbook)?.[0];
  const sheetName = sheetTag ? unescapeXml(attribute(sheetTag, 'name') ?? '') : '';
  const relId = sheetTag ? attribute(sheetTag, 'r:id') : undefined;
  const rels = files['xl/_rels/workbook.xml.rels'] ? strFromU8(files['xl/_rels/workbook.xml.rels']) : '';
  const relTag = relId ? [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => m[0]).find((t) => attribute(t, 'Id') === relId) : undefined;
  const target = relTag ? attribute(relTag, 'Target')!.replace(/^\/?xl\//, '').replace(/^\//, '') : 'worksheets/sheet1.xml';
  const sheetBytes = files[`xl/${target}`];
  if (!sheetBytes) return { ok: false, rejection: { reason: 'xlsx', row: 1, detail: `no sheet ${target}` } };

  const shared: string[] = [];
  if (files['xl/sharedStrings.xml']) {
    for (const m of strFromU8(files['xl/sharedStrings.xml']).matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)) shared.push(textRuns(m[1]));
  }

  const records: string[][] = [];
  const rowNumbers: number[] = [];
  const sheet = strFromU8(sheetBytes);
  let nextRow = 1;
  for (const rowMatch of sheet.matchAll(/<(?:\w+:)?row(\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const r = Number(attribute(rowMatch[1] ?? '', 'r') ?? nextRow);
    nextRow = r + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cell of (rowMatch[2] ?? '').matchAll(/<(?:\w+:)?c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attrs = cell[1] ?? '';
      const ref = attribute(attrs, 'r');
      const column = ref ? columnOf(ref) : nextColumn;
      nextColumn = column + 1;
      const type = attribute(attrs, 't');
      const inner = cell[2] ?? '';
      const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
      let value: string;
      if (type === 's') value = v !== undefined ? (shared[Number(v)] ?? '') : '';
      else if (type === 'inlineStr') value = textRuns(inner);
      else if (type === 'b') value = v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : '';
      else value = v !== undefined ? unescapeXml(v) : '';
      if (column > 16_384) return { ok: false, rejection: { reason: 'xlsx', row: r, detail: `cell ${ref}` } };
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    records.push(cells);
    rowNumbers.push(r);
  }
  return gridOf(records, rowNumbers, { kind: 'xlsx', sheet: sheetName });
}
