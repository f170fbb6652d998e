/** The two CSV export buttons of a table: comma (international) and semicolon (Dutch Excel). */
import type { CsvColumn } from '../../domain/export/tableCsv.ts';
import { useT } from '../../i18n/useT.ts';
import { downloadCsv } from './csvDownload.ts';

interface Props<R> {
  tableId: string;
  title: string;
  columns: readonly CsvColumn<R>[];
  rows: readonly R[];
  /** Lines above the table in the file: title and cited sources. */
  preamble?: readonly string[];
}

/** Export buttons; the file holds every row, in the table's current order. */
export function CsvButtons<R>({ tableId, title, columns, rows, preamble = [] }: Props<R>) {
  const { t } = useT();
  return (
    <div className="csv-buttons" role="group" aria-label={t('analysis.csvLabel', { title })}>
      <button type="button" data-testid={`csv-comma-${tableId}`} onClick={() => downloadCsv(tableId, columns, rows, 'comma', preamble)}>
        {t('analysis.csvComma')}
      </button>
      <button type="button" data-testid={`csv-semicolon-${tableId}`} onClick={() => downloadCsv(tableId, columns, rows, 'semicolon', preamble)}>
        {t('analysis.csvSemicolon')}
      </button>
    </div>
  );
}
