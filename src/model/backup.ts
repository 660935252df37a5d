import * as z from 'zod/mini';
import { AssessmentSchema, isWellFormed, type Assessment } from './assessment';
import { BACKUP_FORMAT, type BackupFile } from './backup-file';
import { BACKUP_FORMAT_VERSION, migrateBackup, type RawBackup } from './backup-migrations';
import { ChecklistSnapshotSchema, allItems, type Checklist } from './checklist';
import { CustomChecklistSchema } from './custom-checklist';
import { recordId } from './record-id';

export * from './backup-file';

const HEADER = {
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: z.string(),
  kind: z.enum(['assessments', 'backup']),
};
/** An assessment in the trash, with when it was deleted (full backups). */
export const TrashEntrySchema = z.object({
  id: recordId,
  /** When it was deleted (UTC ISO): the purge after 30 days counts from it. */
  deletedAt: z.iso.datetime(),
  assessment: AssessmentSchema,
});

/** The schema of each list's entries. */
const ENTRIES = {
  assessments: AssessmentSchema,
  snapshots: ChecklistSnapshotSchema,
  checklists: CustomChecklistSchema,
  trash: TrashEntrySchema,
} as const;
type ListName = keyof typeof ENTRIES;
const LISTS = Object.keys(ENTRIES) as ListName[];

/** The current file format. Unknown keys at the top are refused; deeper ones are dropped. */
export const BackupFileSchema = z.strictObject({
  ...HEADER,
  assessments: z.array(ENTRIES.assessments),
  snapshots: z.array(ENTRIES.snapshots),
  checklists: z.array(ENTRIES.checklists),
  /** Optional, so files written before the trash was backed up read as they are. */
  trash: z.optional(z.array(ENTRIES.trash)),
});

/** The same file with the lists' entries left unchecked: they are checked one by one. */
const OutlineSchema = z.strictObject({
  ...HEADER,
  assessments: z.array(z.unknown()),
  snapshots: z.array(z.unknown()),
  checklists: z.array(z.unknown()),
  trash: z.optional(z.array(z.unknown())),
});

/** Limits that keep a hostile file from exhausting the browser. */
export const BACKUP_LIMITS = {
  /** Characters of the whole file (≈ 50 MB). */
  fileChars: 50 * 1024 * 1024,
  /** Nesting of objects and arrays; real files reach about 10. */
  depth: 32,
  /** Characters of one string (a checklist's Markdown is the longest, a few tens of KB). */
  stringChars: 2_000_000,
  /** Characters of one object key (item ids, perspective ids). */
  keyChars: 1000,
  /** Problems collected before giving up. */
  problems: 1000,
  /** Entries of each list: far more than any organisation keeps. */
  entries: { assessments: 10_000, snapshots: 1000, checklists: 1000, trash: 10_000 } as Record<
    string,
    number
  >,
} as const;

/**
 * Keys that could reach an object's prototype when a record is later spread or assigned, and the
 * names an object inherits (`toString`, `hasOwnProperty`…), which a lookup by key would find.
 */
