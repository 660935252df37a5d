import type { Assessment } from '../model/assessment';
import { buildBackupFile, type BackupFile } from '../model/backup-file';
import type { CustomChecklist } from '../model/custom-checklist';
import { getSnapshots } from './assessments';
import type { AppDB } from './db';
import { StorageError, guarded } from './errors';

/** Exports the assessments with these ids and the checklist snapshots they point at. */
export function exportAssessments(
  db: AppDB,
  ids: readonly string[],
  now = new Date().toISOString(),
): Promise<BackupFile> {
  return guarded(async () => {
    const tx = db.transaction(['assessments', 'snapshots']);
    const assessments: Assessment[] = [];
    for (const id of ids) {
      const found = await tx.objectStore('assessments').get(id);
      if (!found) throw new StorageError('notFound', `No assessment ${id}`);
      assessments.push(found);
    }
    const snapshots = [];
    for (const hash of new Set(assessments.map((a) => a.checklist.hash))) {
      const snapshot = await tx.objectStore('snapshots').get(hash);
      if (snapshot) snapshots.push(snapshot);
    }
    await tx.done;
    return buildBackupFile('assessments', { assessments, snapshots }, now);
  });
}

/** Exports everything worth keeping: every assessment, their snapshots and the custom checklists. */
export function exportFullBackup(db: AppDB, now = new Date().toISOString()): Promise<BackupFile> {
  return guarded(async () => {
    const tx = db.transaction(['assessments', 'snapshots', 'checklists', 'trash']);
    const assessments = await tx.objectStore('assessments').getAll();
    const checklists = await tx.objectStore('checklists').getAll();
    // The trash too, with its deletion dates: a restore from the file brings back what it held.
    const trash = await tx.objectStore('trash').getAll();
    await tx.done;
    const snapshots = await getSnapshots(db, [
      ...assessments.map((a) => a.checklist.hash),
      ...trash.map((entry) => entry.assessment.checklist.hash),
    ]);
    return buildBackupFile(
      'backup',
      { assessments, snapshots: [...snapshots.values()], checklists, trash },
      now,
    );
  });
}

export type ImportKind = 'assessment' | 'checklist';

/** One side of a conflict, as the user needs to tell them apart. */
export interface ImportVersion {
  name: string;
  updatedAt: string;
  /** The assessment's date; '' for checklists. */
  date: string;
  /** Saved changes so far; 0 for checklists. */
  revision: number;
}

/** An imported record whose id already exists with different contents. */
export interface ImportConflict {
  kind: ImportKind;
  id: string;
  mine: ImportVersion;
  theirs: ImportVersion;
}

/** What an import would do, before anything is written. */
export interface ImportPlan {
  /** Records that do not exist yet. */
  fresh: Array<{ kind: ImportKind; id: string; name: string }>;
  conflicts: ImportConflict[];
  /** Records that exist with exactly the same contents; nothing to do. */
  unchanged: number;
}

/** Per conflict: keep the stored one, replace it with the imported one, or keep both. */
export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** The key of a conflict in a choices map. */
export function conflictKey(kind: ImportKind, id: string): string {
  return `${kind}:${id}`;
}

export interface ApplyOptions {
  /** Added to the name of an imported copy kept beside the stored one, e.g. "(tuotu)". */
  copySuffix: string;
  /** Id for such a copy; random by default. */
  newId?: () => string;
}

/** What an import did. */
export interface ImportResult {
  added: number;
  replaced: number;
  copied: number;
  kept: number;
  unchanged: number;
  /** Custom checklists written (new, replaced or copied). */
  checklists: number;
}

/** Compares which imported records are new and which clash with stored ones. Writes nothing. */
export function planImport(db: AppDB, file: BackupFile): Promise<ImportPlan> {
  return guarded(async () => {
    const tx = db.transaction(['assessments', 'checklists']);
    const plan: ImportPlan = { fresh: [], conflicts: [], unchanged: 0 };
    for (const theirs of file.assessments) {
      const mine = await tx.objectStore('assessments').get(theirs.id);
      if (!mine) plan.fresh.push({ kind: 'assessment', id: theirs.id, name: theirs.organisation });
      else if (sameRecord(mine, theirs)) plan.unchanged++;
      else {
        plan.conflicts.push({
          kind: 'assessment',
          id: theirs.id,
          mine: assessmentVersion(mine),
          theirs: assessmentVersion(theirs),
        });
      }
    }
    for (const theirs of file.checklists) {
      const mine = await tx.objectStore('checklists').get(theirs.key);
      if (!mine) plan.fresh.push({ kind: 'checklist', id: theirs.key, name: theirs.title });
      else if (sameRecord(mine, theirs)) plan.unchanged++;
      else {
        plan.conflicts.push({
          kind: 'checklist',
          id: theirs.key,
          mine: checklistVersion(mine),
          theirs: checklistVersion(theirs),
        });
      }
    }
    await tx.done;
    return plan;
  });
}

