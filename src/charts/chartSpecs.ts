/**
 * The charts of the analysis panel as specifications: title, source line, the chart's rows and
 * series, and the table alternative's columns, built from the pure view models. One spec feeds the
 * chart, its table and the CSV export, so that they always show the same figures.
 */
import type { ChartRow, ChartSeries } from './BarChartView.tsx';
import type { Layer } from '../domain/types.ts';
import { documents } from '../data/repository.ts';
import { citationLine } from '../domain/citations.ts';
import { reasonText } from '../i18n/words.ts';
import type { LayerView } from '../domain/layerView.ts';
import type { OverlapRow, RegionSizeRow, ReportedRow } from '../domain/viewModels/regionCharts.ts';
import { SCALES, type CareIntensityRow, type CooperationKindRow, type IntentionChartRow, type SupraRegionalRow, type TaskScaleChartRow } from '../domain/viewModels/seedCharts.ts';
import type { useT } from '../i18n/useT.ts';
import type { Column } from './tableColumn.ts';
import { tableSource } from '../data/tableSources.ts';
// The Dutch texts of the analysis keys come with this chunk.
import '../i18n/messages.analysisTexts.ts';

/** The current language's translate and number functions. */
export type Translator = ReturnType<typeof useT>;

/** Everything a chart card shows. */
export interface ChartSpec<R> {
  id: string;
  title: string;
  source: string;
  chartRows: ChartRow[];
  series: ChartSeries[];
  stacked?: boolean;
  format: (value: number) => string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
}

/** The citation of CBS population (StatLine 37259ENG). */
export const populationCitation = (lang: Translator['lang']) => citationLine({ document: 'cbs-population' }, documents, lang);

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Region sizes of the shown layer (population per region). */
export function sizesSpec(view: LayerView, rows: RegionSizeRow[], tr: Translator): ChartSpec<RegionSizeRow> {
  const { t, n, lang } = tr;
  return {
    id: 'sizes',
    title: `${t('charts.sizes')} · ${view.layer.label[lang]}`,
    source: `${citationLine(view.layer.source, documents, lang)}; ${t('charts.sizesSource', { year: view.populationYear ?? '?', population: populationCitation(lang) })}`,
    chartRows: rows.map((r) => ({ key: r.regionId, label: r.name, population: r.population })),
    series: [{ dataKey: 'population', label: t('col.population') }],
    format: n,
    columns: [
      { id: 'name', label: t('col.region'), value: (r) => r.name },
      { id: 'municipalities', label: t('col.municipalities'), numeric: true, value: (r) => r.municipalities },
      { id: 'population', label: t('col.population'), numeric: true, value: (r) => r.population },
    ],
    rows,
    rowKey: (r) => r.regionId,
  };
}

/** Reported (as printed) versus computed population per region of the shown layer. */
export function reportedSpec(view: LayerView, rows: ReportedRow[], tr: Translator): ChartSpec<ReportedRow> {
  const { t, n, lang } = tr;
  return {
    id: 'reported',
    title: `${t('charts.reported')} · ${view.layer.label[lang]}`,
    source: `${rows[0] ? citationLine(rows[0].source, documents, lang) : ''}; ${t('charts.reportedSource', { population: populationCitation(lang) })}`,
    chartRows: rows.map((r) => ({ key: r.regionId, label: r.name, reported: r.reported, computed: r.computed })),
    series: [
      { dataKey: 'reported', label: t('col.reported') },
      { dataKey: 'computed', label: t('col.computed') },
    ],
    format: n,
    columns: [
      { id: 'name', label: t('col.region'), value: (r) => r.name },
      { id: 'reported', label: t('col.reported'), numeric: true, value: (r) => r.reported },
      { id: 'printed', label: t('col.printed'), value: (r) => r.populationText },
      { id: 'computed', label: t('col.computed'), numeric: true, value: (r) => r.computed },
      { id: 'year', label: t('col.year'), numeric: true, value: (r) => r.populationYear, render: (r) => r.populationYear ?? '' },
      { id: 'difference', label: t('col.difference'), numeric: true, value: (r) => r.difference },
      { id: 'relative', label: t('col.relDifference'), numeric: true, value: (r) => percent(r.relativeDifference) },
      { id: 'reason', label: t('col.reason'), value: (r) => (r.likelyReason ? reasonText(lang, r.likelyReason, (code) => view.municipalityName.get(code) ?? code) : '') },
    ],
    rows,
    rowKey: (r) => r.regionId,
  };
}

