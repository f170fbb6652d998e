/** The wide export "alle indelingen per gemeente" of a geometry year, with a header block citing every source. */
import { useMemo } from 'react';
import { loadTopology } from '../../data/repository.ts';
import { municipalitiesOf } from '../../data/topology.ts';
import { allDivisionsColumns, allDivisionsRows, exportedLayers, exportedSources } from '../../domain/export/allDivisions.ts';
import { useLoaded } from '../../state/useLoad.ts';
import { loadYearMemberships } from '../../state/exploreData.ts';
import { useT } from '../../i18n/useT.ts';
import { CsvButtons } from '../analysis/CsvButtons.tsx';
import { csvPreamble } from '../csvPreamble.ts';

const loadYear = (year: number) => Promise.all([loadYearMemberships(year), loadTopology(year)]);

/** CSV buttons for every division of the year per municipality. */
export function AllDivisionsExport({ year }: { year: number }) {
  const { t, lang } = useT();
  const loaded = useLoaded(`all-divisions-${year}`, () => loadYear(year));
  const table = useMemo(() => {
    if (loaded.state !== 'ready') return null;
    const [layers, topology] = loaded.value;
    const exported = exportedLayers(year, layers);
    const rows = allDivisionsRows(municipalitiesOf(topology), exported);
    const columns = allDivisionsColumns(exported, {
      code: t('col_code'),
      name: t('col_name'),
      layer: (layer, part) => `${layer.label[lang]} – ${t(part === 'code' ? 'col_region_code' : 'col_region')}`,
    });
    const title = t('csvAllTitle', { year });
    return { rows, columns, title, preamble: csvPreamble(lang, title, [...exportedSources(exported), { document: 'cbs-geometry' }], [t('csvGeometry', { year })]) };
    // t is a function of lang.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, year, lang]);
  return (
    <div className="all-divisions" data-testid="all-divisions">
      <h3>{t('exportAllDivisions')}</h3>
      <p className="muted small">{t('exportAllDivisionsHint', { year })}</p>
      {loaded.state === 'error' && <p role="alert">{loaded.message}</p>}
      {table && <CsvButtons tableId={`alle-indelingen-${year}`} title={table.title} columns={table.columns} rows={table.rows} preamble={table.preamble} />}
    </div>
  );
}
