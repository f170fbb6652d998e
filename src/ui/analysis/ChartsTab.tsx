/** The charts beside the map: region sizes, reported vs computed, overlap, and the seeds' tables. */
import { lazy, useId, useMemo } from 'react';
import { layers } from '../../data/repository.ts';
import type { LayerView } from '../../domain/layerView.ts';
import type { GmCode } from '../../domain/types.ts';
import { defaultOverlapPartner, overlapRows, regionSizeRows, reportedRows, selectedRegion, type RegionRow } from '../../domain/viewModels/regionCharts.ts';
import { careIntensityRows, cooperationKindRows, intentionRows, supraRegionalRows, taskScaleRows } from '../../domain/viewModels/seedCharts.ts';
import { comparableLayers } from '../../domain/viewModels/incongruenceList.ts';
import { useT } from '../../i18n/useT.ts';
import { selectMunicipality } from '../../state/actions.ts';
import { setAnalysis } from '../../state/analysisActions.ts';
import { CHART_IDS, type ChartId } from '../../state/analysis.ts';
import { membershipsOf, reportedComparisons, seedTables } from '../../state/analysisData.ts';
import { useLoaded } from '../../state/useLoad.ts';
import { ChartCard } from './ChartCard.tsx';
import { careSpec, cjgSpec, groupsSpec, intentionsSpec, overlapSpec, reportedSpec, sizesSpec, tasksSpec } from '../../charts/chartSpecs.ts';
import { LoadState } from './LoadState.tsx';
// The Dutch texts of the analysis keys come with this chunk.
import '../../i18n/messages.analysisTexts.ts';
import { PopulationYearNote } from '../PopulationYearNote.tsx';

interface Props {
  chart: ChartId;
  view: LayerView | null;
  selected: GmCode | null;
  overlapWith: string | null;
}

const RegionSizeChart = lazy(() => import('../../charts/RegionSizeChart.tsx'));

const selectRegion = (row: RegionRow) => row.firstMember && selectMunicipality(row.firstMember);

/** The chart chooser and the chosen chart. */
export function ChartsTab({ chart, view, selected, overlapWith }: Props) {
  const tr = useT();
  const { t } = tr;
  const id = useId();
  return (
    <div className="charts-tab">
      <div className="field">
        <label htmlFor={id}>{t('charts.choose')}</label>
        <select id={id} data-testid="chart-choice" value={chart} onChange={(e) => setAnalysis({ chart: e.target.value as ChartId })}>
          {CHART_IDS.map((c) => (
            <option key={c} value={c}>
              {t(`charts.${c}`)}
            </option>
          ))}
        </select>
      </div>
      {chart === 'sizes' || chart === 'reported' || chart === 'overlap' ? (
        view ? (
          <RegionChart chart={chart} view={view} selected={selected} overlapWith={overlapWith} />
        ) : (
          <p role="status">{t('analysis.loading')}</p>
        )
      ) : (
        <SeedChart chart={chart} />
      )}
    </div>
  );
}

function RegionChart({ chart, view, selected, overlapWith }: { chart: 'sizes' | 'reported' | 'overlap' } & Omit<Props, 'chart'> & { view: LayerView }) {
  const tr = useT();
  const highlight = selectedRegion(view, selected);
  const sizes = useMemo(() => regionSizeRows(view), [view]);
  const comparisons = useLoaded(chart === 'reported' ? 'reported' : null, reportedComparisons);
  const partners = comparableLayers(layers, view.layer.geometryYear).filter((l) => l.id !== view.layer.id);
  const partner = partners.find((l) => l.id === overlapWith) ?? defaultOverlapPartner(view.layer, layers);
  const pair = useLoaded(chart === 'overlap' && partner ? `${view.layer.id}|${partner.id}|${view.populationYear}` : null, () => membershipsOf([view.layer.id, partner!.id]));
  const partnerId = useId();
  if (chart === 'sizes') {
    return (
      <>
        <ChartCard spec={sizesSpec(view, sizes, tr)} highlightKey={highlight} onSelect={selectRegion} chart={<RegionSizeChart view={view} bare />} />
        <PopulationYearNote view={view} />
      </>
    );
  }
  if (chart === 'reported') {
    return (
      <LoadState loaded={comparisons}>
        {(all) => {
          const rows = reportedRows(view, all);
          if (!rows.length) return <p className="notice">{tr.t('charts.reportedNone')}</p>;
          return <ChartCard spec={reportedSpec(view, rows, tr)} highlightKey={highlight} onSelect={selectRegion} />;
        }}
      </LoadState>
    );
  }
  if (!partner) return null;
  return (
    <>
      <div className="field">
        <label htmlFor={partnerId}>{tr.t('charts.overlapWith')}</label>
        <select id={partnerId} data-testid="overlap-with" value={partner.id} onChange={(e) => setAnalysis({ overlapWith: e.target.value })}>
          {partners.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label[tr.lang]}
            </option>
          ))}
        </select>
      </div>
      <LoadState loaded={pair}>
        {(lists) => (
          <ChartCard
            spec={overlapSpec(view, partner, overlapRows(view, lists.get(partner.id)!, lists.get(view.layer.id)!, view.population), tr)}
            highlightKey={highlight}
            onSelect={selectRegion}
          />
        )}
      </LoadState>
    </>
  );
}

function SeedChart({ chart }: { chart: Exclude<ChartId, 'sizes' | 'reported' | 'overlap'> }) {
  const tr = useT();
  const tables = useLoaded('seed-tables', seedTables);
  return (
    <LoadState loaded={tables}>
      {(s) => {
        switch (chart) {
          case 'tasks':
            return <ChartCard spec={tasksSpec(taskScaleRows(s.taskScale), tr)} />;
          case 'intentions':
            return <ChartCard spec={intentionsSpec(intentionRows(s.intentions), tr)} />;
          case 'groups':
            return <ChartCard spec={groupsSpec(supraRegionalRows(s.supraRegional), tr)} />;
          case 'care':
            return <ChartCard spec={careSpec(careIntensityRows(s.careIntensity), tr)} />;
          default:
            return <ChartCard spec={cjgSpec(cooperationKindRows(s.cooperationKinds), tr)} />;
        }
      }}
    </LoadState>
  );
}
