/** The imported rounds in the side panel: show, rename, replace with a corrected file, export, delete. */
import { useId, useState } from 'react';
import { importedRounds } from '../../data/layerRegistry.ts';
import { loadTopology } from '../../data/repository.ts';
import { municipalitiesOf } from '../../data/topology.ts';
import { roundToCsv } from '../../domain/import/exportRound.ts';
import type { ImportedRound } from '../../domain/import/round.ts';
import { selectLayer } from '../../state/actions.ts';
import { deleteRound, openImport, PREVIEW_LAYER_ID, renameRound } from '../../state/importActions.ts';
import { useLayers } from '../../state/useLoad.ts';
import { useT } from '../../i18n/useT.ts';
import { exportWorkspace, importWorkspace } from '../../state/workspaceActions.ts';

/** Downloads a text as a file. */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function exportRound(round: ImportedRound) {
  const names = new Map(municipalitiesOf(await loadTopology(round.layer.geometryYear)).map((m) => [m.code, m.name]));
  download(roundToCsv(round, names), `${round.layer.id}.csv`, 'text/csv;charset=utf-8');
}

function RoundItem({ round }: { round: ImportedRound }) {
  const { t, lang } = useT();
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(round.layer.label[lang]);
  const title = round.layer.label[lang];
  return (
    <li data-testid="imported-round" data-layer={round.layer.id}>
      <button type="button" className="link" onClick={() => selectLayer(round.layer.id)}>
        {title}
      </button>
      <p className="small muted">
        {t('imported.from', { file: round.fileName, date: round.importedAt.slice(0, 10) })}
        {round.warnings.length > 0 && <> · {t('imported.warnings', { n: round.warnings.length })}</>}
      </p>
      {renaming ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void renameRound(round.layer.id, name).then(() => setRenaming(false));
          }}
        >
          <label htmlFor={id}>{t('imported.newName', { title })}</label> <input id={id} value={name} onChange={(e) => setName(e.target.value)} data-testid="rename-input" />{' '}
          <button type="submit">{t('imported.rename')}</button>
        </form>
      ) : (
        <div className="buttons">
          <button type="button" onClick={() => setRenaming(true)} data-testid="rename-round">
            {t('imported.rename')}
          </button>
          <button type="button" onClick={() => openImport(round.layer.id)} data-testid="replace-round">
            {t('imported.replace')}
          </button>
          <button type="button" onClick={() => void exportRound(round)} data-testid="export-round">
            {t('imported.export')}
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t('imported.confirmDelete', { title }))) void deleteRound(round.layer.id);
            }}
            data-testid="delete-round"
          >
            {t('imported.delete')}
          </button>
        </div>
      )}
    </li>
  );
}

/** The list, with the import button. */
export function ImportedRounds() {
  const { t } = useT();
  useLayers();
  const rounds = importedRounds().filter((r) => r.layer.id !== PREVIEW_LAYER_ID);
  return (
    <section className="imported-rounds" aria-labelledby="imported-title" data-testid="imported-rounds">
      <h2 id="imported-title">{t('imported.title')}</h2>
      {rounds.length === 0 ? <p className="muted small">{t('imported.none')}</p> : <ul>{rounds.map((r) => <RoundItem key={r.layer.id} round={r} />)}</ul>}
      <div className="buttons">
        <button type="button" onClick={() => openImport()} data-testid="open-import-panel">
          {t('import.open')}
        </button>
        <button type="button" onClick={() => void exportWorkspace().then((text) => download(text, 'regioscoop-werkruimte.json', 'application/json'))} data-testid="export-workspace">
          {t('workspace.export')}
        </button>
        <label className="file-button">
          {t('workspace.import')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-workspace"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then(importWorkspace);
              e.target.value = '';
            }}
          />
        </label>
      </div>
    </section>
  );
}
