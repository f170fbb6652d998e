/** Rows of the charts of the seeds' own tables (000 tasks by scale, intentions, inter-regional groupings; 003 kinds of cooperation, care intensity). */
import type { CareIntensityLevel, CjgCooperationKind, IntentionsRow, SupraRegionalMember, TaskScale, TaskScaleCount } from '../seedTables.ts';

/** Scales in the order of the seed, from local to national. */
export const SCALES: readonly TaskScale[] = ['lokaal', 'subregionaal', 'regionaal', 'bovenregionaal', 'n.t.b.'];

/** One task with its regions per scale (plain answers) and the mixed answers together. */
export interface TaskScaleChartRow {
  task: string;
  counts: Record<TaskScale, number>;
  mixed: number;
  total: number;
}

/** Regions per task and scale from the long form; `mixed` sums the mixed answers over all scales. */
export function taskScaleRows(counts: readonly TaskScaleCount[]): TaskScaleChartRow[] {
  const rows = new Map<string, TaskScaleChartRow>();
  for (const c of counts) {
    let row = rows.get(c.task);
    if (!row) {
      row = { task: c.task, counts: { lokaal: 0, subregionaal: 0, regionaal: 0, bovenregionaal: 0, 'n.t.b.': 0 }, mixed: 0, total: 0 };
      rows.set(c.task, row);
    }
    if (c.kind === 'main') row.counts[c.scale] += c.count;
    else row.mixed += c.count;
    row.total += c.count;
  }
  return [...rows.values()];
}

/** Intentions and agreements per task, May and October 2013, as printed (totals are not corrected). */
export interface IntentionChartRow {
  task: string;
  mayAgreed: number;
  mayIntention: number;
  octAgreed: number;
  octIntention: number;
  /** Sum of October's two figures: the seed's table should give 42 but does not always. */
  octTotal: number;
}

/** The intentions table flattened for a grouped bar chart. */
export function intentionRows(rows: readonly IntentionsRow[]): IntentionChartRow[] {
  return rows.map((r) => ({
    task: r.task,
    mayAgreed: r.may2013.agreed,
    mayIntention: r.may2013.intention,
    octAgreed: r.oct2013.agreed,
    octIntention: r.oct2013.intention,
    octTotal: r.oct2013.agreed + r.oct2013.intention,
  }));
}

/** A kind of cooperation of the CJG report with its number of regions. */
export interface CooperationKindRow {
  kindId: string;
  name: string;
  /** Null when the card prints no plain number. */
  regions: number | null;
  regionsText: string;
  category: string;
  nationwide: string;
  since: string;
}

/** The 32 kinds of cooperation, most regions first; kinds without a number last. */
export function cooperationKindRows(kinds: readonly CjgCooperationKind[]): CooperationKindRow[] {
  return kinds
    .map((k) => ({
      kindId: k.kindId,
      name: k.mapVariant ? `${k.name} (${k.mapVariant})` : k.name,
      regions: k.regionCount,
      regionsText: k.regionCountText,
      category: k.category,
      nationwide: k.nationwide,
      since: k.since,
    }))
    .sort((a, b) => (b.regions ?? -1) - (a.regions ?? -1) || a.name.localeCompare(b.name, 'nl'));
}

/** One inter-regional grouping of youth regions (000 "Bovenregionale samenwerking vindt plaats in"). */
export interface SupraRegionalRow {
  groupId: string;
  groupName: string;
  /** Youth regions listed as members of the group. */
  regions: number;
  /** The number the text prints for the group, or null; shown beside the count of listed members. */
  countInText: number | null;
  memberNames: string;
}

/** The inter-regional groupings, most member regions first. */
export function supraRegionalRows(members: readonly SupraRegionalMember[]): SupraRegionalRow[] {
  const groups = new Map<string, SupraRegionalRow & { names: string[] }>();
  for (const m of members) {
    let g = groups.get(m.groupId);
    if (!g) {
      g = { groupId: m.groupId, groupName: m.groupName, regions: 0, countInText: m.countInText, memberNames: '', names: [] };
      groups.set(m.groupId, g);
    }
    g.regions++;
    g.names.push(m.regionName);
    if (g.countInText === null) g.countInText = m.countInText;
  }
  return [...groups.values()]
    .map(({ names, ...row }) => ({ ...row, memberNames: names.join(', ') }))
    .sort((a, b) => b.regions - a.regions || a.groupName.localeCompare(b.groupName, 'nl'));
}

/** One level of the CJG report's triangle of care intensity. */
export interface CareIntensityRow {
  label: string;
  percentage: number;
  percentageText: string;
}

/** The care-intensity levels from the base of the triangle (most children) to its top. */
export function careIntensityRows(levels: readonly CareIntensityLevel[]): CareIntensityRow[] {
  return [...levels]
    .sort((a, b) => b.rank - a.rank)
    .map((l) => ({ label: l.label, percentage: l.percentage, percentageText: l.percentageText }));
}