/** Congruence of each region of the shown layer with its best match in another division. */
export function overlapSpec(view: LayerView, other: Layer, rows: OverlapRow[], tr: Translator): ChartSpec<OverlapRow> {
  const { t, lang } = tr;
  return {
    id: 'overlap',
    title: `${t('charts.overlap')}: ${view.layer.label[lang]} · ${other.label[lang]}`,
    source: `${citationLine(view.layer.source, documents, lang)}; ${citationLine(other.source, documents, lang)}; ${t('charts.overlapSource', { population: populationCitation(lang) })}`,
    chartRows: rows.map((r) => ({ key: r.regionId, label: r.name, congruence: percent(r.congruence) })),
    series: [{ dataKey: 'congruence', label: t('col.congruence') }],
    format: (v) => `${tr.n(v)} %`,
    columns: [
      { id: 'name', label: t('col.region'), value: (r) => r.name },
      { id: 'congruence', label: t('col.congruence'), numeric: true, value: (r) => percent(r.congruence) },
      { id: 'bestMatch', label: t('col.bestMatch'), value: (r) => r.bestMatch },
      { id: 'parts', label: t('col.parts'), value: (r) => r.partsText },
    ],
    rows,
    rowKey: (r) => r.regionId,
  };
}

/** A seed table's source line: its document and section from data/tables/sources.json, the document cited as people cite it. */
const tableSourceLine = (file: string, tr: Translator) => {
  const source = tableSource(file);
  return tr.t('charts.tableSource', { ...source, document: citationLine({ document: source.document }, documents, tr.lang) });
};

/** 000 "Welke Taak op welke Schaal?": regions per task and scale, stacked. */
export function tasksSpec(rows: TaskScaleChartRow[], tr: Translator): ChartSpec<TaskScaleChartRow> {
  const { t, n } = tr;
  return {
    id: 'tasks',
    title: t('charts.tasks'),
    source: tableSourceLine('jeugd_2013_10_taak_schaal_long.csv', tr),
    chartRows: rows.map((r) => ({ key: r.task, label: r.task, ...r.counts, mixed: r.mixed })),
    series: [...SCALES.map((s) => ({ dataKey: s, label: s })), { dataKey: 'mixed', label: t('col.mixed') }],
    stacked: true,
    format: n,
    columns: [
      { id: 'task', label: t('col.task'), value: (r) => r.task },
      ...SCALES.map((s) => ({ id: s, label: s, numeric: true, value: (r: TaskScaleChartRow) => r.counts[s] })),
      { id: 'mixed', label: t('col.mixed'), numeric: true, value: (r) => r.mixed },
      { id: 'total', label: t('col.total'), numeric: true, value: (r) => r.total },
    ],
    rows,
    rowKey: (r) => r.task,
  };
}

