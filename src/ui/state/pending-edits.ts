import { appDb } from '../../storage/connection';
import { settlePending, type SettledEdits } from '../../storage/pending';
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
