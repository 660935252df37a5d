import { appDb } from '../../storage/connection';
import { purgeTrash, trashCutoff } from '../../storage/trash';

/**
 * Deletes trash entries older than the trash keeps them, once per start. Housekeeping only: when
 * storage is unavailable the views say so, so a failure here needs no message of its own.
 */
export async function purgeOldTrash(now = new Date()): Promise<number> {
  try {
    return await purgeTrash(await appDb(), trashCutoff(now));
  } catch {
    return 0;
  }
}
