/** The map's twin: every municipality with its region, sortable, operable by keyboard. */
import { useMemo } from 'react';
import { municipalityRows, type LayerView, type MunicipalityRow } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';
import { selectMunicipality } from '../state/actions.ts';
import { useT } from '../i18n/useT.ts';
import type { CsvColumn } from '../domain/export/tableCsv.ts';
import type { Column } from '../charts/tableColumn.ts';
import { csvPreamble } from './csvPreamble.ts';
import { SortableTable } from './SortableTable.tsx';
import { PopulationYearNote } from './PopulationYearNote.tsx';

const rowsCache = new WeakMap<LayerView, MunicipalityRow[]>();

/** A sortable table of the municipalities of the shown layer, by name at first; a row's button selects it. */
export function MunicipalityTable({ view, selected }: { view: LayerView; selected: GmCode | null }) {
  const { t, n, lang } = useT();
  const rows = useMemo(() => {
    let base = rowsCache.get(view);
    if (!base) rowsCache.set(view, (base = municipalityRows(view)));
    return base;
  }, [view]);
  const columns = useMemo((): Column<MunicipalityRow>[] => {
    const confidence = (r: MunicipalityRow) => (r.confidence ? t(`confidence.${r.confidence}`) : '');
    return [
      { id: 'name', label: t('municipality'), value: (r) => r.name },
      { id: 'code', label: t('code'), value: (r) => r.code },
      { id: 'region', label: t('region'), value: (r) => r.regionNames.join('; '), render: (r) => r.regionNames.join('; ') || '—' },
      { id: 'population', label: t('population'), numeric: true, value: (r) => r.population, render: (r) => (r.population === null ? t('populationUnknown') : n(r.population)) },
      { id: 'confidence', label: t('confidence'), value: confidence, render: (r) => confidence(r) || '—' },
    ];
  }, [t, n]);
  const regionCodes = (code: GmCode) => (view.membershipsOf.get(code) ?? []).map((m) => m.regionId).join('; ');
  const csvColumns: CsvColumn<MunicipalityRow>[] = [
    { header: t('col_code'), value: (r) => r.code },
    { header: t('col_name'), value: (r) => r.name },
    { header: t('col_region_code'), value: (r) => regionCodes(r.code) },
    { header: t('col_region'), value: (r) => r.regionNames.join('; ') },
    { header: t('col_population'), value: (r) => r.population },
    { header: t('col_confidence'), value: (r) => (r.confidence ? t(`confidence.${r.confidence}`) : '') },
  ];
  const title = t('csvTableTitle', { layer: view.layer.label[lang] });
  const sources = [view.layer.source, ...[...view.membershipsOf.values()].flat().map((m) => m.source), { document: 'cbs-population' }];
  return (
    <>
      <SortableTable
        tableId={`gemeenten-${view.layer.id}`}
        testId="municipality-table"
        caption={`${t('tableTitle')} · ${view.layer.label[lang]}`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        selectedKey={selected}
        onSelect={(r) => selectMunicipality(r.code)}
        initialSort={{ id: 'name', ascending: true }}
        csvColumns={csvColumns}
        preamble={csvPreamble(lang, title, sources, [t('csvGeometry', { year: view.layer.geometryYear })])}
      />
      <PopulationYearNote view={view} />
    </>
  );
}
