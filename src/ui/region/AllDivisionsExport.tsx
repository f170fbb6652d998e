/**
 * The wide export "alle indelingen per gemeente" of a geometry year, with a header block citing
 * every source. The year's membership files (some 20) are loaded when a button is pressed, not
 * when the page opens: reading them all would hold up the first map for an export few people make.
 */
import { useState } from 'react';
import { loadTopology } from '../../data/repository.ts';
import { municipalitiesOf } from '../../data/topology.ts';
import { allDivisionsColumns, allDivisionsRows, exportedLayers, exportedSources } from '../../domain/export/allDivisions.ts';
import type { CsvVariant } from '../../domain/export/tableCsv.ts';
import { loadYearMemberships } from '../../state/exploreData.ts';
import { useT } from '../../i18n/useT.ts';
import { downloadCsv } from '../analysis/csvDownload.ts';
import { csvPreamble } from '../csvPreamble.ts';

/** CSV buttons for every division of the year per municipality. */
export function AllDivisionsExport({ year }: { year: number }) {
  const { t, lang } = useT();
  const [state, setState] = useState<{ busy: CsvVariant | null; error: string | null }>({ busy: null, error: null });
  const tableId = `alle-indelingen-${year}`;

  const download = async (variant: CsvVariant) => {
    setState({ busy: variant, error: null });
    try {
      const [layers, topology] = await Promise.all([loadYearMemberships(year), loadTopology(year)]);
      const exported = exportedLayers(year, layers);
      const rows = allDivisionsRows(municipalitiesOf(topology), exported);
      const columns = allDivisionsColumns(exported, {
        code: t('col_code'),
        name: t('col_name'),
        layer: (layer, part) => `${layer.label[lang]} – ${t(part === 'code' ? 'col_region_code' : 'col_region')}`,
      });
      const title = t('csvAllTitle', { year });
      const preamble = csvPreamble(lang, title, [...exportedSources(exported), { document: 'cbs-geometry' }], [t('csvGeometry', { year })]);
      downloadCsv(tableId, columns, rows, variant, preamble);
      setState({ busy: null, error: null });
    } catch (error) {
      setState({ busy: null, error: (error as Error).message });
    }
  };

  const button = (variant: CsvVariant, label: string) => (
    <button type="button" data-testid={`csv-${variant}-${tableId}`} aria-busy={state.busy === variant} disabled={state.busy !== null} onClick={() => void download(variant)}>
      {state.busy === variant ? t('loading') : label}
    </button>
  );
  return (
    <div className="all-divisions" data-testid="all-divisions">
      <h3>{t('exportAllDivisions')}</h3>
      <p className="muted small">{t('exportAllDivisionsHint', { year })}</p>
      <div className="csv-buttons" role="group" aria-label={t('analysis.csvLabel', { title: t('csvAllTitle', { year }) })}>
        {button('comma', t('analysis.csvComma'))}
        {button('semicolon', t('analysis.csvSemicolon'))}
      </div>
      {state.error && (
        <p role="alert" data-testid="all-divisions-error">
          {t('errorTitle')}: {state.error}
        </p>
      )}
    </div>
  );
}
