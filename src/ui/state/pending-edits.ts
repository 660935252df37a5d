import { appDb } from '../../storage/connection';
import { hasPendingEdit, settlePending, type SettledEdits } from '../../storage/pending';
import { DataChannel } from './data-channel';

/**
 * Merges the close-time edits other pages left in the pending store into their records, and tells
 * the open tabs of each record written so they show it.
 */
export async function settlePendingEdits(channel?: DataChannel): Promise<SettledEdits> {
  const settled = await settlePending(await appDb());
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