/** 000 "Intentie versus vastgelegde afspraken": four grouped bars per task. */
export function intentionsSpec(rows: IntentionChartRow[], tr: Translator): ChartSpec<IntentionChartRow> {
  const { t, n } = tr;
  const keys = ['mayAgreed', 'mayIntention', 'octAgreed', 'octIntention'] as const;
  return {
    id: 'intentions',
    title: t('charts.intentions'),
    source: tableSourceLine('jeugd_2013_intentie_vastgelegd.csv', tr),
    chartRows: rows.map((r) => ({ key: r.task, label: r.task, mayAgreed: r.mayAgreed, mayIntention: r.mayIntention, octAgreed: r.octAgreed, octIntention: r.octIntention })),
    series: keys.map((k) => ({ dataKey: k, label: t(`col.${k}`) })),
    format: n,
    columns: [
      { id: 'task', label: t('col.task'), value: (r) => r.task },
      ...keys.map((k) => ({ id: k, label: t(`col.${k}`), numeric: true, value: (r: IntentionChartRow) => r[k] })),
      { id: 'octTotal', label: `${t('col.total')} okt.`, numeric: true, value: (r) => r.octTotal },
    ],
    rows,
    rowKey: (r) => r.task,
  };
}

/** 003 annex: regions per kind of cooperation. */
export function cjgSpec(rows: CooperationKindRow[], tr: Translator): ChartSpec<CooperationKindRow> {
  const { t, n } = tr;
  const counted = rows.filter((r) => r.regions !== null);
  return {
    id: 'cjg',
    title: t('charts.cjg'),
    source: tableSourceLine('cjg_2011_samenwerkingsverbanden.csv', tr),
    chartRows: counted.map((r) => ({ key: r.kindId + r.name, label: r.name, regions: r.regions })),
    series: [{ dataKey: 'regions', label: t('col.regions') }],
    format: n,
    columns: [
      { id: 'name', label: t('col.kind'), value: (r) => r.name },
      { id: 'regions', label: t('col.regions'), numeric: true, value: (r) => r.regions },
      { id: 'regionsText', label: t('col.regionsText'), value: (r) => r.regionsText },
      { id: 'category', label: t('col.category'), value: (r) => r.category },
      { id: 'nationwide', label: t('col.nationwide'), value: (r) => r.nationwide },
      { id: 'since', label: t('col.since'), value: (r) => r.since },
    ],
    rows,
    rowKey: (r) => r.kindId + r.name,
  };
}

/** 000 "Bovenregionale samenwerking vindt plaats in": youth regions per inter-regional grouping. */
export function groupsSpec(rows: SupraRegionalRow[], tr: Translator): ChartSpec<SupraRegionalRow> {
  const { t, n } = tr;
  return {
    id: 'groups',
    title: t('charts.groups'),
    source: tableSourceLine('jeugd_2013_10_bovenregionaal.csv', tr),
    chartRows: rows.map((r) => ({ key: r.groupId, label: r.groupName, regions: r.regions })),
    series: [{ dataKey: 'regions', label: t('col.listedRegions') }],
    format: n,
    columns: [
      { id: 'group', label: t('col.group'), value: (r) => r.groupName },
      { id: 'regions', label: t('col.listedRegions'), numeric: true, value: (r) => r.regions },
      { id: 'countInText', label: t('col.countInText'), numeric: true, value: (r) => r.countInText },
      { id: 'members', label: t('col.members'), value: (r) => r.memberNames },
    ],
    rows,
    rowKey: (r) => r.groupId,
  };
}

/** 003 paragraph 2.6: the triangle of care intensity, as shares of children. */
export function careSpec(rows: CareIntensityRow[], tr: Translator): ChartSpec<CareIntensityRow> {
  const { t, lang } = tr;
  const format = (value: number) => `${value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 })} %`;
  return {
    id: 'care',
    title: t('charts.care'),
    source: tableSourceLine('cjg_2011_zorgzwaarte.csv', tr),
    chartRows: rows.map((r) => ({ key: r.label, label: r.label, percentage: r.percentage })),
    series: [{ dataKey: 'percentage', label: t('col.percentage') }],
    format,
    columns: [
      { id: 'level', label: t('col.level'), value: (r) => r.label },
      { id: 'percentage', label: t('col.percentage'), numeric: true, value: (r) => r.percentage },
      { id: 'printed', label: t('col.printed'), value: (r) => r.percentageText },
    ],
    rows,
    rowKey: (r) => r.label,
  };
}
