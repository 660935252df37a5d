import type { Assessment } from '../model/assessment';
import type { ChecklistSnapshot } from '../model/checklist';
import type { AppDB, TrashedAssessment } from './db';
import { StorageError, guarded } from './errors';

/** What loading the demo did: records added, and demo records already there (edited or not) left alone. */
export interface DemoLoadResult {
  added: number;
  kept: number;
}

/**
 * Stores the demo assessments that are not there yet, with their snapshots, in one transaction.
 * A demo record already stored is the user's now (they may have renamed it and written notes):
 * it is never overwritten.
 */
export function storeDemoData(
  db: AppDB,
  assessments: Assessment[],
  snapshots: ChecklistSnapshot[],
): Promise<DemoLoadResult> {
  return guarded(async () => {
    const tx = db.transaction(['assessments', 'snapshots'], 'readwrite');
    const snapshotStore = tx.objectStore('snapshots');
    for (const snapshot of snapshots) {
      if (!(await snapshotStore.getKey(snapshot.hash))) await snapshotStore.put(snapshot);
    }
    const result: DemoLoadResult = { added: 0, kept: 0 };
    const store = tx.objectStore('assessments');
    for (const assessment of assessments) {
      if (await store.getKey(assessment.id)) result.kept++;
      else {
        await store.add(assessment);
        result.added++;
      }
    }
    await tx.done;
    return result;
  });
}

/** How many demo assessments are stored, and how many of them have been changed since loading. */
export function countDemoData(db: AppDB): Promise<{ total: number; edited: number }> {
  return guarded(async () => {
    const all = await db.getAll('assessments');
    const demo = all.filter((a) => a.demo === true);
    return { total: demo.length, edited: demo.filter((a) => a.revision > 0).length };
  });
}

/**
 * Moves every assessment marked as demo data to the trash, and nothing else, in one transaction;
 * returns the trash entries, so the removal can be undone.
 */
export function trashDemoData(db: AppDB, now: string): Promise<TrashedAssessment[]> {
  return guarded(async () => {
    const tx = db.transaction(['assessments', 'trash'], 'readwrite');
    const entries: TrashedAssessment[] = [];
    const store = tx.objectStore('assessments');
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value.demo !== true) continue;
      const entry: TrashedAssessment = {
        id: cursor.value.id,
        deletedAt: now,
        assessment: cursor.value,
      };
      await tx.objectStore('trash').put(entry);
      await cursor.delete();
      entries.push(entry);
    }
    await tx.done;
    return entries;
  });
}

/** Undoes trashDemoData: puts those entries back, in one transaction, those still in the trash. */
export function restoreDemoData(db: AppDB, ids: readonly string[]): Promise<number> {
  return guarded(async () => {
    const tx = db.transaction(['assessments', 'trash'], 'readwrite');
    let restored = 0;
    for (const id of ids) {
      const entry = await tx.objectStore('trash').get(id);
      if (!entry) continue;
      // Loaded again meanwhile: the one in the trash comes back beside it, never over it.
      const taken = await tx.objectStore('assessments').getKey(id);
      await tx
        .objectStore('assessments')
        .add(taken ? { ...entry.assessment, id: crypto.randomUUID() } : entry.assessment);
      await tx.objectStore('trash').delete(id);
      restored++;
    }
    await tx.done;
    if (ids.length > 0 && restored === 0)
      throw new StorageError('notFound', 'Demo data not in the trash');
    return restored;
  });
}
