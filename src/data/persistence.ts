/**
 * Where imported rounds are kept: IndexedDB through idb (a 1 KB promise wrapper), database
 * `regioscoop`, with a schema version and a migration path. Where IndexedDB cannot be used
 * (private mode, disabled storage) or is full (quota exceeded), rounds are kept in session memory
 * and the user is told they will be gone after a reload.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { ImportedRound } from '../domain/import/round.ts';

/** The database version: raise it and add a step to `upgrade` when the stores change. */
export const DB_VERSION = 1;
/** The version of one saved record: raise it and add a step to `migrateRecord` when ImportedRound changes. */
export const RECORD_VERSION = 1;

const DB_NAME = 'regioscoop';
const ROUNDS = 'rounds';

/** A saved record: the round and the version of its shape. */
interface StoredRound {
  id: string;
  version: number;
  round: ImportedRound;
}

/** Why rounds are only in memory: the UI words it. */
export type StorageProblem = 'unavailable' | 'quota';

/** The store of imported rounds. */
export interface RoundPersistence {
  all(): Promise<ImportedRound[]>;
  put(round: ImportedRound): Promise<void>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
  /** `indexeddb`, or `memory` after a problem (reported through `onProblem`). */
  mode(): 'indexeddb' | 'memory';
}

/** Brings an older record up to RECORD_VERSION; null for a record this app cannot read (newer or broken). */
export function migrateRecord(record: unknown): ImportedRound | null {
  const r = record as Partial<StoredRound> | null;
  if (!r || typeof r !== 'object' || !r.round || typeof r.round !== 'object') return null;
  if (r.version === RECORD_VERSION) return r.round;
  // Version 0 (before versions were written) had no warnings list.
  if (r.version === undefined || r.version === 0) return { ...r.round, warnings: r.round.warnings ?? [] };
  return null;
}

function isQuota(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Opens the store; never throws: falls back to memory and calls `onProblem`. */
export async function openRoundPersistence(onProblem: (problem: StorageProblem) => void): Promise<RoundPersistence> {
  const factory: IDBFactory | undefined = globalThis.indexedDB;
  const memory = new Map<string, ImportedRound>();
  let db: IDBPDatabase | null = null;
  if (factory) {
    try {
      db = await openDB(DB_NAME, DB_VERSION, {
        upgrade(database, oldVersion) {
          if (oldVersion < 1) database.createObjectStore(ROUNDS, { keyPath: 'id' });
        },
      });
    } catch {
      db = null;
    }
  }
  if (!db) onProblem('unavailable');
  const toMemory = (problem: StorageProblem) => {
    db = null;
    onProblem(problem);
  };
  return {
    mode: () => (db ? 'indexeddb' : 'memory'),
    async all() {
      if (db) {
        try {
          const records = await db.getAll(ROUNDS);
          for (const record of records) {
            const round = migrateRecord(record);
            if (round) memory.set(round.layer.id, round);
          }
        } catch {
          toMemory('unavailable');
        }
      }
      return [...memory.values()];
    },
    async put(round) {
      if (db) {
        try {
          await db.put(ROUNDS, { id: round.layer.id, version: RECORD_VERSION, round } satisfies StoredRound);
        } catch (error) {
          toMemory(isQuota(error) ? 'quota' : 'unavailable');
        }
      }
      memory.set(round.layer.id, round);
    },
    async delete(id) {
      if (db) {
        try {
          await db.delete(ROUNDS, id);
        } catch {
          toMemory('unavailable');
        }
      }
      memory.delete(id);
    },
    async clear() {
      if (db) await db.clear(ROUNDS).catch(() => toMemory('unavailable'));
      memory.clear();
    },
  };
}