/**
 * Writes a checked file in one transaction, resolving each conflict as chosen: all or nothing.
 * A conflict without a choice (e.g. a record another tab added since planning) aborts it as stale.
 */
export function applyImport(
  db: AppDB,
  file: BackupFile,
  choices: ReadonlyMap<string, ConflictChoice>,
  options: ApplyOptions,
): Promise<ImportResult> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  return guarded(async () => {
    const tx = db.transaction(['assessments', 'snapshots', 'checklists', 'trash'], 'readwrite');
    const result: ImportResult = {
      added: 0,
      replaced: 0,
      copied: 0,
      kept: 0,
      unchanged: 0,
      checklists: 0,
    };
    const choose = (kind: ImportKind, id: string): ConflictChoice => {
      const choice = choices.get(conflictKey(kind, id));
      if (!choice) throw new StorageError('stale', `No choice for ${kind} ${id}`);
      return choice;
    };
    try {
      const snapshots = tx.objectStore('snapshots');
      for (const snapshot of file.snapshots) {
        // Content-addressed and hash-checked on parse: an existing one is the same snapshot.
        if (!(await snapshots.getKey(snapshot.hash))) await snapshots.put(snapshot);
      }
      const checklists = tx.objectStore('checklists');
      for (const theirs of file.checklists) {
        const mine = await checklists.get(theirs.key);
        if (!mine) {
          await checklists.add(theirs);
          result.checklists++;
        } else if (!sameRecord(mine, theirs)) {
          const choice = choose('checklist', theirs.key);
          if (choice === 'theirs') await checklists.put(theirs);
          if (choice === 'both') await checklists.add({ ...theirs, key: newId() });
          if (choice !== 'mine') result.checklists++;
        }
      }
      const assessments = tx.objectStore('assessments');
      for (const theirs of file.assessments) {
        const mine = await assessments.get(theirs.id);
        if (!mine) {
          await assessments.add(theirs);
          result.added++;
        } else if (sameRecord(mine, theirs)) {
          result.unchanged++;
        } else {
          const choice = choose('assessment', theirs.id);
          if (choice === 'mine') result.kept++;
          else if (choice === 'theirs') {
            // Above the stored revision, so a tab still editing "mine" cannot save over it unseen.
            const revision = Math.max(mine.revision, theirs.revision) + 1;
            await assessments.put({ ...theirs, revision });
            result.replaced++;
          } else {
            await assessments.add({
              ...theirs,
              id: newId(),
              organisation: `${theirs.organisation} ${options.copySuffix}`.trim(),
              revision: 0,
            });
            result.copied++;
          }
        }
      }
      // The file's trash joins the trash: an entry already there with other contents is kept
      // beside the imported one, never overwritten.
      const trash = tx.objectStore('trash');
      for (const theirs of file.trash ?? []) {
        const mine = await trash.get(theirs.id);
        if (!mine) await trash.add(theirs);
        else if (!sameRecord(mine, theirs)) {
          const id = newId();
          await trash.add({ ...theirs, id, assessment: { ...theirs.assessment, id } });
        }
      }
      await tx.done;
    } catch (error) {
      // Nothing of this import may stay: abort (if IndexedDB has not already) and report the cause.
      tx.done.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      throw error;
    }
    return result;
  });
}

function assessmentVersion(a: Assessment): ImportVersion {
  return { name: a.organisation, updatedAt: a.updatedAt, date: a.date, revision: a.revision };
}

function checklistVersion(c: CustomChecklist): ImportVersion {
  return { name: c.title, updatedAt: c.updatedAt, date: '', revision: 0 };
}

/** Same contents regardless of key order (zod rebuilds objects in schema order). */
function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
