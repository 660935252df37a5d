// The file format's numbered migrations. Kept apart from the zod schemas so that code which only
// writes files (the rescue download) does not load zod.

/** A parsed file as plain JSON data, before it is checked against the current schema. */
export type RawBackup = Record<string, unknown>;

/**
 * Migration n brings a file from format version n + 1 to n + 2 and sets its `formatVersion`.
 * Append only; never edit a released one. Version 1 is the first released format, so the list is
 * empty until version 2 exists.
 */
export const FILE_MIGRATIONS: ReadonlyArray<(file: RawBackup) => RawBackup> = [];

/** The format version this code writes. */
export const BACKUP_FORMAT_VERSION = FILE_MIGRATIONS.length + 1;

/** Runs every migration from a file's version up to the current one; pure. */
export function migrateBackup(
  file: RawBackup,
  fromVersion: number,
  migrations: ReadonlyArray<(file: RawBackup) => RawBackup> = FILE_MIGRATIONS,
): RawBackup {
  let current = file;
  for (let v = fromVersion; v <= migrations.length; v++) current = migrations[v - 1]!(current);
  return current;
}
