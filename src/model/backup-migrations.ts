// The file format's numbered migrations. Kept apart from the zod schemas so that code which only
// writes files (the rescue download) does not load zod.

/** A parsed file as plain JSON data, before it is checked against the current schema. */
export type RawBackup = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Gives every action of a stored assessment the status `planned`, the only state an action had
 * before statuses existed. Works on raw data: anything not shaped like an assessment is left as it
 * is for the schema check to name. Returns a new object; the input is not changed.
 */
export function withActionStatuses(assessment: unknown): unknown {
  if (!isRecord(assessment) || !isRecord(assessment.answers)) return assessment;
  const answers: Record<string, unknown> = {};
  for (const [itemId, answer] of Object.entries(assessment.answers)) {
    answers[itemId] =
      isRecord(answer) && Array.isArray(answer.actions)
        ? {
            ...answer,
            actions: answer.actions.map((action: unknown) =>
              isRecord(action) && !('status' in action) ? { ...action, status: 'planned' } : action,
            ),
          }
        : answer;
  }
  return { ...assessment, answers };
}

/**
 * Migration n brings a file from format version n + 1 to n + 2 and sets its `formatVersion`.
 * Append only; never edit a released one.
 */
export const FILE_MIGRATIONS: ReadonlyArray<(file: RawBackup) => RawBackup> = [
  // 1 → 2: actions have a status (targets, priorities and the review are optional and new).
  (file) => ({
    ...file,
    formatVersion: 2,
    ...(Array.isArray(file.assessments)
      ? { assessments: file.assessments.map(withActionStatuses) }
      : {}),
    ...(Array.isArray(file.trash)
      ? {
          trash: file.trash.map((entry: unknown) =>
            isRecord(entry)
              ? { ...entry, assessment: withActionStatuses(entry.assessment) }
              : entry,
          ),
        }
      : {}),
  }),
];

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
