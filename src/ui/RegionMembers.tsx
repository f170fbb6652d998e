/**
 * A region's member municipalities with population, as a table: in the side panel, and on the region
 * page with their CBS codes and its CSV export (region/RegionMembersCsv.tsx, which comes with the
 * region page's chunk, so that the citations stay out of the first load).
 */
import type { ReactNode } from 'react';
import type { LayerView, RegionView } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';
import { selectMunicipality } from '../state/actions.ts';
import { useT } from '../i18n/useT.ts';
import { PopulationYearNote } from './PopulationYearNote.tsx';

interface Props {
  view: LayerView;
  region: RegionView;
  /** The selected municipality, marked as the current row. */
  selected?: GmCode | null;
  /** The region page's table: with a CBS code column. */
  onRegionPage?: boolean;
  /** Shown right under the table (the region page's CSV buttons). */
  exports?: ReactNode;
}

/** Members in the order of the region; additional (non-primary) members and subregions are marked. */
export function RegionMembers({ view, region, selected = null, onRegionPage = false, exports }: Props) {
  const { t, n } = useT();
  const unknown = t('populationUnknown');
  return (
    <>
      <table className="members" data-testid={onRegionPage ? 'region-members' : 'members'}>
        <caption>
          {t('members')} ({n(region.members.length)}){view.populationYear ? ` · ${t('populationOn', { year: view.populationYear })}` : ''}
        </caption>
        <thead>
          <tr>
            {onRegionPage && <th scope="col">{t('code')}</th>}
            <th scope="col">{t('municipality')}</th>
            <th scope="col" className="num">
              {t('population')}
            </th>
          </tr>
        </thead>
        <tbody>
          {region.members.map((m) => (
            <tr key={`${m.code}-${m.subregionName ?? ''}`} aria-current={m.code === selected ? 'true' : undefined}>
              {onRegionPage && <td>{m.code}</td>}
              <td>
                <button type="button" className="link" onClick={() => selectMunicipality(m.code)}>
                  {m.name}
                </button>
                {!m.primary && <span className="muted"> ({t('alsoIn').toLowerCase()})</span>}
                {m.subregionName && <span className="muted"> · {m.subregionName}</span>}
              </td>
              <td className="num">
                {m.population !== null && view.populationEstimated.has(m.code) && <abbr title={t('population.estimated')}>{t('population.estimatedMark')} </abbr>}
                {m.population === null ? unknown : n(m.population)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={onRegionPage ? 2 : undefined}>
              {t('total')}
            </th>
            <td className="num" data-testid="region-population">
              {region.population === null ? unknown : n(region.population)}
            </td>
          </tr>
        </tfoot>
      </table>
      {exports}
      <PopulationYearNote view={view} />
    </>
  );
}
