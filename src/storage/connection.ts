import { DB_NAME, openAppDb, type AppDB } from './db';
import { StorageError } from './errors';

/** ready: usable; blocked: waiting for older tabs to let go; replaced: another tab upgraded, reload. */
export type ConnectionState = 'ready' | 'blocked' | 'replaced';

let connection: Promise<AppDB> | undefined;
/** The connection once it is open, for code that must issue a request in the same task. */
let opened: AppDB | undefined;
let state: ConnectionState = 'ready';
const stateListeners = new Set<(state: ConnectionState) => void>();
const openListeners = new Set<() => void>();
const flushers = new Set<() => Promise<void>>();

function setState(next: ConnectionState): void {
  if (next === state) return;
  state = next;
  for (const listener of stateListeners) listener(next);
}

/** The app's single database connection, opened on first use. */
export function appDb(): Promise<AppDB> {
  if (state === 'replaced') {
    return Promise.reject(new StorageError('outdated', 'The database was upgraded by another tab'));
  }
  connection ??= openAppDb({
    onBlocked: () => setState('blocked'),
    beforeVersionChange: async () => {
      await Promise.allSettled([...flushers].map((flush) => flush()));
    },
    onVersionChange: () => {
      connection = undefined;
      opened = undefined;
      setState('replaced');
    },
  }).then(
    (db) => {
      if (state === 'blocked') setState('ready');
      opened = db;
      for (const listener of openListeners) listener();
      return db;
    },
    (error: unknown) => {
      connection = undefined;
      if (state === 'blocked') setState('ready');
      throw error;
    },
  );
  return connection;
}

/** Whether this page has opened the database, or is opening (or creating) it. */
export function connectionStarted(): boolean {
  return connection !== undefined;
}

/** The check in flight of whether the database exists, shared by whoever asks meanwhile. */
let existence: Promise<boolean> | undefined;

/**
 * Whether the app's database exists, without creating it: false on a first visit. Where the
 * browser cannot list its databases (or the listing fails), true, so that appDb() opens (or says
 * why it cannot).
 */
export function appDbExists(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') {
    return Promise.resolve(true);
  }
  existence ??= indexedDB
    .databases()
    .then(
      (list) => list.some((d) => d.name === DB_NAME),
      () => true,
    )
    .finally(() => {
      existence = undefined;
    });
  return existence;
}

/**
 * The connection if the app's database exists, otherwise undefined: on a first visit there is
 * nothing to read, and creating the database (its upgrade, the costliest part of a first start)
 * waits for the first write or idle time. Reading code asks this; writing code asks appDb().
 */
export async function existingAppDb(): Promise<AppDB | undefined> {
  if (!connection && state !== 'replaced' && !(await appDbExists())) return undefined;
  return appDb();
}

/**
 * The open connection, if appDb() has opened it: a page that is going away (pagehide) issues its
 * last write in the same task, as no later task or microtask may run (a removed frame runs none).
 */
export function openedDb(): AppDB | undefined {
  return state === 'replaced' ? undefined : opened;
}

/** The connection's state now. */
export function connectionState(): ConnectionState {
  return state;
}

/** Calls back whenever the connection's state changes; returns a function that stops it. */
export function onConnectionState(listener: (state: ConnectionState) => void): () => void {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}

/**
 * Calls back each time the connection opens (the database exists from then on); returns a function
 * that stops it.
 */
export function onConnectionOpened(listener: () => void): () => void {
  openListeners.add(listener);
  return () => openListeners.delete(listener);
}

/**
 * Registers a writer of pending changes, run before the connection closes for another tab's
 * upgrade and before a new version of the app takes over (`flushAllPending`).
 */
export function flushBeforeReplaced(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Writes every registered writer's pending changes; resolves when all have finished or failed. */
export async function flushAllPending(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}
