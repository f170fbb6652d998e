/**
 * The "Ronde importeren" dialog: a modal with a focus trap (Tab stays inside, Escape closes, focus
 * returns to where it was), file pick or drop, columns, names, metadata, the report, a preview on
 * the map and save. Nothing is saved or changed until Save succeeds.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { metadataProblems } from '../../domain/import/analyse.ts';
import { closeImport, previewRound, saveRound } from '../../state/importActions.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { ColumnStep, MetadataStep, NamesStep, ReportStep } from './ImportSteps.tsx';
import { useImportDraft } from './useImportDraft.ts';
import './import.css';
import './dialogTexts.ts';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [href], [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside the dialog. */
function trapFocus(event: KeyboardEvent<HTMLElement>, box: HTMLElement | null) {
  if (event.key !== 'Tab' || !box) return;
  const items = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
  if (items.length === 0) return;
  const first = items[0];
  const last = items[items.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** The dialog; `replaceId` names the round a corrected file replaces. */
export function ImportDialog({ replaceId }: { replaceId: string | null }) {
  const { t, lang } = useT();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);
  const draft = useImportDraft(replaceId);
  const [dragging, setDragging] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    opener.current = document.activeElement;
    box.current?.querySelector<HTMLElement>('h2')?.focus();
    return () => (opener.current as HTMLElement | null)?.focus?.();
  }, []);

  const { analysis } = draft;
  const canSave = !!analysis && analysis.errorCount === 0 && analysis.memberships.length > 0 && metadataProblems(draft.metadata).length === 0 && !saving;
  const round = () => ({
    layer: analysis!.layer,
    memberships: analysis!.memberships,
    warnings: analysis!.issues.filter((i) => i.severity === 'warning'),
    fileName: draft.fileName,
    importedAt: new Date().toISOString(),
  });
  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      await saveRound(round());
    } catch (error) {
      setSaveError((error as Error).message);
      setSaving(false);
    }
  };
  const rejection = draft.rejection;

  return (
    <div className="import-backdrop">
      <div
        ref={box}
        className="import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        data-testid="import-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            closeImport();
          }
          trapFocus(e, box.current);
        }}
      >
        <div className="import-head">
          <h2 id={`${id}-title`} tabIndex={-1}>
            {draft.replacing ? t('import.replaceTitle', { title: draft.replacing.layer.label[lang] }) : t('import.title')}
          </h2>
          <button type="button" onClick={closeImport} aria-label={t('import.close')}>
            ×
          </button>
        </div>
        <p className="small">{t('import.intro')}</p>
        {draft.contextError && (
          <p role="alert" className="notice">
            {draft.contextError}
          </p>
        )}
        <div
          className={dragging ? 'import-drop dragging' : 'import-drop'}
          data-testid="import-drop"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer.files[0];
            if (file) void draft.readFile(file);
          }}
        >
          <label htmlFor={`${id}-file`}>{t('import.file')}</label>{' '}
          <input
            id={`${id}-file`}
            type="file"
            data-testid="import-file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void draft.readFile(file);
            }}
          />{' '}
          <span className="muted small">{t('import.drop')}</span>
        </div>
        <div aria-live="polite">
          {draft.reading && <p role="status">{t('import.reading')}</p>}
          {rejection && (
            <p role="alert" className="notice" data-testid="import-rejection" data-row={rejection.row}>
              {draft.fileName}: {t(`file.${rejection.reason}` as MessageKey, { row: rejection.row, detail: rejection.detail })}
            </p>
          )}
          {draft.grid && (
            <p className="small" data-testid="import-read">
              {t('import.read', { file: draft.fileName, rows: draft.grid.rows.length, format: draft.grid.format.kind === 'csv' ? `CSV "${draft.grid.format.separator === '\t' ? 'tab' : draft.grid.format.separator}", ${draft.grid.format.encoding}` : `xlsx, ${draft.grid.format.sheet}` })}
            </p>
          )}
        </div>
        <ColumnStep draft={draft} />
        <NamesStep draft={draft} />
        {draft.grid && <MetadataStep draft={draft} />}
        <ReportStep draft={draft} />
        {saveError && (
          <p role="alert" className="notice" data-testid="save-error">
            {t('import.saveFailed', { message: saveError })}
          </p>
        )}
        <div className="import-actions">
          <button type="button" disabled={!analysis || analysis.memberships.length === 0} onClick={() => previewRound(round())} data-testid="import-preview">
            {t('import.preview')}
          </button>
          <button type="button" disabled={!canSave} onClick={() => void save()} data-testid="import-save">
            {saving ? t('import.saving') : t('import.save')}
          </button>
          <button type="button" onClick={closeImport} data-testid="import-cancel">
            {t('import.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
