import { openAppDb, type AppDB } from './db';

let connection: Promise<AppDB> | undefined;
const versionListeners = new Set<() => void>();

/** The app's single database connection, opened on first use. */
export function appDb(): Promise<AppDB> {
  connection ??= openAppDb({
    onVersionChange: () => {
      connection = undefined;
      for (const listener of versionListeners) listener();
    },
  }).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

/** Calls back when another tab upgrades the database and this one had to let go. */
export function onDatabaseReplaced(listener: () => void): () => void {
  versionListeners.add(listener);
  return () => versionListeners.delete(listener);
}
