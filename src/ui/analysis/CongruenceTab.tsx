/** The congruence overview: how well every other division of the same year fits a chosen division. */
import { useId } from 'react';
import { layers } from '../../data/repository.ts';
import type { Layer } from '../../domain/types.ts';
import { congruenceOverview, type CongruenceRow } from '../../domain/viewModels/congruenceOverview.ts';
import { comparableLayers } from '../../domain/viewModels/incongruenceList.ts';
import { useT } from '../../i18n/useT.ts';
import { setAnalysis } from '../../state/analysisActions.ts';
import { analysableLayers } from '../../state/analysis.ts';
import { membershipsOf, yearContext } from '../../state/analysisData.ts';
import { useLoaded } from '../../state/useLoad.ts';
import { ChartCard } from './ChartCard.tsx';
import { populationCitation, type ChartSpec, type Translator } from '../../charts/chartSpecs.ts';
import { LoadState } from './LoadState.tsx';
// The Dutch texts of the analysis keys come with this chunk.
import '../../i18n/messages.analysisTexts.ts';

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

function congruenceSpec(reference: Layer, rows: CongruenceRow[], populationYear: number | null, tr: Translator): ChartSpec<CongruenceRow> {
  const { t, lang } = tr;
  return {
    id: 'congruence',
    title: t('cong.title', { name: reference.label[lang] }),
    source: t('cong.source', { year: populationYear ?? '?', population: populationCitation(lang) }),
    chartRows: rows.map((r) => ({ key: r.id, label: r.label[lang], ari: round(r.adjustedRand), nvi: round(r.normalizedVariationOfInformation) })),
    series: [
      { dataKey: 'ari', label: t('cong.ari') },
      { dataKey: 'nvi', label: t('cong.nvi') },
    ],
    format: (v) => tr.n(v),
    columns: [
      { id: 'rank', label: t('cong.rank'), numeric: true, value: (r) => r.rank },
      { id: 'division', label: t('cong.division'), value: (r) => r.label[lang] },
      { id: 'ari', label: t('cong.ari'), numeric: true, value: (r) => round(r.adjustedRand) },
      { id: 'nvi', label: t('cong.nvi'), numeric: true, value: (r) => round(r.normalizedVariationOfInformation) },
      { id: 'vi', label: t('cong.vi'), numeric: true, value: (r) => round(r.variationOfInformation) },
      { id: 'weighting', label: t('cong.weighting'), value: (r) => t(`cong.weighting.${r.weighting}`) },
    ],
    rows,
    rowKey: (r) => r.id,
  };
}

/** Reference chooser, chart and table of agreement scores. */
export function CongruenceTab({ reference }: { reference: Layer }) {
  const tr = useT();
  const { t, lang } = tr;
  const id = useId();
  const loaded = useLoaded(reference.id, async () => {
    const pool = comparableLayers(layers, reference.geometryYear);
    const [lists, context] = await Promise.all([membershipsOf(pool.map((l) => l.id)), yearContext(reference.geometryYear)]);
    const rows = congruenceOverview(
      { layer: reference, memberships: lists.get(reference.id)! },
      pool.map((l) => ({ layer: l, memberships: lists.get(l.id)! })),
      context.population,
    );
    return { rows, populationYear: context.populationYear };
  });
  return (
    <div className="congruence-tab">
      <p className="intro">{t('cong.intro')}</p>
      <div className="field">
        <label htmlFor={id}>{t('cong.reference')}</label>
        <select id={id} data-testid="cong-reference" value={reference.id} onChange={(e) => setAnalysis({ reference: e.target.value })}>
          {analysableLayers(layers).map((l) => (
            <option key={l.id} value={l.id}>
              {l.label[lang]}
            </option>
          ))}
        </select>
      </div>
      <LoadState loaded={loaded}>{({ rows, populationYear }) => <ChartCard spec={congruenceSpec(reference, rows, populationYear, tr)} />}</LoadState>
    </div>
  );
}