const FORBIDDEN_KEYS = new Set([
  '__proto__',
  'constructor',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/** Every kind of problem a file can have; the UI has a sentence for each. */
export const BACKUP_PROBLEM_CODES = [
  'tooLarge',
  'notJson',
  'truncated',
  'notObject',
  'wrongFormat',
  'unsupportedVersion',
  'futureVersion',
  'migrationFailed',
  'forbiddenKey',
  'tooDeep',
  'stringTooLong',
  'keyTooLong',
  'invalidType',
  'invalidValue',
  'tooSmall',
  'tooBig',
  'invalidFormat',
  'unknownKey',
  'invalid',
  'duplicateId',
  'snapshotMismatch',
  'snapshotMissing',
  'textMalformed',
  'snapshotInvalid',
  'checklistRefMismatch',
  'unknownItem',
  'levelNotOnScale',
  'unknownPerspective',
] as const;
export type BackupProblemCode = (typeof BACKUP_PROBLEM_CODES)[number];

/** One thing wrong with a file: a code, where (e.g. `assessments[3].answers.A1.level`), and details. */
export interface BackupProblem {
  code: BackupProblemCode;
  /** '' for the file as a whole. */
  path: string;
  params: Record<string, string | number>;
}

export type BackupParseResult =
  { ok: true; file: BackupFile } | { ok: false; problems: BackupProblem[] };

/** SHA-256 (lower-case hex) of a text; given by the caller so this module stays pure. */
export type Hasher = (text: string) => Promise<string>;

/**
 * The app's own reading of a checklist's Markdown (the model, or undefined when it has errors);
 * given by the caller so this module stays pure. A model written in a file is never trusted.
 */
export type ChecklistReader = (source: string) => Checklist | undefined;

type Segment = string | number;

/** A path the way a reader of the JSON finds it: `assessments[3].answers.A1.level`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else {
      const key = String(s);
      const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
      out += /^[A-Za-z_][\w-]*$/.test(key)
        ? `${out ? '.' : ''}${shown}`
        : `[${JSON.stringify(shown)}]`;
    }
  }
  return out;
}

function problem(
  code: BackupProblemCode,
  path: readonly Segment[] = [],
  params: Record<string, string | number> = {},
): BackupProblem {
  return { code, path: formatPath(path), params };
}

/**
 * Reads, migrates and checks a whole file; returns it, or every problem found. Never throws.
 * Every snapshot's model in the result is `read(source)`, whatever the file said.
 */
export async function parseBackupFile(
  text: string,
  hash: Hasher,
  read: ChecklistReader,
): Promise<BackupParseResult> {
  const fail = (problems: BackupProblem[]): BackupParseResult => ({ ok: false, problems });
  if (text.length > BACKUP_LIMITS.fileChars) {
    return fail([problem('tooLarge', [], { size: text.length, limit: BACKUP_LIMITS.fileChars })]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail([jsonProblem(text, error)]);
  }
  const structural = inspectStructure(value);
  if (structural.length > 0) return fail(structural);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail([problem('notObject', [], { found: typeName(value) })]);
  }
  const raw = value as RawBackup;
  if (raw.format !== BACKUP_FORMAT) {
    return fail([problem('wrongFormat', ['format'], { expected: BACKUP_FORMAT })]);
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' && version !== undefined) {
    return fail([
      problem('invalidType', ['formatVersion'], { expected: 'number', found: typeName(version) }),
    ]);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([problem('unsupportedVersion', ['formatVersion'], { found: shortText(version) })]);
  }
  if (version > BACKUP_FORMAT_VERSION) {
    return fail([
      problem('futureVersion', ['formatVersion'], {
        found: version,
        supported: BACKUP_FORMAT_VERSION,
      }),
    ]);
  }
  let migrated: RawBackup;
  try {
    migrated = migrateBackup(raw, version);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail([problem('migrationFailed', [], { version, message })]);
  }
  const checked = checkSchema(migrated);
  if (!checked.ok) return fail(checked.problems);
  const file = checked.file;
  const crossProblems = await crossCheck(file, hash);
  if (crossProblems.length === 0) crossProblems.push(...reread(file, read));
  return crossProblems.length > 0 ? fail(crossProblems) : { ok: true, file };
}

function jsonProblem(text: string, error: unknown): BackupProblem {
  if (error instanceof RangeError) return problem('tooDeep', [], { limit: BACKUP_LIMITS.depth });
  // The app writes a file in one piece that ends with "}": text that stops before one was cut off.
  // Anything else is damaged or not ours; where exactly would not help the user mend it.
  return /\}\s*$/.test(text) ? problem('notJson') : problem('truncated');
}

/**
 * Prototype keys, depth, and string lengths, checked before zod sees anything. Recursion stops at
 * the depth limit and shares one path array, so even a file of millions of values costs little memory.
 */
function inspectStructure(root: unknown): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const path: Segment[] = [];
  const full = () => problems.length >= BACKUP_LIMITS.problems;
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!isWellFormed(value)) problems.push(problem('textMalformed', path));
      else if (value.length > BACKUP_LIMITS.stringChars) {
        problems.push(
          problem('stringTooLong', path, {
            length: value.length,
            limit: BACKUP_LIMITS.stringChars,
          }),
        );
      }
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (path.length >= BACKUP_LIMITS.depth) {
      problems.push(problem('tooDeep', path, { limit: BACKUP_LIMITS.depth }));
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && !full(); i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      if (full()) return;
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) problems.push(problem('forbiddenKey', path, { key }));
      else if (!isWellFormed(key)) problems.push(problem('textMalformed', path));
      else if (key.length > BACKUP_LIMITS.keyChars) {
        problems.push(
          problem('keyTooLong', path, { length: key.length, limit: BACKUP_LIMITS.keyChars }),
        );
      } else visit((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  visit(root);
  return problems;
}

/**
 * Checks the outline, then each list entry on its own, so that a file of a million bad entries
 * stops at the problem limit instead of making a million zod issues.
 */
function checkSchema(data: RawBackup): BackupParseResult {
  const problems: BackupProblem[] = [];
  const outline = OutlineSchema.safeParse(data);
  if (!outline.success) {
    for (const issue of outline.error.issues) problems.push(issueProblem(issue, data));
  }
  const file: Record<string, unknown> = { ...outline.data };
  for (const list of LISTS) {
    const given = data[list];
    if (!Array.isArray(given)) continue;
    const most = BACKUP_LIMITS.entries[list];
    if (most !== undefined && given.length > most) {
      problems.push(problem('tooBig', [list], { maximum: most }));
      continue;
    }
    const entries: unknown[] = [];
    for (let i = 0; i < given.length && problems.length < BACKUP_LIMITS.problems; i++) {
      const result = ENTRIES[list].safeParse(given[i]);
      if (result.success) entries.push(result.data);
      else {
        for (const issue of result.error.issues) {
          problems.push(issueProblem({ ...issue, path: [list, i, ...issue.path] }, data));
        }
      }
    }
    file[list] = entries;
  }
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, BACKUP_LIMITS.problems) }
    : { ok: true, file: file as unknown as BackupFile };
}

