import type { Assessment } from '../model/assessment';
import type { CustomChecklist } from '../model/custom-checklist';
import { mergeKeepingBoth, sameValue } from '../model/merge';
import type { AppDB, PendingEdit } from './db';
import { guarded } from './errors';

/**
 * Writes an edit while the page is going away (pagehide). The request is issued at once and the
 * transaction committed explicitly, as the page may not live to run a callback. It goes to the
 * `pending` store alone, so it never waits behind a save or an export holding the records' store;
 * settlePending merges it into its record later, with the revision check a save has.
 */
export function writePendingEdit(db: AppDB, edit: PendingEdit): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction('pending', 'readwrite');
    const done = tx.done;
    tx.store.put(edit).catch(() => undefined); // its failure fails tx.done
    tx.commit();
    await done;
  });
}

/**
 * Puts edits kept elsewhere as their page went away (see ui/state/pending-edits.ts) into the
 * pending store, in one transaction, for settlePending to merge. An edit whose own write got in
 * too has the same key and the same content: it is stored once.
 */
export function adoptPendingEdits(db: AppDB, edits: readonly PendingEdit[]): Promise<void> {
  return guarded(async () => {
    const tx = db.transaction('pending', 'readwrite');
    for (const edit of edits) void tx.store.put(edit).catch(() => undefined); // fails tx.done
    await tx.done;
  });
}

/** Whether the pending edit with this key is in the pending store (a key-only look). */
export function hasPendingEdit(db: AppDB, key: string): Promise<boolean> {
  return guarded(async () => (await db.getKey('pending', key)) !== undefined);
}

/** What settlePending wrote. */
export interface SettledEdits {
  /** Assessments written, with their new revision (for the other tabs to hear of). */
  assessments: Array<{ id: string; revision: number }>;
  /** Assessments in the trash whose entry took the edit instead (never re-created). */
  trashed: string[];
  checklists: string[];
  /** The keys of every pending edit merged (or found to change nothing) and removed. */
  keys: string[];
}

/** How many pending edits are waiting (without reading them). */
export function countPending(db: AppDB): Promise<number> {
  return guarded(() => db.count('pending'));
}

/**
 * Merges every pending close-time edit into its record, oldest first, in one transaction: over a
 * newer stored revision the edit is laid field by field (both texts kept where both sides changed
 * the same notes); an assessment moved to the trash meanwhile gets the edit in its trash entry, so it
 * is never re-created; a checklist deleted meanwhile stays deleted.
 */
export function settlePending(db: AppDB, now = new Date().toISOString()): Promise<SettledEdits> {
  return guarded(async () => {
    const settled: SettledEdits = { assessments: [], trashed: [], checklists: [], keys: [] };
    // A key-only look first: the common case (nothing pending) takes no readwrite lock on records.
    if ((await db.count('pending')) === 0) return settled;
    const tx = db.transaction(['pending', 'assessments', 'trash', 'checklists'], 'readwrite');
    const edits = (await tx.objectStore('pending').getAll()).sort((a, b) =>
      a.at < b.at ? -1 : a.at > b.at ? 1 : 0,
    );
    const written = new Map<string, number>();
    for (const edit of edits) {
      if (edit.kind === 'assessment') {
        const stored = await tx.objectStore('assessments').get(edit.id);
        if (stored) {
          const next = applyEdit(stored, edit, now);
          if (next) {
            await tx.objectStore('assessments').put(next);
            written.set(next.id, next.revision);
          }
        } else {
          const entry = await tx.objectStore('trash').get(edit.id);
          if (entry) {
            const next = applyEdit(entry.assessment, edit, now);
            if (next) {
              await tx.objectStore('trash').put({ ...entry, assessment: next });
              settled.trashed.push(edit.id);
            }
          }
        }
      } else {
        const stored = await tx.objectStore('checklists').get(edit.id);
        if (
          stored &&
          !sameValue(stored, edit.record) &&
          stored.updatedAt <= edit.record.updatedAt
        ) {
          await tx.objectStore('checklists').put(edit.record);
          settled.checklists.push(edit.id);
        }
      }
      await tx.objectStore('pending').delete(edit.key);
      settled.keys.push(edit.key);
    }
    await tx.done;
    settled.assessments = [...written].map(([id, revision]) => ({ id, revision }));
    return settled;
  });
}

/** Bookkeeping fields left out when comparing contents. */
function contents(a: Assessment): Omit<Assessment, 'revision' | 'updatedAt'> {
  const { revision: _r, updatedAt: _u, ...rest } = a;
  return rest;
}

/** The stored record with the edit laid over it, or undefined when it changes nothing. */
function applyEdit(
  stored: Assessment,
  edit: Extract<PendingEdit, { kind: 'assessment' }>,
  now: string,
): Assessment | undefined {
  // The save the tab had under way committed (the stored record is it): its changes are the base.
  const base =
    edit.inflight &&
    stored.revision === edit.inflight.revision &&
    sameValue(contents(stored), contents(edit.inflight))
      ? edit.inflight
      : edit.base;
  const merged = mergeKeepingBoth(base, edit.working, stored);
  if (sameValue(contents(merged), contents(stored))) return undefined;
  return { ...merged, revision: stored.revision + 1, updatedAt: now };
}

/** A pending edit of an assessment, keyed so that two tabs closing at once never overwrite each other. */
export function pendingAssessmentEdit(
  base: Assessment,
  working: Assessment,
  inflight: Assessment | undefined,
  at: string,
): PendingEdit {
  return {
    key: `${at}:${crypto.randomUUID()}`,
    kind: 'assessment',
    id: working.id,
    at,
    base,
    working,
    ...(inflight ? { inflight } : {}),
  };
}

/** A pending edit of a custom checklist. */
export function pendingChecklistEdit(record: CustomChecklist, at: string): PendingEdit {
  return { key: `${at}:${crypto.randomUUID()}`, kind: 'checklist', id: record.key, at, record };
}
