/** The two CSV export buttons of a table: comma (international) and semicolon (Dutch Excel). */
import { useState } from 'react';
import type { CsvColumn, CsvVariant } from '../../domain/export/tableCsv.ts';
import { useT } from '../../i18n/useT.ts';
import { downloadCsv } from './csvDownload.ts';
// The Dutch texts of the analysis keys come with this chunk.
import '../../i18n/messages.analysisTexts.ts';

/** What a CSV file holds: the columns, every row, and the lines above the table (title and cited sources). */
export interface CsvTable<R> {
  columns: readonly CsvColumn<R>[];
  rows: readonly R[];
  preamble?: readonly string[];
}

/** A table at hand, or one built when a button is pressed (its files are loaded only then). */
type Props<R> = { tableId: string; title: string } & (CsvTable<R> | { prepare: () => Promise<CsvTable<R>> });

/** Export buttons; the file holds every row, in the table's current order. */
export function CsvButtons<R>(props: Props<R>) {
  const { tableId, title } = props;
  const { t } = useT();
  const [busy, setBusy] = useState<CsvVariant | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (variant: CsvVariant) => {
    if (!('prepare' in props)) return downloadCsv(tableId, props.columns, props.rows, variant, props.preamble);
    setBusy(variant);
    setError(null);
    try {
      const table = await props.prepare();
      downloadCsv(tableId, table.columns, table.rows, variant, table.preamble);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const button = (variant: CsvVariant, label: string) => (
    <button type="button" data-testid={`csv-${variant}-${tableId}`} aria-busy={busy === variant} disabled={busy !== null} onClick={() => void save(variant)}>
      {busy === variant ? t('loading') : label}
    </button>
  );
  return (
    <>
      <div className="csv-buttons" role="group" aria-label={t('analysis.csvLabel', { title })}>
        {button('comma', t('analysis.csvComma'))}
        {button('semicolon', t('analysis.csvSemicolon'))}
      </div>
      {error && (
        <p role="alert" data-testid={`csv-error-${tableId}`}>
          {t('errorTitle')}: {error}
        </p>
      )}
    </>
  );
}
