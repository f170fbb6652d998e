/**
 * The whole import without the dialog: bytes to a saved round, with the dialog's defaults (columns
 * and kind guessed, geometry year proposed). Used by the fuzz suite and anything that imports a
 * file unattended; every rejection names a row, and nothing is stored unless the round has no error.
 */
import { readImportFile } from './readFile.ts';
import { analyseImport, proposeGeometryYear, type ImportContext, type ImportMetadata } from '../../domain/import/analyse.ts';
import { guessMapping, guessMunicipalityKind } from '../../domain/import/columns.ts';
import type { ImportedRound, ReportIssue } from '../../domain/import/round.ts';

/** The outcome of one unattended import. */
export type ImportOutcome = { ok: true; round: ImportedRound } | { ok: false; row: number; reason: string; issues: ReportIssue[] };

/** Reads, analyses and (only without errors) saves a file. */
export async function runImport(
  bytes: Uint8Array,
  fileName: string,
  context: ImportContext,
  metadata: Omit<ImportMetadata, 'geometryYear'>,
  layerId: string,
  save: (round: ImportedRound) => Promise<void>,
): Promise<ImportOutcome> {
  const read = await readImportFile(bytes, fileName);
  if (!read.ok) return { ok: false, row: read.rejection.row, reason: read.rejection.reason, issues: [] };
  const { grid } = read;
  const mapping = guessMapping(grid.header);
  if (mapping.municipality === null || mapping.region === null) return { ok: false, row: 1, reason: 'columns', issues: [] };
  const kind = guessMunicipalityKind(grid.rows.map((r) => r[mapping.municipality!]));
  const year = proposeGeometryYear(grid, mapping, kind, context).year;
  const analysis = analyseImport(grid, { mapping, municipalityKind: kind, fixes: {}, metadata: { ...metadata, geometryYear: year }, fileName, layerId }, context);
  const firstError = analysis.issues.find((i) => i.severity === 'error');
  if (firstError) return { ok: false, row: firstError.row ?? 0, reason: firstError.kind, issues: analysis.issues };
  if (analysis.memberships.length === 0) return { ok: false, row: grid.rowNumbers[0] ?? 2, reason: 'no-memberships', issues: analysis.issues };
  const round: ImportedRound = { layer: analysis.layer, memberships: analysis.memberships, warnings: analysis.issues, fileName, importedAt: '1970-01-01T00:00:00.000Z' };
  await save(round);
  return { ok: true, round };
}
