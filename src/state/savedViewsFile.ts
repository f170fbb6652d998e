/**
 * Saved views as a file: a versioned JSON document a presenter prepares on one machine and opens on
 * another, and the same document in the browser's storage. A pure serialise/parse pair, so that the
 * workspace file can embed it. Every view's link is validated like a link; a bad file changes nothing.
 */
import type { Layer } from '../domain/types.ts';
import { isValidCamera } from '../map/camera.ts';
import { PRESENTER_CHARTS, type PresenterChartKind, type SavedView } from './explore.ts';
import { hashToView } from './url.ts';
import type { DroppedField } from './urlFields.ts';

/** The `format` field that marks a saved-views file. */
export const SAVED_VIEWS_FORMAT = 'regioscoop-saved-views';
/** The current version of the file format (1: views without a chart kind; 2: with `chart`). */
export const SAVED_VIEWS_VERSION = 2;

/** The saved-views document (what the file and the browser storage hold). */
export interface SavedViewsDocument {
  format: typeof SAVED_VIEWS_FORMAT;
  version: number;
  views: SavedView[];
}

/** Why a whole file was refused (the UI words it in the user's language). */
export type SavedViewsProblem = 'not-json' | 'not-saved-views' | 'newer-version' | 'bad-version' | 'no-views';

/** Why one view of a file was left out (the UI words it as `savedSkip.<reason>`). */
export type SkipReason = 'not-object' | 'incomplete' | 'camera' | 'chart' | 'link';

/** A view left out: its title (or "?"), why, and what was wrong with its link or chart. */
export interface SkippedView {
  title: string;
  reason: SkipReason;
  /** For `link`: the fields of its link that cannot be opened. */
  dropped?: readonly DroppedField[];
  /** For `chart`: the chart it names. */
  chart?: string;
}

/** The result of reading a file: the valid views and the views left out, or why nothing was read. */
export type ParsedSavedViews =
  | { ok: true; views: SavedView[]; skipped: SkippedView[] }
  | { ok: false; problem: SavedViewsProblem; detail?: string; skipped?: SkippedView[] };

/** The document of a list of saved views, as pretty JSON text. */
export function serialiseSavedViews(views: readonly SavedView[]): string {
  const document: SavedViewsDocument = { format: SAVED_VIEWS_FORMAT, version: SAVED_VIEWS_VERSION, views: [...views] };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** One view of a file, or why it is left out. */
function readView(value: unknown, layers: readonly Layer[]): SavedView | Omit<SkippedView, 'title'> {
  const v = value as Partial<Record<keyof SavedView, unknown>> | null;
  if (typeof v !== 'object' || v === null) return { reason: 'not-object' };
  if (typeof v.id !== 'string' || typeof v.title !== 'string' || typeof v.hash !== 'string') return { reason: 'incomplete' };
  const camera = v.camera ?? null;
  if (camera !== null && !isValidCamera(camera)) return { reason: 'camera' };
  const chart = v.chart ?? 'sizes';
  if (!PRESENTER_CHARTS.includes(chart as PresenterChartKind)) return { reason: 'chart', chart: String(chart).slice(0, 40) };
  const { dropped } = hashToView(v.hash, layers);
  if (dropped.length) return { reason: 'link', dropped };
  return { id: v.id, title: v.title, hash: v.hash, camera, chart: chart as PresenterChartKind };
}

/**
 * Reads a saved-views document. A file that is not JSON, not a saved-views document or of a newer
 * version is refused as a whole; single views that do not validate are left out and named.
 * Version 1 (the browser storage before charts) is read with the region-size chart for every view.
 */
export function parseSavedViews(text: string, layers: readonly Layer[]): ParsedSavedViews {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: (error as Error).message };
  }
  const doc = json as Partial<SavedViewsDocument> | null;
  if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.views)) return { ok: false, problem: 'not-saved-views' };
  // Version 1 was written by the browser storage without the format field.
  if (doc.format !== undefined && doc.format !== SAVED_VIEWS_FORMAT) return { ok: false, problem: 'not-saved-views' };
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) return { ok: false, problem: 'bad-version', detail: String(doc.version) };
  if (doc.version > SAVED_VIEWS_VERSION) return { ok: false, problem: 'newer-version', detail: String(doc.version) };
  const views: SavedView[] = [];
  const skipped: SkippedView[] = [];
  for (const value of doc.views) {
    const read = readView(value, layers);
    if ('reason' in read) skipped.push({ title: String((value as { title?: unknown } | null)?.title ?? '?').slice(0, 80), ...read });
    else views.push(read);
  }
  if (views.length === 0 && skipped.length > 0) return { ok: false, problem: 'no-views', skipped };
  return { ok: true, views, skipped };
}

/**
 * Adds imported views after the existing ones; a view whose id is taken gets a fresh id, and one that
 * is identical to an existing view (same title, link and chart) is not added twice.
 */
export function mergeSavedViews(existing: readonly SavedView[], imported: readonly SavedView[]): SavedView[] {
  const result = [...existing];
  const ids = new Set(existing.map((v) => v.id));
  for (const view of imported) {
    if (result.some((v) => v.title === view.title && v.hash === view.hash && v.chart === view.chart)) continue;
    let id = view.id;
    for (let n = 2; ids.has(id); n++) id = `${view.id}-${n}`;
    ids.add(id);
    result.push({ ...view, id });
  }
  return result;
}
