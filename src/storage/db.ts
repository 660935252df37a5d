import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { Assessment } from '../model/assessment';
import { withActionStatuses } from '../model/backup-migrations';
import type { ChecklistSnapshot } from '../model/checklist';
import type { CustomChecklist } from '../model/custom-checklist';
import { StorageError, toStorageError } from './errors';

export interface AppDBSchema extends DBSchema {
  assessments: { key: string; value: Assessment; indexes: { 'by-updated': string } };
  /** Immutable checklist snapshots, addressed by the hash of their Markdown; shared by assessments. */
  snapshots: { key: string; value: ChecklistSnapshot };
  /** Checklists written or adapted in the app (drafts included). */
  checklists: { key: string; value: CustomChecklist; indexes: { 'by-updated': string } };
  /** Deleted assessments, kept for a while so a delete can be undone. */
  trash: { key: string; value: TrashedAssessment; indexes: { 'by-deleted': string } };
  /**
   * Edits written while a page was going away, in a store of their own so that the write is never
   * queued behind a transaction on the records; merged into their record at the next chance.
   */
  pending: { key: string; value: PendingEdit };
}

/**
 * An edit written at close time: for an assessment, the record the tab's changes are against (and
 * the one it was saving, if a save was under way) with its working copy; for a checklist, the record.
 */
export type PendingEdit =
  | {
      key: string;
      kind: 'assessment';
      id: string;
      /** When it was written (ISO); pending edits are merged oldest first. */
      at: string;
      base: Assessment;
      /** The save the tab had under way, which may or may not have committed. */
      inflight?: Assessment;
      working: Assessment;
    }
  | { key: string; kind: 'checklist'; id: string; at: string; record: CustomChecklist };

/** An assessment in the trash: the whole record as it was, and when it was deleted. */
export interface TrashedAssessment {
  id: string;
  deletedAt: string;
  assessment: Assessment;
}

export type AppDB = IDBPDatabase<AppDBSchema>;
type UpgradeTx = IDBPTransaction<AppDBSchema, StoreNames<AppDBSchema>[], 'versionchange'>;

export const DB_NAME = 'jarjestoystavallisyys';

/** Migration n brings the database from version n to n + 1. Append only; never edit a released one. */
const MIGRATIONS: ReadonlyArray<(db: AppDB, tx: UpgradeTx) => void> = [
  (db) => {
    const assessments = db.createObjectStore('assessments', { keyPath: 'id' });
    assessments.createIndex('by-updated', 'updatedAt');
    db.createObjectStore('snapshots', { keyPath: 'hash' });
  },
  (db) => {
    const checklists = db.createObjectStore('checklists', { keyPath: 'key' });
    checklists.createIndex('by-updated', 'updatedAt');
    const trash = db.createObjectStore('trash', { keyPath: 'id' });
    trash.createIndex('by-deleted', 'deletedAt');
  },
  (db) => {
    db.createObjectStore('pending', { keyPath: 'key' });
  },
  (_db, tx) => {
    // Actions got a status: every stored one (live, trashed or pending) becomes `planned`.
    const rewrite = async () => {
      for (let c = await tx.objectStore('assessments').openCursor(); c; c = await c.continue()) {
        await c.update(withActionStatuses(c.value) as Assessment);
      }
      for (let c = await tx.objectStore('trash').openCursor(); c; c = await c.continue()) {
        await c.update({
          ...c.value,
          assessment: withActionStatuses(c.value.assessment) as Assessment,
        });
      }
      for (let c = await tx.objectStore('pending').openCursor(); c; c = await c.continue()) {
        const edit = c.value;
        if (edit.kind !== 'assessment') continue;
        await c.update({
          ...edit,
          base: withActionStatuses(edit.base) as Assessment,
          working: withActionStatuses(edit.working) as Assessment,
          ...(edit.inflight ? { inflight: withActionStatuses(edit.inflight) as Assessment } : {}),
        });
      }
    };
    // A failed rewrite aborts the upgrade, so the database stays at the version it was.
    rewrite().catch(() => tx.abort());
  },
];

/** The schema version this code writes. */
export const DB_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  name?: string;
  /**
   * Another tab wants a newer schema. The connection stays open until the returned promise settles
   * (at most VERSION_CHANGE_GRACE_MS), so pending changes can still be written.
   */
  beforeVersionChange?: () => Promise<void>;
  /** Another tab opened a newer schema (or deleted the database): this connection has been closed. */
  onVersionChange?: () => void;
  /** This open waits for an upgrade that older connections in other tabs are holding up. */
  onBlocked?: () => void;
}

/** How long a connection waits for pending writes before letting a newer schema take over. */
const VERSION_CHANGE_GRACE_MS = 3000;

/** Opens the app's database, running every migration the stored version lacks. */
export async function openAppDb(options: OpenOptions = {}): Promise<AppDB> {
  if (typeof indexedDB === 'undefined') {
    throw new StorageError('unavailable', 'IndexedDB is not available');
  }
  try {
    const db = await openDB<AppDBSchema>(options.name ?? DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]?.(database, tx);
      },
      blocked() {
        // An older tab still holds the database open; openDB resolves once it lets go.
        options.onBlocked?.();
      },
    });
    db.addEventListener('versionchange', () => {
      const grace = new Promise((resolve) => setTimeout(resolve, VERSION_CHANGE_GRACE_MS));
      const pending = options.beforeVersionChange?.().catch(() => undefined);
      void Promise.race([pending ?? Promise.resolve(), grace]).then(() => {
        db.close();
        options.onVersionChange?.();
      });
    });
    return db;
  } catch (error) {
    throw toStorageError(error);
  }
}
