/** The CSV export of a region's members, with the sources in its header block. */
import type { LayerView, MemberView, RegionView } from '../../domain/layerView.ts';
import type { CsvColumn } from '../../domain/export/tableCsv.ts';
import { useT } from '../../i18n/useT.ts';
import { CsvButtons } from '../analysis/CsvButtons.tsx';
import { csvPreamble } from '../csvPreamble.ts';

/** The CSV buttons of a region's members: code, name, population, primary, subregion and confidence. */
export function RegionMembersCsv({ view, region }: { view: LayerView; region: RegionView }) {
  const { t, lang } = useT();
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
  return <CsvButtons tableId={`region-${region.id}`} title={title} columns={columns} rows={region.members} preamble={csvPreamble(lang, title, sources)} />;
}
