/** The map's twin: every municipality with its region, sortable, operable by keyboard. */
import { useMemo, useState } from 'react';
import { municipalityRows, type LayerView, type MunicipalityRow } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';
import { selectMunicipality } from '../state/actions.ts';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { CsvColumn } from '../domain/export/tableCsv.ts';
import { CsvButtons } from './analysis/CsvButtons.tsx';
import { csvPreamble } from './csvPreamble.ts';

type SortKey = 'name' | 'code' | 'region' | 'population' | 'confidence';
const COLUMNS: { key: SortKey; label: MessageKey; numeric?: boolean }[] = [
  { key: 'name', label: 'municipality' },
  { key: 'code', label: 'code' },
  { key: 'region', label: 'region' },
  { key: 'population', label: 'population', numeric: true },
  { key: 'confidence', label: 'confidence' },
];

const rowsCache = new WeakMap<LayerView, MunicipalityRow[]>();

function compare(key: SortKey) {
  return (a: MunicipalityRow, b: MunicipalityRow): number => {
    switch (key) {
      case 'code':
        return a.code.localeCompare(b.code);
      case 'region':
        return (a.regionNames[0] ?? '').localeCompare(b.regionNames[0] ?? '', 'nl') || a.name.localeCompare(b.name, 'nl');
      case 'population':
        return (a.population ?? -1) - (b.population ?? -1);
      case 'confidence':
        return (a.confidence ?? '').localeCompare(b.confidence ?? '') || a.name.localeCompare(b.name, 'nl');
      default:
        return a.name.localeCompare(b.name, 'nl');
    }
  };
}

/** A sortable table of the municipalities of the shown layer; a row's button selects it. */
export function MunicipalityTable({ view, selected }: { view: LayerView; selected: GmCode | null }) {
  const { t, n, lang } = useT();
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'name', ascending: true });
  const rows = useMemo(() => {
    let base = rowsCache.get(view);
    if (!base) rowsCache.set(view, (base = municipalityRows(view)));
    const sorted = [...base].sort(compare(sort.key));
    return sort.ascending ? sorted : sorted.reverse();
  }, [view, sort]);
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
    <CsvButtons tableId={`gemeenten-${view.layer.id}`} title={title} columns={csvColumns} rows={rows} preamble={csvPreamble(lang, title, sources, [t('csvGeometry', { year: view.layer.geometryYear })])} />
    <table className="data-table" data-testid="municipality-table">
      <caption>
        {t('tableTitle')} · {view.layer.label[lang]}
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
              <button type="button" onClick={() => setSort((s) => ({ key: c.key, ascending: s.key === c.key ? !s.ascending : true }))}>
                {t(c.label)}
                <span aria-hidden="true">{sort.key === c.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code} aria-selected={r.code === selected}>
            <td>
              <button type="button" className="link" onClick={() => selectMunicipality(r.code)}>
                {r.name}
              </button>
            </td>
            <td>{r.code}</td>
            <td>{r.regionNames.length ? r.regionNames.join('; ') : '—'}</td>
            <td className="num">{r.population === null ? t('populationUnknown') : n(r.population)}</td>
            <td>{r.confidence ? t(`confidence.${r.confidence}`) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </>
  );
}
