import { appDb, openedDb } from '../../storage/connection';
import type { PendingEdit } from '../../storage/db';
import {
  adoptPendingEdits,
  hasPendingEdit,
  settlePending,
  writePendingEdit,
  type SettledEdits,
} from '../../storage/pending';
import { DataChannel } from './data-channel';

/** localStorage keys of close-time edits kept there too: the prefix, then the edit's own key. */
const STASH_PREFIX = 'jy.pending:';

/**
 * Writes an edit as its page goes away (pagehide), in this task. First to localStorage, which is
 * synchronous: the browser has it whatever happens next. Then to the pending store: that write can
 * be lost, as the browser drops a transaction the page had not got started before it was torn down
 * (one queued behind another tab's merge on the pending store, say). The localStorage copy goes once
 * the pending store has the edit; the next page that settles adopts whatever copy is left.
 */
export function writeEditOnLeave(edit: PendingEdit): Promise<void> {
  stash(edit);
  const db = openedDb();
  // Issued in this task where the connection is open (the load that set the edit's base opened it).
  const written = db ? writePendingEdit(db, edit) : appDb().then((d) => writePendingEdit(d, edit));
  return written.then(() => unstash(edit.key));
}

function stash(edit: PendingEdit): void {
  try {
    localStorage.setItem(STASH_PREFIX + edit.key, JSON.stringify(edit));
  } catch {
    // Storage full or turned off: the pending store's write is still on its way.
  }
}

function unstash(key: string): void {
  try {
    localStorage.removeItem(STASH_PREFIX + key);
  } catch {
    // Nothing to remove where there is no localStorage.
  }
}

/** A stashed value that is an edit this app wrote (anything else is dropped). */
function asPendingEdit(value: unknown, key: string): PendingEdit | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const edit = value as Record<string, unknown>;
  const record = (r: unknown) => typeof r === 'object' && r !== null;
  const fits =
    edit.key === key &&
    typeof edit.id === 'string' &&
    typeof edit.at === 'string' &&
    ((edit.kind === 'assessment' && record(edit.base) && record(edit.working)) ||
      (edit.kind === 'checklist' && record(edit.record)));
  return fits ? (value as PendingEdit) : undefined;
}

/** The edits pages left in localStorage as they went away; unreadable entries are removed. */
function stashedEdits(): PendingEdit[] {
  const edits: PendingEdit[] = [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name?.startsWith(STASH_PREFIX)) keys.push(name.slice(STASH_PREFIX.length));
    }
    for (const key of keys) {
      let edit: PendingEdit | undefined;
      try {
        edit = asPendingEdit(JSON.parse(localStorage.getItem(STASH_PREFIX + key) ?? 'null'), key);
      } catch {
        edit = undefined;
      }
      if (edit) edits.push(edit);
      else unstash(key);
    }
  } catch {
    // No localStorage: nothing was stashed.
  }
  return edits;
}

/**
 * Merges the close-time edits other pages left (in the pending store, or in localStorage where
 * their write to it did not get in) into their records, and tells the open tabs of each record
 * written so they show it.
 */
export async function settlePendingEdits(channel?: DataChannel): Promise<SettledEdits> {
  const db = await appDb();
  const stashed = stashedEdits();
  if (stashed.length > 0) {
    await adoptPendingEdits(db, stashed);
    for (const edit of stashed) unstash(edit.key);
  }
  const settled = await settlePending(db);
  // Merged: a copy still in localStorage (its page went before it could remove it) must not come back.
  for (const key of settled.keys) unstash(key);
  if (settled.assessments.length > 0 || settled.trashed.length > 0) {
    const sender = channel ?? new DataChannel();
    for (const { id, revision } of settled.assessments) {
      sender.post({ type: 'saved', assessmentId: id, revision });
    }
    for (const id of settled.trashed) sender.post({ type: 'trashed', assessmentId: id });
    if (!channel) sender.close();
  }
  return settled;
}

/** How long a tab told of a close-time edit looks for it to reach storage: 25 ms, doubling, ~3 s in all. */
const FIRST_LOOK_MS = 25;
const LAST_LOOK_MS = 1600;

/**
 * Resolves true once the close-time edit with this key is in the pending store. A closing tab's
 * message travels apart from its write and can arrive first, so a settle made on hearing it may
 * find nothing; this looks again with growing pauses. False when it never showed up in about three
 * seconds: another tab already merged it (and announced the save), or the closing page's write was
 * refused.
 */
export async function whenPendingWritten(key: string): Promise<boolean> {
  const db = await appDb();
  for (let pause = FIRST_LOOK_MS; ; pause *= 2) {
    if (await hasPendingEdit(db, key)) return true;
    if (pause > LAST_LOOK_MS) return false;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
