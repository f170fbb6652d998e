/** The data overview (issue 3): every division and round with regions, coverage, source and discrepancies. */
import type { DataOverviewRow } from '../../domain/dataOverview.ts';
import { useT } from '../../i18n/useT.ts';
import { confidenceMixText, dataIssueText } from '../../i18n/words.ts';
import { documents } from '../../data/repository.ts';
import { citationLine } from '../../domain/citations.ts';
import { overviewRows } from '../../state/analysisData.ts';
import { useLoaded } from '../../state/useLoad.ts';
import { selectLayer } from '../../state/actions.ts';
import { setAnalysis } from '../../state/analysisActions.ts';
import { SortableTable } from '../SortableTable.tsx';
import type { Column } from '../../charts/tableColumn.ts';
import { populationCitation } from '../../charts/chartSpecs.ts';
import { LoadState } from './LoadState.tsx';
// The Dutch texts of the analysis keys come with this chunk.
import '../../i18n/messages.analysisTexts.ts';

/** Shows a layer on the map with its reported and computed populations in the charts tab. */
function showReported(layerId: string): void {
  selectLayer(layerId);
  setAnalysis({ tab: 'charts', chart: 'reported' });
}

/** The sortable overview table; a row's button shows that layer on the map. */
export function OverviewTab({ layerId }: { layerId: string }) {
  const { t, lang, n } = useT();
  const loaded = useLoaded('overview', overviewRows);
  // The load-time check of a layer's files, in words: a file that cannot be read, every problem, or "in orde".
  const problemsText = (r: DataOverviewRow) =>
    r.loadError ? t('ov.loadError', { reason: r.loadError }) : r.problems.length ? r.problems.map((p) => dataIssueText(lang, p, r.geometryYear)).join('; ') : t('ov.noProblems');
  const columns: Column<DataOverviewRow>[] = [
    { id: 'label', label: t('ov.layer'), value: (r) => r.label[lang] },
    { id: 'id', label: 'id', value: (r) => r.id },
    { id: 'date', label: t('ov.date'), value: (r) => r.referenceDate },
    { id: 'year', label: t('ov.year'), numeric: true, value: (r) => r.geometryYear, render: (r) => r.geometryYear },
    { id: 'computed', label: t('ov.regionsComputed'), numeric: true, value: (r) => r.regionsComputed },
    { id: 'stated', label: t('ov.regionsStated'), numeric: true, value: (r) => r.regionsStated },
    { id: 'coverage', label: t('ov.coverage'), numeric: true, value: (r) => (r.coverage === null ? null : Math.round(r.coverage * 1000) / 10), render: (r) => (r.coverage === null ? '—' : `${n(Math.round(r.coverage * 1000) / 10)} %`) },
    { id: 'status', label: t('ov.status'), value: (r) => t(`ov.status.${r.membershipStatus}`) },
    { id: 'source', label: t('ov.source'), value: (r) => citationLine(r.source, documents, lang) },
    { id: 'layerStatus', label: t('layerStatus'), value: (r) => (r.status ? t(`status.${r.status}`) : '') },
    { id: 'confidence', label: t('ov.confidence'), value: (r) => confidenceMixText(lang, r.confidenceMix) },
    { id: 'reported', label: t('ov.reported'), numeric: true, value: (r) => r.reportedRegions },
    {
      id: 'discrepancies',
      label: t('ov.discrepancies'),
      numeric: true,
      value: (r) => r.discrepancies,
      render: (r) =>
        r.reportedRegions > 0 ? (
          <button type="button" className="link" aria-label={t('ov.showDiscrepancies', { n: r.discrepancies, layer: r.label[lang] })} onClick={() => showReported(r.id)}>
            {n(r.discrepancies)}
          </button>
        ) : (
          n(r.discrepancies)
        ),
    },
    {
      id: 'problems',
      label: t('ov.problems'),
      value: problemsText,
      render: (r) => <span className={r.loadError || r.problems.length ? 'problem' : undefined} data-testid={`ov-problems-${r.id}`}>{problemsText(r)}</span>,
    },
  ];
  return (
    <div className="overview-tab">
      <p className="intro">{t('ov.intro')}</p>
      <LoadState loaded={loaded}>
        {(rows) => (
          <SortableTable tableId="overview" caption={t('ov.title')} source={t('ov.tableSource', { population: populationCitation(lang) })} columns={columns} rows={rows} rowKey={(r) => r.id} selectedKey={layerId} onSelect={(r) => selectLayer(r.id)} />
        )}
      </LoadState>
    </div>
  );
}
