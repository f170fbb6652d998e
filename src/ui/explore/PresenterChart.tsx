/**
 * The chart of presenter mode, the one that belongs to the shown view: region sizes (the region-size
 * chart of the charts tab, in large type), the overlap with a second division, the changes since the
 * compared round, or the incongruence list. Numbers are written out, so no bar needs its colour.
 */
import { lazy, Suspense, useMemo } from 'react';
import { domains, layers } from '../../data/repository.ts';
import type { LayerView } from '../../domain/layerView.ts';
import { defaultOverlapPartner, overlapRows } from '../../domain/viewModels/regionCharts.ts';
import { incongruenceView } from '../../domain/viewModels/incongruenceList.ts';
import { useT } from '../../i18n/useT.ts';
import type { PresenterChartKind } from '../../state/explore.ts';
import { membershipsOf, yearContext } from '../../state/analysisData.ts';
import { useLoaded } from '../../state/useLoad.ts';
import { useStore } from '../../state/store.ts';
import { useCompareModel } from './useExploreScene.ts';
import { PopulationYearNote } from '../PopulationYearNote.tsx';

const RegionSizeChart = lazy(() => import('../../charts/RegionSizeChart.tsx'));

/** Rows shown at most, so that the chart fits beside the map in large type. */
const ROWS = 7;

interface Bar {
  key: string;
  label: string;
  value: string;
  /** Bar length 0-1; absent for a plain list. */
  share?: number;
}

function Bars({ bars }: { bars: Bar[] }) {
  return (
    <ul className="plain bars">
      {bars.map((b) => (
        <li key={b.key}>
          <span className="bar-label">{b.label}</span>
          {b.share !== undefined && <span className="bar" style={{ width: `${Math.max(1, b.share * 100)}%` }} aria-hidden="true" />}
          <span className="bar-value">{b.value}</span>
        </li>
      ))}
    </ul>
  );
}

function Overlap({ view }: { view: LayerView }) {
  const { t } = useT();
  const overlapWith = useStore((s) => s.analysis.overlapWith);
  const partner = layers.find((l) => l.id === overlapWith && l.geometryYear === view.layer.geometryYear) ?? defaultOverlapPartner(view.layer, layers);
  const lists = useLoaded(partner ? `${view.layer.id}|${partner.id}` : null, () => membershipsOf([view.layer.id, partner!.id]));
  if (!partner) return <p>{t('presenterChartEmpty')}</p>;
  if (lists.state !== 'ready') return <p role="status">{lists.state === 'error' ? lists.message : t('loading')}</p>;
  const rows = overlapRows(view, lists.value.get(partner.id)!, lists.value.get(view.layer.id)!, view.population).slice(0, ROWS);
  return (
    <>
      <p className="presenter-chart-note">{t('presenterOverlapWith', { layer: partner.label[useStore.getState().lang] })}</p>
      <Bars bars={rows.map((r) => ({ key: r.regionId, label: r.name, value: `${Math.round(r.congruence * 100)} % ${r.bestMatch}`, share: r.congruence }))} />
    </>
  );
}

function Changes({ view }: { view: LayerView }) {
  const { t, lang } = useT();
  const model = useCompareModel();
  if (!model) return <p>{t('presenterChangesNone')}</p>;
  const moved = [...model.changed].map((code) => view.municipalityName.get(code) ?? code).sort((a, b) => a.localeCompare(b, 'nl'));
  return (
    <>
      <p className="presenter-chart-note">{t('compareSummary', { before: model.before.label[lang], after: model.after.label[lang], n: model.changed.size })}</p>
      <Bars bars={moved.slice(0, ROWS * 2).map((name) => ({ key: name, label: name, value: '' }))} />
      {moved.length > ROWS * 2 && <p>{t('presenterMore', { n: moved.length - ROWS * 2 })}</p>}
    </>
  );
}

function Incongruence() {
  const { t, lang } = useT();
  const compare = useStore((s) => s.analysis.compare);
  const chosen = layers.filter((l) => compare.includes(l.id));
  const loaded = useLoaded(chosen.length >= 2 ? `presenter|${compare.join(',')}` : null, async () => {
    const year = chosen[0].geometryYear;
    const [lists, context] = await Promise.all([membershipsOf(chosen.map((l) => l.id)), yearContext(year)]);
    return incongruenceView(
      chosen.map((l) => ({ layer: l, memberships: lists.get(l.id)! })),
      domains,
      context.population,
      context.names,
    );
  });
  if (loaded.state !== 'ready') return <p role="status">{loaded.state === 'error' ? loaded.message : t('loading')}</p>;
  // The groups that cross the border (moved, regionChanged), each with its count, then the first names.
  const crossing = loaded.value.groups.filter((g) => g.category === 'moved' || g.category === 'regionChanged');
  return (
    <>
      <ul className="plain presenter-groups">
        {crossing.map((g) => (
          <li key={g.category}>{t(`inc.group.${g.category}`, { n: g.municipalities.length })}</li>
        ))}
      </ul>
      <ol className="presenter-sentences">
        {crossing
          .flatMap((g) => g.municipalities)
          .slice(0, ROWS)
          .map((m) => (
            <li key={m.code}>{m.sentence[lang]}</li>
          ))}
      </ol>
    </>
  );
}

/** The chart of one kind, with its title. */
export function PresenterChart({ view, kind }: { view: LayerView; kind: PresenterChartKind }) {
  const { t } = useT();
  const body = useMemo(() => {
    switch (kind) {
      case 'overlap':
        return <Overlap view={view} />;
      case 'changes':
        return <Changes view={view} />;
      case 'incongruence':
        return <Incongruence />;
      default:
        return (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <RegionSizeChart view={view} fontSize={24} limit={ROWS} bare width={560} />
          </Suspense>
        );
    }
    // t only depends on the language, which re-renders the children anyway.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, view]);
  return (
    <figure className="presenter-chart" data-testid="presenter-chart" data-chart={kind}>
      <figcaption>{t(`presenterChart.${kind}`)}</figcaption>
      {body}
      {kind === 'sizes' && <PopulationYearNote view={view} />}
    </figure>
  );
}
