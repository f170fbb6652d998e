/** A region's member municipalities with population, as a table. */
import type { LayerView, RegionView } from '../domain/layerView.ts';
import type { GmCode } from '../domain/types.ts';
import { selectMunicipality } from '../state/actions.ts';
import { useT } from '../i18n/useT.ts';
import { PopulationYearNote } from './PopulationYearNote.tsx';

interface Props {
  view: LayerView;
  region: RegionView;
  selected: GmCode | null;
}

/** Members in alphabetical order; additional (non-primary) members are marked. */
export function RegionMembers({ view, region, selected }: Props) {
  const { t, n } = useT();
  const unknown = t('populationUnknown');
  return (
    <>
      <table className="members" data-testid="members">
        <caption>
          {t('members')} ({region.members.length}) · {view.populationYear ? t('populationOn', { year: view.populationYear }) : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('municipality')}</th>
            <th scope="col" className="num">
              {t('population')}
            </th>
          </tr>
        </thead>
        <tbody>
          {region.members.map((m) => (
            <tr key={`${m.code}-${m.subregionName ?? ''}`} aria-current={m.code === selected ? 'true' : undefined}>
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
            <th scope="row">{t('total')}</th>
            <td className="num" data-testid="region-population">
              {region.population === null ? unknown : n(region.population)}
            </td>
          </tr>
        </tfoot>
      </table>
      <PopulationYearNote view={view} />
    </>
  );
}
