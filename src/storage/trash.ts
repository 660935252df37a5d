import type { AppDB, TrashedAssessment } from './db';
import { StorageError, guarded } from './errors';

/** How long deleted assessments stay in the trash before they are purged. */
export const TRASH_DAYS = 30;

/** Moves an assessment to the trash, in one transaction; returns the trash entry. */
export function trashAssessment(db: AppDB, id: string, now: string): Promise<TrashedAssessment> {
  return guarded(async () => {
    const tx = db.transaction(['assessments', 'trash'], 'readwrite');
    const assessment = await tx.objectStore('assessments').get(id);
    if (!assessment) {
      tx.done.catch(() => undefined);
      tx.abort();
      throw new StorageError('notFound', `No assessment ${id}`);
    }
    const entry: TrashedAssessment = { id, deletedAt: now, assessment };
    await tx.objectStore('trash').put(entry);
    await tx.objectStore('assessments').delete(id);
    await tx.done;
    return entry;
  });
}

/** Puts a trashed assessment back among the assessments, in one transaction. */
export function restoreAssessment(db: AppDB, id: string): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['assessments', 'trash'], 'readwrite');
    const entry = await tx.objectStore('trash').get(id);
    if (!entry) {
      tx.done.catch(() => undefined);
      tx.abort();
      throw new StorageError('notFound', `No trashed assessment ${id}`);
    }
    // An import may have brought the same record back meanwhile: then both are kept, never one
    // written over the other.
    const assessments = tx.objectStore('assessments');
    const taken = await assessments.getKey(id);
    await assessments.add(
      taken ? { ...entry.assessment, id: crypto.randomUUID() } : entry.assessment,
    );
    await tx.objectStore('trash').delete(id);
    await tx.done;
  });
}

/** Every assessment in the trash, most recently deleted first. */
export function listTrash(db: AppDB): Promise<TrashedAssessment[]> {
  return guarded(async () => (await db.getAllFromIndex('trash', 'by-deleted')).reverse());
}

/**
 * How many assessments are in the trash (without reading them); with `since` (an ISO time), only
 * those deleted then or later, so that entries due for the purge are not counted before it has run.
 */
export function countTrash(db: AppDB, since?: string): Promise<number> {
  return guarded(() =>
    since === undefined
      ? db.count('trash')
      : db.countFromIndex('trash', 'by-deleted', IDBKeyRange.lowerBound(since)),
  );
}

/** Deletes a trashed assessment for good. Its checklist snapshot stays, as others may share it. */
export function deleteFromTrash(db: AppDB, id: string): Promise<void> {
  return guarded(() => db.delete('trash', id));
}

/** Deletes trash entries deleted before `cutoff` (an ISO time); returns how many went. */
export function purgeTrash(db: AppDB, cutoff: string): Promise<number> {
  return guarded(async () => {
    const tx = db.transaction('trash', 'readwrite');
    const index = tx.store.index('by-deleted');
    let purged = 0;
    for (
      let cursor = await index.openCursor(IDBKeyRange.upperBound(cutoff, true));
      cursor;
      cursor = await cursor.continue()
    ) {
      await cursor.delete();
      purged++;
    }
    await tx.done;
    return purged;
  });
}

/** The ISO time before which trash entries are purged, given the current time. */
export function trashCutoff(now: Date): string {
  return new Date(now.getTime() - TRASH_DAYS * 24 * 60 * 60 * 1000).toISOString();
}
