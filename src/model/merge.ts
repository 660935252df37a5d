import type { Action, Answer, Assessment, ReviewedAction } from './assessment';

// Two tabs editing one assessment: each keeps the record it last read or wrote (the base) and its
// working copy. When another tab has stored a newer record, the working copy's own changes since the
// base are laid over the newer record, field by field, so neither tab's edits are lost.

/** Fields that record bookkeeping, not content: always taken from the newer stored record. */
const BOOKKEEPING = new Set<keyof Assessment>(['id', 'revision', 'updatedAt', 'createdAt']);

/** Deep equality for the plain JSON-like values an assessment is made of. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Three-way merge of a record of values (ratings, tallies): per key, a local change wins. */
function mergeRecord<V>(
  base: Record<string, V> | undefined,
  mine: Record<string, V> | undefined,
  theirs: Record<string, V> | undefined,
): Record<string, V> | undefined {
  if (sameValue(base, mine)) return theirs;
  if (sameValue(base, theirs)) return mine;
  const out: Record<string, V> = {};
  for (const key of new Set([...Object.keys(mine ?? {}), ...Object.keys(theirs ?? {})])) {
    const changedHere = !sameValue(base?.[key], mine?.[key]);
    const value = changedHere ? mine?.[key] : theirs?.[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Three-way merge of action lists by action id: local edits and additions win, actions removed on
 * either side stay removed, and actions added on the other side are kept after this side's.
 */
function mergeActions(base: Action[], mine: Action[], theirs: Action[]): Action[] {
  if (sameValue(base, mine)) return theirs;
  if (sameValue(base, theirs)) return mine;
  const baseById = new Map(base.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.map((a) => [a.id, a]));
  const out: Action[] = [];
  for (const action of mine) {
    const before = baseById.get(action.id);
    const other = theirsById.get(action.id);
    if (!before)
      out.push(action); // added here
    else if (!other) {
      // removed there: keep it only if it was edited here
      if (!sameValue(before, action)) out.push(action);
    } else out.push(sameValue(before, action) ? other : action);
  }
  const mineIds = new Set(mine.map((a) => a.id));
  for (const action of theirs) {
    if (!mineIds.has(action.id) && !baseById.has(action.id)) out.push(action); // added there
  }
  return out;
}

/** Three-way merge of the review of last round's actions, entry by entry (by the action's id). */
function mergeReview(
  base: ReviewedAction[] | undefined,
  mine: ReviewedAction[] | undefined,
  theirs: ReviewedAction[] | undefined,
): ReviewedAction[] | undefined {
  if (sameValue(base, mine)) return theirs;
  if (sameValue(base, theirs) || !theirs || !mine) return mine;
  const byId = (list: ReviewedAction[] | undefined) =>
    Object.fromEntries((list ?? []).map((r) => [r.action.id, r]));
  const merged = mergeRecord(byId(base), byId(mine), byId(theirs)) ?? {};
  // Keep the order the list had: this side's entries first, then any only the other side has.
  const order = [...mine, ...theirs].map((r) => r.action.id);
  return [...new Set(order)].flatMap((id) => (merged[id] ? [merged[id]] : []));
}

/**
 * The same item's notes changed on both sides to different texts: this side's text is kept in the
 * merge, and the other side's is reported so that it can be offered back rather than dropped.
 */
export interface NotesConflict {
  itemId: string;
  mine: string;
  theirs: string;
}

/** A merged record and the notes both sides changed differently. */
export interface MergeResult {
  merged: Assessment;
  conflicts: NotesConflict[];
}

/** Three-way merge of one item's answer, field by field. */
function mergeAnswer(
  base: Answer | undefined,
  mine: Answer | undefined,
  theirs: Answer | undefined,
  conflict: (mine: string, theirs: string) => void = () => undefined,
): Answer | undefined {
  if (sameValue(base, mine)) return theirs;
  if (sameValue(base, theirs) || !theirs || !mine) return mine;
  const pick = <K extends keyof Answer>(key: K): Answer[K] =>
    sameValue(base?.[key], mine[key]) ? theirs[key] : mine[key];
  const notes = pick('notes');
  if (
    !sameValue(base?.notes, mine.notes) &&
    !sameValue(base?.notes, theirs.notes) &&
    mine.notes !== theirs.notes
  ) {
    conflict(mine.notes, theirs.notes);
  }
  const merged: Answer = {
    notes,
    actions: mergeActions(base?.actions ?? [], mine.actions, theirs.actions),
  };
  const level = pick('level');
  if (level !== undefined) merged.level = level;
  const ratings = mergeRecord(base?.ratings, mine.ratings, theirs.ratings);
  if (ratings !== undefined) merged.ratings = ratings;
  const tally = mergeRecord(base?.tally, mine.tally, theirs.tally);
  if (tally !== undefined) merged.tally = tally;
  const target = pick('target');
  if (target !== undefined) merged.target = target;
  const priority = pick('priority');
  if (priority !== undefined) merged.priority = priority;
  return merged;
}

/**
 * Lays this tab's changes (working copy compared with the base it started from) over a newer stored
 * record. A field or answer changed only on the other side keeps the other side's value; one changed
 * here takes this side's value. The result carries the stored record's revision, so the next save
 * writes the revision after it.
 */
export function mergeAssessment(
  base: Assessment,
  working: Assessment,
  stored: Assessment,
): Assessment {
  return mergeWithConflicts(base, working, stored).merged;
}

/** mergeAssessment, also reporting the notes that both sides changed to different texts. */
export function mergeWithConflicts(
  base: Assessment,
  working: Assessment,
  stored: Assessment,
): MergeResult {
  const conflicts: NotesConflict[] = [];
  const merged: Record<string, unknown> = { ...stored };
  for (const key of Object.keys({ ...base, ...working }) as (keyof Assessment)[]) {
    if (BOOKKEEPING.has(key) || key === 'answers' || key === 'review') continue;
    if (!sameValue(base[key], working[key])) {
      if (working[key] === undefined) delete merged[key];
      else merged[key] = working[key];
    }
  }
  const answers: Record<string, Answer> = {};
  const ids = new Set([...Object.keys(working.answers), ...Object.keys(stored.answers)]);
  for (const id of ids) {
    const answer = mergeAnswer(
      base.answers[id],
      working.answers[id],
      stored.answers[id],
      (mine, theirs) => conflicts.push({ itemId: id, mine, theirs }),
    );
    if (answer) answers[id] = answer;
  }
  merged.answers = answers;
  const review = mergeReview(base.review, working.review, stored.review);
  if (review === undefined) delete merged.review;
  else merged.review = review;
  return { merged: merged as Assessment, conflicts };
}

/**
 * A merge with nobody there to choose (an edit written as a page closed): where both sides changed
 * the same notes, the text that contains the other wins (a deletion may come back, typing never
 * goes), and otherwise both texts are kept, this side's first.
 */
export function mergeKeepingBoth(
  base: Assessment,
  working: Assessment,
  stored: Assessment,
): Assessment {
  const { merged, conflicts } = mergeWithConflicts(base, working, stored);
  if (conflicts.length === 0) return merged;
  const answers = { ...merged.answers };
  for (const { itemId, mine, theirs } of conflicts) {
    const answer = answers[itemId];
    if (!answer || mine.includes(theirs)) continue;
    answers[itemId] = { ...answer, notes: theirs.includes(mine) ? theirs : `${mine}\n\n${theirs}` };
  }
  return { ...merged, answers };
}
