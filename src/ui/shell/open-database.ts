import type { AppDB } from '../../storage/db';
import { existingAppDb } from '../../storage/connection';

// Imported first by main.ts, so that on a return visit the database starts opening while the rest
// of the app's modules evaluate and the shell renders, rather than after. On a first visit there is
// no database yet: the start page shows its empty list at once, and the shell creates the database
// in idle time after the first render (or the first write does), since creating it (the upgrade)
// took 250–680 ms of a throttled cold start, most of the start page's time beyond the floor page's.
const atStartUp = existingAppDb();
atStartUp.catch(() => undefined);

/**
 * The database as found at start-up, for the start page's first read: the connection, or undefined
 * when there was none. After a failure it asks again (a failure is shown by the view that reads).
 */
export function startUpDb(): Promise<AppDB | undefined> {
  return atStartUp.catch(() => existingAppDb());
}
