import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { migrateRecord, openRoundPersistence, RECORD_VERSION, type StorageProblem } from '../../../src/data/persistence.ts';
import type { ImportedRound } from '../../../src/domain/import/round.ts';

const round = (id: string, title = id): ImportedRound => ({
  layer: { id, kind: 'inventory', domain: 'jeugd', label: { nl: title, en: title }, referenceDate: '2013-10-31', geometryYear: 2013, source: { document: 'VNG' }, membershipStatus: 'complete', membershipFile: null, expectedRegions: null, allowsOverlap: false, imported: true },
  memberships: [{ layerId: id, code: 'GM0003', regionId: 'r', regionName: 'R', primary: true, source: { document: 'VNG' }, confidence: 'text' }],
  warnings: [],
  fileName: 'ronde.csv',
  importedAt: '2026-12-01T00:00:00.000Z',
});

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => vi.unstubAllGlobals());

describe('persistence of imported rounds', () => {
  it('keeps rounds across a reopen (a reload) in IndexedDB', async () => {
    const problems: StorageProblem[] = [];
    const first = await openRoundPersistence((p) => problems.push(p));
    await first.put(round('import-a'));
    await first.put(round('import-b'));
    await first.delete('import-b');
    const second = await openRoundPersistence((p) => problems.push(p));
    expect((await second.all()).map((r) => r.layer.id)).toEqual(['import-a']);
    expect(second.mode()).toBe('indexeddb');
    expect(problems).toEqual([]);
  });
  it('replaces a round saved again under the same id (rename, corrected file)', async () => {
    const store = await openRoundPersistence(() => {});
    await store.put(round('import-a', 'oud'));
    await store.put(round('import-a', 'nieuw'));
    expect((await (await openRoundPersistence(() => {})).all()).map((r) => r.layer.label.nl)).toEqual(['nieuw']);
  });
  it('falls back to session memory with a notice in private mode (IndexedDB refuses to open)', async () => {
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const problems: StorageProblem[] = [];
    const store = await openRoundPersistence((p) => problems.push(p));
    await store.put(round('import-a'));
    expect(store.mode()).toBe('memory');
    expect(problems).toEqual(['unavailable']);
    expect((await store.all()).map((r) => r.layer.id)).toEqual(['import-a']);
  });
  it('keeps the round in memory with a quota notice when the disk is full', async () => {
    const problems: StorageProblem[] = [];
    const store = await openRoundPersistence((p) => problems.push(p));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await store.put(round('import-a'));
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(problems).toEqual(['quota']);
    expect(store.mode()).toBe('memory');
    expect((await store.all()).map((r) => r.layer.id)).toEqual(['import-a']);
  });
  it('migrates a record written before versions and refuses one from a newer app', () => {
    const old = round('import-a') as Partial<ImportedRound>;
    delete old.warnings;
    expect(migrateRecord({ id: 'import-a', round: old })?.warnings).toEqual([]);
    expect(migrateRecord({ id: 'import-a', version: RECORD_VERSION + 1, round: round('import-a') })).toBeNull();
    expect(migrateRecord('garbage')).toBeNull();
  });
});