function issueProblem(issue: z.core.$ZodIssue, data: unknown): BackupProblem {
  const path = issue.path as Segment[];
  switch (issue.code) {
    case 'invalid_type': {
      const found = valueAt(data, path);
      return found.present
        ? problem('invalidType', path, { expected: issue.expected, found: typeName(found.value) })
        : problem('invalidType', path, { expected: issue.expected, found: 'missing' });
    }
    case 'invalid_value':
      return problem('invalidValue', path, {
        allowed: issue.values.map((v) => JSON.stringify(v)).join(', '),
      });
    case 'too_small':
      return problem('tooSmall', path, { minimum: Number(issue.minimum) });
    case 'too_big':
      return problem('tooBig', path, { maximum: Number(issue.maximum) });
    case 'invalid_format':
    case 'invalid_key':
      return problem('invalidFormat', path);
    case 'unrecognized_keys':
      return problem('unknownKey', path, { keys: issue.keys.join(', ') });
    default:
      return problem('invalid', path);
  }
}

async function crossCheck(file: BackupFile, hash: Hasher): Promise<BackupProblem[]> {
  const problems: BackupProblem[] = [];
  const firstIndex = new Map<string, number>();
  file.snapshots.forEach((s, i) => {
    if (firstIndex.has(s.hash))
      problems.push(problem('duplicateId', ['snapshots', i, 'hash'], { id: s.hash }));
    else firstIndex.set(s.hash, i);
  });
  const hashes = await Promise.all(file.snapshots.map((s) => hash(s.source)));
  hashes.forEach((actual, i) => {
    if (actual !== file.snapshots[i]!.hash)
      problems.push(problem('snapshotMismatch', ['snapshots', i, 'hash']));
  });
  const ids = new Set<string>();
  file.assessments.forEach((a, i) => {
    if (ids.has(a.id))
      problems.push(problem('duplicateId', ['assessments', i, 'id'], { id: shortText(a.id) }));
    ids.add(a.id);
    if (!firstIndex.has(a.checklist.hash)) {
      problems.push(problem('snapshotMissing', ['assessments', i, 'checklist', 'hash']));
    }
  });
  const trashIds = new Set<string>();
  (file.trash ?? []).forEach((entry, i) => {
    if (trashIds.has(entry.id))
      problems.push(problem('duplicateId', ['trash', i, 'id'], { id: shortText(entry.id) }));
    trashIds.add(entry.id);
    if (!firstIndex.has(entry.assessment.checklist.hash)) {
      problems.push(problem('snapshotMissing', ['trash', i, 'assessment', 'checklist', 'hash']));
    }
  });
  const keys = new Set<string>();
  file.checklists.forEach((c, i) => {
    if (keys.has(c.key))
      problems.push(problem('duplicateId', ['checklists', i, 'key'], { id: shortText(c.key) }));
    keys.add(c.key);
  });
  return problems;
}

