/** A region's page (issue 10 §2): members, printed vs computed population, sources, doubts, fit with other divisions, changes between rounds. */
import { useMemo } from 'react';
import type { LayerView } from '../../domain/layerView.ts';
import { regionPage } from '../../domain/viewModels/regionPage.ts';
import { openRegionPage } from '../../state/actions.ts';
import { reportedComparisons } from '../../state/analysisData.ts';
import { useLoaded } from '../../state/useLoad.ts';
import { useYearMemberships } from '../../state/exploreData.ts';
import { viewToHash } from '../../state/url.ts';
import { useStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import { SourceCitation } from '../SourceCitation.tsx';
import { RegionMembers } from '../RegionMembers.tsx';
import { RegionMembersCsv } from './RegionMembersCsv.tsx';
import { RegionPopulation } from './RegionPopulation.tsx';
import { RegionRelations } from './RegionRelations.tsx';

/** The page of one region of the shown layer; a notice when the layer has no such region. */
export function RegionPage({ view, regionId }: { view: LayerView; regionId: string }) {
  const { t, lang } = useT();
  const comparisons = useLoaded('reported', reportedComparisons);
  const others = useYearMemberships(view.layer.geometryYear);
  const state = useStore();
  const page = useMemo(
    () => (Array.isArray(others) ? regionPage(view, regionId, comparisons.state === 'ready' ? comparisons.value : [], others) : null),
    [view, regionId, comparisons, others],
  );
  const close = (
    <button type="button" onClick={() => openRegionPage(view.layer.id, null)} data-testid="close-region-page">
      {t('closeRegionPage')}
    </button>
  );
  if (!view.regions.has(regionId)) {
    return (
      <section className="region-page" data-testid="region-page">
        <p role="alert">{t('regionNotFound', { id: regionId, layer: view.layer.label[lang] })}</p>
        {close}
      </section>
    );
  }
  const region = view.regions.get(regionId)!;
  const link = `#${viewToHash({ ...state, region: regionId })}`;
  return (
    <section className="region-page" aria-labelledby="region-page-title" data-testid="region-page">
      <div className="selection-head">
        <h2 id="region-page-title" data-testid="region-page-title">
          {t('regionPageTitle', { name: region.name })}
        </h2>
        {close}
      </div>
      <p className="muted">
        {t('regionPageOf', { layer: view.layer.label[lang] })} · <a href={link} data-testid="region-page-link">{regionId}</a>
      </p>
      <RegionMembers view={view} region={region} onRegionPage exports={<RegionMembersCsv view={view} region={region} />} />
      {others instanceof Error && <p role="alert">{others.message}</p>}
      {page === null && !(others instanceof Error) && <p role="status">{t('loading')}</p>}
      {page && (
        <>
          <RegionPopulation page={page} view={view} loading={comparisons.state === 'loading'} />
          <h3>{t('sources')}</h3>
          <ul className="region-sources" data-testid="region-sources">
            {page.sources.map((s) => (
              <li key={`${s.document}|${s.section ?? ''}`}>
                <SourceCitation source={s} />
              </li>
            ))}
          </ul>
          {page.doubts.length > 0 && (
            <div className="doubt" role="note" data-testid="region-doubts">
              <h3>{t('doubts')}</h3>
              <ul>
                {page.doubts.map((d) => (
                  <li key={d.code}>{t('doubtReading', { name: d.name, region: d.region, other: d.alternative })}</li>
                ))}
              </ul>
            </div>
          )}
          <RegionRelations page={page} view={view} />
        </>
      )}
    </section>
  );
}
