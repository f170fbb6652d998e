/** A region's members with CBS code and population, and their CSV export with the sources in its header. */
import type { LayerView, MemberView, RegionView } from '../../domain/layerView.ts';
import type { CsvColumn } from '../../domain/export/tableCsv.ts';
import { selectMunicipality } from '../../state/actions.ts';
import { useT } from '../../i18n/useT.ts';
import { CsvButtons } from '../analysis/CsvButtons.tsx';
import { csvPreamble } from '../csvPreamble.ts';

/** The member table of a region page. */
export function RegionMemberTable({ view, region }: { view: LayerView; region: RegionView }) {
  const { t, n, lang } = useT();
  const unknown = t('populationUnknown');
  const columns: CsvColumn<MemberView>[] = [
    { header: t('col_code'), value: (m) => m.code },
    { header: t('col_name'), value: (m) => m.name },
    { header: t('col_population'), value: (m) => m.population },
    { header: t('col_primary'), value: (m) => t(m.primary ? 'yes' : 'no') },
    { header: t('col_subregion'), value: (m) => m.subregionName ?? '' },
    { header: t('col_confidence'), value: (m) => t(`confidence.${m.confidence}`) },
  ];
  const title = t('csvMembersTitle', { region: region.name, layer: view.layer.label[lang] });
  const memberSources = region.members.flatMap((m) => (view.membershipsOf.get(m.code) ?? []).filter((x) => x.regionId === region.id).map((x) => x.source));
  const sources = [view.layer.source, ...memberSources, { document: 'cbs-population' }];
  return (
    <>
      <table className="members" data-testid="region-members">
        <caption>
          {t('members')} ({n(region.members.length)}){view.populationYear ? ` · ${t('populationOn', { year: view.populationYear })}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('code')}</th>
            <th scope="col">{t('municipality')}</th>
            <th scope="col" className="num">
              {t('population')}
            </th>
          </tr>
        </thead>
        <tbody>
          {region.members.map((m) => (
            <tr key={`${m.code}-${m.subregionName ?? ''}`}>
              <td>{m.code}</td>
              <td>
                <button type="button" className="link" onClick={() => selectMunicipality(m.code)}>
                  {m.name}
                </button>
                {!m.primary && <span className="muted"> ({t('alsoIn').toLowerCase()})</span>}
              </td>
              <td className="num">{m.population === null ? unknown : n(m.population)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('total')}
            </th>
            <td className="num">{region.population === null ? unknown : n(region.population)}</td>
          </tr>
        </tfoot>
      </table>
      <CsvButtons tableId={`region-${region.id}`} title={title} columns={columns} rows={region.members} preamble={csvPreamble(lang, title, sources)} />
    </>
  );
}
