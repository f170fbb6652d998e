/**
 * The workspace file: every imported round and saved view in one JSON file with a format name, a
 * version and a schema, to carry them to another machine. Merging one in twice adds nothing the
 * second time: rounds and views are keyed by id, and an identical one is skipped.
 */
import * as v from 'valibot';
import { GmCodeSchema, ConfidenceSchema, SourceSchema } from '../schema/common.ts';
import { LayerSchema } from '../schema/formats.ts';
import type { ImportedRound } from './round.ts';

/** The format name and version written in every workspace file. */
export const WORKSPACE_FORMAT = 'regioscoop-workspace';
export const WORKSPACE_VERSION = 1;

const MembershipSchema = v.object({
  layerId: v.string(),
  code: GmCodeSchema,
  regionId: v.pipe(v.string(), v.nonEmpty()),
  regionName: v.string(),
  subregionId: v.optional(v.string()),
  subregionName: v.optional(v.string()),
  primary: v.boolean(),
  source: SourceSchema,
  confidence: ConfidenceSchema,
  note: v.optional(v.string()),
});

const IssueSchema = v.object({
  severity: v.picklist(['error', 'warning']),
  kind: v.string(),
  row: v.nullable(v.number()),
  message: v.string(),
  values: v.record(v.string(), v.union([v.string(), v.number()])),
});

const RoundSchema = v.pipe(
  v.object({
    layer: v.pipe(LayerSchema, v.check((l) => l.imported === true && l.id.startsWith('import-'), 'an imported round needs an import- id')),
    memberships: v.array(MembershipSchema),
    warnings: v.array(IssueSchema),
    fileName: v.string(),
    importedAt: v.string(),
  }),
  v.check((r) => r.memberships.every((m) => m.layerId === r.layer.id), 'memberships of another layer'),
);

const SavedViewSchema = v.object({ id: v.string(), title: v.string(), hash: v.string(), camera: v.nullable(v.unknown()) });

/** The schema of a workspace file (the one description of its format). */
export const WorkspaceSchema = v.object({
  format: v.literal(WORKSPACE_FORMAT),
  version: v.literal(WORKSPACE_VERSION),
  schema: v.string(),
  exportedAt: v.string(),
  rounds: v.array(RoundSchema),
  savedViews: v.array(SavedViewSchema),
});

/** A workspace file's content. */
export type Workspace = v.InferOutput<typeof WorkspaceSchema>;
/** A saved view as the workspace carries it. */
export type WorkspaceView = Workspace['savedViews'][number];

/** Builds the workspace file's JSON text. */
export function workspaceJson(rounds: readonly ImportedRound[], savedViews: readonly WorkspaceView[], exportedAt: string): string {
  const doc: Workspace = { format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, schema: 'docs/importing-a-round.md#werkruimtebestand', exportedAt, rounds: rounds as Workspace['rounds'], savedViews: [...savedViews] };
  return JSON.stringify(doc, null, 1);
}

/**
 * Reads a workspace file. When it is not one, `problem` says what kind of file it is (for the
 * user's words) and `reason` the first problem with its path (the technical detail).
 */
export function parseWorkspace(text: string): { ok: true; workspace: Workspace } | { ok: false; problem: 'notJson' | 'notWorkspace'; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'notJson', reason: `not JSON (${(error as Error).message})` };
  }
  const result = v.safeParse(WorkspaceSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    return { ok: false, problem: 'notWorkspace', reason: `${issue.path?.map((p) => String(p.key)).join('.') ?? ''}: ${issue.message}` };
  }
  return { ok: true, workspace: result.output };
}

/** What merging a workspace adds: rounds and views not already present (same id and same content are skipped). */
export function mergeWorkspace(
  workspace: Workspace,
  present: { rounds: readonly ImportedRound[]; savedViews: readonly WorkspaceView[]; shippedIds: ReadonlySet<string> },
): { rounds: ImportedRound[]; savedViews: WorkspaceView[]; same: number } {
  const have = new Map(present.rounds.map((r) => [r.layer.id, JSON.stringify(r)]));
  const rounds = workspace.rounds.filter((r) => !present.shippedIds.has(r.layer.id) && have.get(r.layer.id) !== JSON.stringify(r)) as ImportedRound[];
  const views = new Map(present.savedViews.map((sv) => [sv.id, sv]));
  const savedViews = workspace.savedViews.filter((sv) => !views.has(sv.id));
  return { rounds, savedViews, same: workspace.rounds.length - rounds.length + workspace.savedViews.length - savedViews.length };
}
