import type { AppDB } from '../../storage/db';
import {
  appDb,
  appDbExists,
  connectionStarted,
  existingAppDb,
  onConnectionOpened,
} from '../../storage/connection';
import { mayHaveDatabase, rememberDatabase } from './stored-marker';

// Imported first by main.ts, so that on a return visit the database starts opening while the rest
// of the app's modules evaluate and the shell renders, rather than after. On a first visit there is
// no database yet: the start page shows its empty list at once, and the shell creates the database
// in idle time after the first render (or the first write does), since creating it (the upgrade)
// took 250–680 ms of a throttled cold start, most of the start page's time beyond the floor page's.

// Until this browser has opened the database (the marker, stored-marker.ts), a start does not ask
// whether it exists: waiting for the browser's answer was about 50 ms of a throttled first start,
// all of it on the way to the list (bench/BUDGETS.md). The start page then shows its empty list at
// once and asks after; if the database is there after all (the marker lost, or the data kept by a
// version of the app from before the marker), what is stored shows a moment later.
onConnectionOpened(rememberDatabase);
// Not asking, the answer is there after a task: the first render then still runs in a task of its
// own, after the modules' evaluation, so that neither is a long task (the start-up blocking figure).
const found = mayHaveDatabase()
  ? appDbExists()
  : new Promise<boolean>((resolve) => setTimeout(() => resolve(false)));
const atStartUp = found.then((exists) => (exists ? appDb() : undefined));
atStartUp.catch(() => undefined);

/** How long the shell's first render waits at most for the answer whether the database exists. */
const CHECK_WAIT_MS = 200;

/**
 * Resolves once it is known whether the database exists (a reply that comes just after the modules
 * have evaluated), or after CHECK_WAIT_MS: the shell's first render waits for it, so that the start
 * page renders its list in the same task as the frame on a first visit.
 */
export function startUpChecked(): Promise<void> {
  const wait = new Promise<void>((resolve) => setTimeout(resolve, CHECK_WAIT_MS));
  return Promise.race([found.then(() => undefined), wait]);
}

/** The start-up answer, until the first read has taken it. */
let firstRead: Promise<AppDB | undefined> | undefined = atStartUp;

/**
 * The database as found at start-up, for the start page's first read: the connection, or undefined
 * when there was none. Only once, and only while this page has not opened (or created) the database
 * since: any later read asks again, as the answer may be out of date by then (the page started on
 * another view and wrote). After a failure it asks again (a failure is shown by the view that reads).
 */
export function startUpDb(): Promise<AppDB | undefined> {
  const first = firstRead;
  firstRead = undefined;
  if (!first || connectionStarted()) return existingAppDb();
  return first.catch(() => existingAppDb());
}
