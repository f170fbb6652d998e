/** The profile of the selected municipality: every layer of its geometry year, its regions and partners. */
import { useMemo } from 'react';
import { domains } from '../../data/repository.ts';
import type { LayerView } from '../../domain/layerView.ts';
import type { GmCode } from '../../domain/types.ts';
import { useYearMemberships } from '../../state/exploreData.ts';
import { useT } from '../../i18n/useT.ts';
import { municipalityProfile, type ProfileEntry } from './profile.ts';
import type { CsvColumn } from '../../domain/export/tableCsv.ts';
import { documents } from '../../data/repository.ts';
import { citationLine } from '../../domain/citations.ts';
import { CsvButtons } from '../analysis/CsvButtons.tsx';
import { csvPreamble } from '../csvPreamble.ts';
import { SourceCitation } from '../SourceCitation.tsx';
import { PopulationYearNote } from '../PopulationYearNote.tsx';

/** A table of layers with the municipality's region(s) and partners in each. */
export function MunicipalityProfile({ view, code }: { view: LayerView; code: GmCode }) {
  const { t, n, lang } = useT();
  const year = view.layer.geometryYear;
  const loaded = useYearMemberships(year);
  const entries = useMemo(
    () => (Array.isArray(loaded) ? municipalityProfile(code, loaded, view.municipalityName) : null),
    [loaded, code, view.municipalityName],
  );
  const population = view.population.get(code);
  const domainLabel = (id: string) => domains.find((d) => d.id === id)?.label[lang] ?? id;
  const name = view.municipalityName.get(code) ?? code;
  const regionsText = (e: ProfileEntry, part: 'id' | 'name') =>
    !e.known ? t('profileUnknown') : e.regions.length === 0 ? t('profileUnplaced') : e.regions.map((r) => (part === 'id' ? r.regionId : r.regionName)).join('; ');
  const csvColumns: CsvColumn<ProfileEntry>[] = [
    { header: t('col_division'), value: (e) => `${domainLabel(e.layer.domain)}: ${e.layer.label[lang]}` },
    { header: t('col_region_code'), value: (e) => regionsText(e, 'id') },
    { header: t('col_region'), value: (e) => regionsText(e, 'name') },
    { header: t('col_partners'), value: (e) => e.regions.map((r) => r.partners.map((p) => p.name).join(', ')).join('; ') },
    { header: t('col_source'), value: (e) => citationLine(e.layer.source, documents, lang) },
  ];
  const csvTitle = t('csvProfileTitle', { name, code, year });
  return (
    <section className="profile" aria-labelledby="profile-title" data-testid="profile">
      <h2 id="profile-title">
        {t('profileTitle', { name: view.municipalityName.get(code) ?? code })}
      </h2>
      <p data-testid="profile-population">
        {t('population')}: {population === undefined ? t('populationUnknown') : n(population)}
        {view.populationYear ? ` (${t('populationOn', { year: view.populationYear })})` : ''}
        {population !== undefined && view.populationEstimated.has(code) ? `, ${t('population.estimated')}` : ''}
      </p>
      <PopulationYearNote view={view} />
      {loaded instanceof Error && <p role="alert">{loaded.message}</p>}
      {loaded === null && <p role="status">{t('loading')}</p>}
      {entries && (
        <table className="profile-table">
          <caption>{t('profileCaption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('division')}</th>
              <th scope="col">{t('region')}</th>
              <th scope="col">{t('partners')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.layer.id} data-testid={`profile-${e.layer.id}`}>
                <th scope="row">
                  {domainLabel(e.layer.domain)}
                  <br />
                  <span className="muted small">{e.layer.label[lang]}</span>
                  <details className="small">
                    <summary>{t('source')}</summary>
                    <SourceCitation source={e.layer.source} />
                  </details>
                </th>
                <td>
                  {!e.known ? t('profileUnknown') : e.regions.length === 0 ? t('profileUnplaced') : e.regions.map((r) => (
                    <div key={r.regionId + (r.subregionName ?? '')}>
                      {r.regionName}
                      {r.subregionName ? ` · ${r.subregionName}` : ''}
                      {!r.primary && <span className="muted"> ({t('alsoIn').toLowerCase()})</span>}
                    </div>
                  ))}
                </td>
                <td>
                  {e.regions.map((r) =>
                    r.partners.length <= 12 ? (
                      <div key={r.regionId}>{r.partners.map((p) => p.name).join(', ') || '—'}</div>
                    ) : (
                      <details key={r.regionId}>
                        <summary>{t('partnerCount', { n: r.partners.length })}</summary>
                        {r.partners.map((p) => p.name).join(', ')}
                      </details>
                    ),
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entries && (
        <CsvButtons tableId={`profiel-${code}-${year}`} title={csvTitle} columns={csvColumns} rows={entries} preamble={csvPreamble(lang, csvTitle, [...entries.map((e) => e.layer.source), { document: 'cbs-population' }])} />
      )}
    </section>
  );
}
