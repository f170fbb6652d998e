/**
 * The state of the import dialog: the file's grid, the user's choices, and the analysis run again
 * on every change (pure; a few hundred rows take milliseconds).
 */
import { useEffect, useMemo, useState } from 'react';
import { readInWorker } from '../../data/import/readInWorker.ts';
import type { GridRejection, ImportGrid } from '../../data/import/grid.ts';
import { importedRound, layers } from '../../data/layerRegistry.ts';
import { analyseImport, newImportedLayerId, proposeGeometryYear, type ImportContext, type ImportMetadata } from '../../domain/import/analyse.ts';
import { guessMapping, guessMunicipalityKind, type ColumnMapping, type MunicipalityKind } from '../../domain/import/columns.ts';
import type { GmCode } from '../../domain/types.ts';
import { loadImportContext } from '../../state/importActions.ts';

const EMPTY_METADATA: ImportMetadata = { title: '', domain: 'jeugd', referenceDate: '', geometryYear: 2013, source: '', confidence: 'text', allowsOverlap: false };

/** Everything the dialog shows and changes. */
export function useImportDraft(replaceId: string | null) {
  const replacing = replaceId ? importedRound(replaceId) : undefined;
  const [context, setContext] = useState<ImportContext | null>(null);
  const [contextError, setContextError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [fileName, setFileName] = useState('');
  const [grid, setGrid] = useState<ImportGrid | null>(null);
  const [rejection, setRejection] = useState<GridRejection | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [kind, setKind] = useState<MunicipalityKind>('name');
  const [fixes, setFixes] = useState<Record<string, GmCode>>({});
  const [proposal, setProposal] = useState<{ year: number; resolved: Map<number, number> } | null>(null);
  const [metadata, setMetadata] = useState<ImportMetadata>(() =>
    replacing
      ? {
          title: replacing.layer.label.nl,
          domain: replacing.layer.domain as ImportMetadata['domain'],
          referenceDate: replacing.layer.referenceDate,
          geometryYear: replacing.layer.geometryYear,
          source: replacing.layer.source.document,
          confidence: replacing.memberships[0]?.confidence ?? 'text',
          allowsOverlap: replacing.layer.allowsOverlap,
        }
      : EMPTY_METADATA,
  );

  useEffect(() => {
    loadImportContext().then(setContext, (error: Error) => setContextError(error.message));
  }, []);

  /** Reads a picked or dropped file (in a worker) and guesses columns, kind and year. */
  async function readFile(file: File) {
    setReading(true);
    setFileName(file.name);
    setGrid(null);
    setRejection(null);
    setFixes({});
    const result = await readInWorker(file);
    setReading(false);
    if (!result.ok) return setRejection(result.rejection);
    const guessed = guessMapping(result.grid.header);
    const guessedKind = guessed.municipality === null ? 'name' : guessMunicipalityKind(result.grid.rows.map((r) => r[guessed.municipality!]));
    setGrid(result.grid);
    setMapping(guessed);
    setKind(guessedKind);
    if (context) {
      const proposed = proposeGeometryYear(result.grid, guessed, guessedKind, context);
      setProposal(proposed);
      setMetadata((m) => ({ ...m, geometryYear: proposed.year, title: m.title || file.name.replace(/\.[^.]+$/, '') }));
    }
  }

  const layerId = useMemo(() => replaceId ?? newImportedLayerId(metadata.title || fileName || 'ronde', new Set(layers.map((l) => l.id))), [replaceId, metadata.title, fileName]);
  const analysis = useMemo(
    () => (grid && mapping && context ? analyseImport(grid, { mapping, municipalityKind: kind, fixes, metadata, fileName, layerId }, context) : null),
    [grid, mapping, kind, fixes, metadata, fileName, layerId, context],
  );

  return {
    replacing,
    context,
    contextError,
    reading,
    fileName,
    grid,
    rejection,
    mapping,
    setMapping,
    kind,
    setKind,
    fixes,
    fix: (name: string, code: GmCode | '') =>
      setFixes((f) => {
        const next = { ...f };
        if (code) next[name] = code;
        else delete next[name];
        return next;
      }),
    proposal,
    metadata,
    setMetadata,
    analysis,
    readFile,
  };
}

/** The draft as the dialog's parts receive it. */
export type ImportDraft = ReturnType<typeof useImportDraft>;