/**
 * Replaces each snapshot's model with the app's own reading of its Markdown, re-reads each custom
 * checklist's title, id, version and draft state, and checks every assessment against its model:
 * the checklist it names, answers only for items it has, levels only from its scale.
 */
function reread(file: BackupFile, read: ChecklistReader): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const models = new Map<string, Checklist>();
  file.snapshots = file.snapshots.map((snapshot, i) => {
    const model = read(snapshot.source);
    if (!model) {
      problems.push(problem('snapshotInvalid', ['snapshots', i, 'source']));
      return snapshot;
    }
    models.set(snapshot.hash, model);
    return { ...snapshot, checklist: model };
  });
  file.assessments.forEach((a, i) => {
    const model = models.get(a.checklist.hash);
    if (model && problems.length < BACKUP_LIMITS.problems) {
      problems.push(...checkAgainst(a, model, ['assessments', i]));
    }
  });
  // A trashed assessment can be restored, so it meets the same checks as a live one.
  (file.trash ?? []).forEach((entry, i) => {
    const model = models.get(entry.assessment.checklist.hash);
    if (model && problems.length < BACKUP_LIMITS.problems) {
      problems.push(...checkAgainst(entry.assessment, model, ['trash', i, 'assessment']));
    }
  });
  file.checklists = file.checklists.map((c) => {
    const model = read(c.source);
    if (!model) return { ...c, draft: true };
    return {
      ...c,
      title: model.title,
      checklistId: model.id,
      version: model.version,
      draft: false,
    };
  });
  return problems.slice(0, BACKUP_LIMITS.problems);
}

function checkAgainst(a: Assessment, model: Checklist, at: Segment[]): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const ref = a.checklist;
  if (ref.id !== model.id || ref.version !== model.version || ref.title !== model.title) {
    problems.push(
      problem('checklistRefMismatch', [...at, 'checklist'], {
        id: shortText(model.id),
        version: shortText(model.version),
      }),
    );
  }
  const items = new Set(allItems(model).map((item) => item.id));
  const levels = new Set(model.scale.levels.map((l) => l.value));
  const perspectives = new Set((a.perspectives ?? []).map((p) => p.id));
  const onScale = (level: number | null | undefined, path: Segment[]) => {
    if (typeof level === 'number' && !levels.has(level)) {
      problems.push(problem('levelNotOnScale', path, { level, allowed: [...levels].join(', ') }));
    }
  };
  for (const [itemId, answer] of Object.entries(a.answers)) {
    const path = [...at, 'answers', itemId];
    if (!items.has(itemId)) {
      problems.push(problem('unknownItem', path, { id: shortText(itemId) }));
      continue;
    }
    onScale(answer.level, [...path, 'level']);
    onScale(answer.target?.level, [...path, 'target', 'level']);
    for (const [perspective, level] of Object.entries(answer.ratings ?? {})) {
      if (!perspectives.has(perspective)) {
        problems.push(
          problem('unknownPerspective', [...path, 'ratings', perspective], {
            id: shortText(perspective),
          }),
        );
      } else onScale(level, [...path, 'ratings', perspective]);
    }
    for (const value of Object.keys(answer.tally ?? {})) {
      onScale(Number(value), [...path, 'tally', value]);
    }
  }
  return problems;
}

function valueAt(data: unknown, path: readonly Segment[]): { present: boolean; value?: unknown } {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) {
      return { present: false };
    }
    current = (current as Record<Segment, unknown>)[segment];
  }
  return { present: true, value: current };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function shortText(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
