import { describe, expect, it } from 'vitest';
import { mergeWorkspace, parseWorkspace, workspaceJson } from '../../../src/domain/import/workspace.ts';
import { hashToView } from '../../../src/state/url.ts';
import type { ImportedRound } from '../../../src/domain/import/round.ts';
import { loadLayers } from '../realData.ts';

const round = (id: string): ImportedRound => ({
  layer: { id, kind: 'inventory', domain: 'jeugd', label: { nl: id, en: id }, referenceDate: '2013-10-31', geometryYear: 2013, source: { document: 'VNG' }, membershipStatus: 'complete', membershipFile: null, expectedRegions: null, allowsOverlap: false, imported: true },
  memberships: [{ layerId: id, code: 'GM0003', regionId: 'r', regionName: 'R', primary: true, source: { document: 'VNG' }, confidence: 'text' }],
  warnings: [],
  fileName: 'ronde.csv',
  importedAt: '2026-12-01T00:00:00.000Z',
});
const view = { id: 'v1', title: 'Eemnes', hash: 'v=1&layer=import-a&lang=nl', camera: null };

describe('the workspace file', () => {
  const text = workspaceJson([round('import-a')], [view], '2026-12-01T00:00:00.000Z');

  it('carries a format name, a version and a schema, and reads back to the same rounds', () => {
    const parsed = parseWorkspace(text);
    expect(JSON.parse(text)).toMatchObject({ format: 'regioscoop-workspace', version: 1, schema: expect.any(String) });
    expect(parsed.ok && parsed.workspace.rounds[0].memberships).toEqual(round('import-a').memberships);
  });
  it('adds nothing when merged a second time', () => {
    const parsed = parseWorkspace(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    const first = mergeWorkspace(parsed.workspace, { rounds: [], savedViews: [], shippedIds: new Set() });
    expect([first.rounds.length, first.savedViews.length]).toEqual([1, 1]);
    const second = mergeWorkspace(parsed.workspace, { rounds: first.rounds, savedViews: first.savedViews, shippedIds: new Set() });
    expect(second).toEqual({ rounds: [], savedViews: [], same: 2 });
  });
  it('refuses a file that is not a workspace, naming the problem', () => {
    expect(parseWorkspace('{"format":"x"}')).toMatchObject({ ok: false, problem: 'notWorkspace', reason: expect.stringContaining('format') });
    expect(parseWorkspace('<html>')).toMatchObject({ ok: false, problem: 'notJson', reason: expect.stringContaining('not JSON') });
    const bad = JSON.parse(text);
    bad.rounds[0].layer.id = 'jeugd_2013_10';
    expect(parseWorkspace(JSON.stringify(bad)).ok).toBe(false);
  });
});

describe('a link naming an imported layer this browser does not have', () => {
  it('opens the rest of the view and says which layer is missing', () => {
    const parsed = hashToView('v=1&layer=import-mijn-ronde&lang=en&sel=GM0363', loadLayers());
    expect(parsed.missingImported).toEqual(['import-mijn-ronde']);
    expect(parsed.view).toMatchObject({ layerId: 'jeugd_2013_10', lang: 'en', selected: 'GM0363' });
  });
});
