import type { Assessment } from '../model/assessment';
import type { ChecklistSnapshot } from '../model/checklist';
import type { AppDB } from './db';
import { StorageError, guarded } from './errors';

/** Every stored assessment, most recently changed first. */
export function listAssessments(db: AppDB): Promise<Assessment[]> {
  return guarded(async () => (await db.getAllFromIndex('assessments', 'by-updated')).reverse());
}

/** The `limit` most recently changed assessments, newest first, and how many are stored in all. */
export function listRecentAssessments(
  db: AppDB,
  limit: number,
): Promise<{ assessments: Assessment[]; total: number }> {
  return guarded(async () => {
    const tx = db.transaction('assessments');
    const index = tx.store.index('by-updated');
    // Reading every record of 1,000 took longer than the list's budget, and so did stepping a
    // cursor through 50 (one round trip each). A key cursor finds the oldest time shown; one getAll
    // reads from there on.
    const [total, boundary] = await Promise.all([
      tx.store.count(),
      index.openKeyCursor(null, 'prev').then((c) => (c && limit > 1 ? c.advance(limit - 1) : c)),
    ]);
    // Each request is a round trip to the browser's database process: none more than needed.
    const newestLast =
      total === 0 ? [] : await index.getAll(boundary ? IDBKeyRange.lowerBound(boundary.key) : null);
    await tx.done;
    return { assessments: newestLast.reverse().slice(0, limit), total };
  });
}

/** One assessment, or undefined when there is none with that id. */
export function getAssessment(db: AppDB, id: string): Promise<Assessment | undefined> {
  return guarded(() => db.get('assessments', id));
}

/** The checklist snapshot with that hash. */
export function getSnapshot(db: AppDB, hash: string): Promise<ChecklistSnapshot | undefined> {
  return guarded(() => db.get('snapshots', hash));
}

/** The snapshots with the given hashes (missing ones left out), keyed by hash. */
export function getSnapshots(
  db: AppDB,
  hashes: Iterable<string>,
): Promise<Map<string, ChecklistSnapshot>> {
  return guarded(async () => {
    const wanted = [...new Set(hashes)];
    if (wanted.length === 0) return new Map();
    const tx = db.transaction('snapshots');
    const found = await Promise.all(wanted.map((h) => tx.store.get(h)));
    await tx.done;
    return new Map(found.filter((s) => s !== undefined).map((s) => [s.hash, s]));
  });
}

/** Stores a new assessment together with the snapshot of its checklist (as parsed by the caller), in one transaction. */
export function addAssessment(
  db: AppDB,
  assessment: Assessment,
  snapshot: ChecklistSnapshot,
): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction(['assessments', 'snapshots'], 'readwrite');
    // Written even when one with this hash is stored: the caller has just parsed it with the app's
    // own parser, and a model stored from elsewhere (an old import) must not outlive that.
    await tx.objectStore('snapshots').put(snapshot);
    await tx.objectStore('assessments').add(assessment);
    await tx.done;
  });
}

/** The assessment started as the next round of `previousId`, if there is one. */
export function findNextRound(db: AppDB, previousId: string): Promise<Assessment | undefined> {
  return guarded(async () =>
    (await db.getAll('assessments')).find((a) => a.previousRound?.id === previousId),
  );
}

/**
 * Stores the next round of an assessment with its checklist snapshot, unless a next round of the
 * same assessment is already stored (started in another tab, or by a second click): then nothing is
 * written and that one is returned. One transaction, so two tabs cannot both start one.
 */
export function addNextRound(
  db: AppDB,
  next: Assessment & { previousRound: { id: string } },
  snapshot: ChecklistSnapshot,
): Promise<{ assessment: Assessment; created: boolean }> {
  return guarded(async () => {
    const tx = db.transaction(['assessments', 'snapshots'], 'readwrite');
    const assessments = tx.objectStore('assessments');
    const existing = (await assessments.getAll()).find(
      (a) => a.previousRound?.id === next.previousRound.id,
    );
    if (existing) {
      await tx.done;
      return { assessment: existing, created: false };
    }
    await tx.objectStore('snapshots').put(snapshot);
    await assessments.add(next);
    await tx.done;
    return { assessment: next, created: true };
  });
}

/**
 * Writes a changed assessment. Its revision must be one more than the stored one;
 * otherwise someone else saved in between and the write is refused as stale.
 */
export function saveAssessment(db: AppDB, assessment: Assessment): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction('assessments', 'readwrite');
    const stored = await tx.store.get(assessment.id);
    if (!stored || stored.revision >= assessment.revision) {
      // Aborting rejects tx.done too; the reason we aborted for is the error to report.
      tx.done.catch(() => undefined);
      tx.abort();
      throw stored
        ? new StorageError('stale', `Stored revision ${stored.revision} ≥ ${assessment.revision}`)
        : new StorageError('notFound', `No assessment ${assessment.id}`);
    }
    await tx.store.put(assessment);
    await tx.done;
  });
}
