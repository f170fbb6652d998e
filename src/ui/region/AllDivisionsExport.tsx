/**
 * The wide export "alle indelingen per gemeente" of a geometry year, with a header block citing
 * every source. The year's membership files (some 20) are loaded when a button is pressed, not
 * when the page opens: reading them all would hold up the first map for an export few people make.
 */
import { loadTopology } from '../../data/repository.ts';
import { municipalitiesOf } from '../../data/topology.ts';
import { allDivisionsColumns, allDivisionsRows, exportedLayers, exportedSources } from '../../domain/export/allDivisions.ts';
import { loadYearMemberships } from '../../state/exploreData.ts';
import { useT } from '../../i18n/useT.ts';
import { CsvButtons } from '../analysis/CsvButtons.tsx';
import { csvPreamble } from '../csvPreamble.ts';

/** CSV buttons for every division of the year per municipality. */
export function AllDivisionsExport({ year }: { year: number }) {
  const { t, lang } = useT();
  const title = t('csvAllTitle', { year });

  const prepare = async () => {
    const [layers, topology] = await Promise.all([loadYearMemberships(year), loadTopology(year)]);
    const exported = exportedLayers(year, layers);
    const columns = allDivisionsColumns(exported, {
      code: t('col_code'),
      name: t('col_name'),
      layer: (layer, part) => `${layer.label[lang]} – ${t(part === 'code' ? 'col_region_code' : 'col_region')}`,
    });
    const preamble = csvPreamble(lang, title, [...exportedSources(exported), { document: 'cbs-geometry' }], [t('csvGeometry', { year })]);
    return { columns, rows: allDivisionsRows(municipalitiesOf(topology), exported), preamble };
  };

  return (
    <div className="all-divisions" data-testid="all-divisions">
      <h3>{t('exportAllDivisions')}</h3>
      <p className="muted small">{t('exportAllDivisionsHint', { year })}</p>
      <CsvButtons tableId={`alle-indelingen-${year}`} title={title} prepare={prepare} />
    </div>
  );
}
