import type { Assessment } from '../model/assessment';
import type { ChecklistSnapshot } from '../model/checklist';
import type { AppDB } from './db';
import { toStorageError } from './errors';

/** Stores demo assessments and their snapshots in one transaction, replacing an earlier demo load. */
export async function storeDemoData(
  db: AppDB,
  assessments: Assessment[],
  snapshots: ChecklistSnapshot[],
): Promise<void> {
  try {
    const tx = db.transaction(['assessments', 'snapshots'], 'readwrite');
    for (const snapshot of snapshots) await tx.objectStore('snapshots').put(snapshot);
    for (const assessment of assessments) await tx.objectStore('assessments').put(assessment);
    await tx.done;
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Deletes every assessment marked as demo data, and nothing else; returns how many went. */
export async function removeDemoData(db: AppDB): Promise<number> {
  try {
    const tx = db.transaction('assessments', 'readwrite');
    let removed = 0;
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value.demo === true) {
        await cursor.delete();
        removed++;
      }
    }
    await tx.done;
    return removed;
  } catch (error) {
    throw toStorageError(error);
  }
}
