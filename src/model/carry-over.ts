import type { Answer, Assessment, ChecklistRef, Tally } from './assessment';
import { allItems, type Checklist } from './checklist';

/**
 * Answers of an earlier assessment carried over to a new version of its checklist, by item id.
 * Items the new version lacks are dropped; a level the new scale lacks becomes unanswered
 * (ratings and vote counts for it are dropped too); notes and actions are kept as they were.
 */
export function carryOverAnswers(
  answers: Readonly<Record<string, Answer>>,
  checklist: Checklist,
): Record<string, Answer> {
  const levels = new Set(checklist.scale.levels.map((l) => l.value));
  const out: Record<string, Answer> = {};
  for (const item of allItems(checklist)) {
    const old = answers[item.id];
    if (!old) continue;
    const answer: Answer = { notes: old.notes, actions: old.actions.map((a) => ({ ...a })) };
    if (old.level === null || (old.level !== undefined && levels.has(old.level))) {
      answer.level = old.level;
    }
    if (old.ratings) {
      const ratings = Object.fromEntries(
        Object.entries(old.ratings).filter(([, level]) => level === null || levels.has(level)),
      );
      if (Object.keys(ratings).length > 0) answer.ratings = ratings;
    }
    if (old.tally) {
      const tally: Tally = Object.fromEntries(
        Object.entries(old.tally).filter(([level]) => levels.has(Number(level))),
      );
      if (Object.keys(tally).length > 0) answer.tally = tally;
    }
    out[item.id] = answer;
  }
  return out;
}

/**
 * The next assessment of the same organisation on a new checklist version: same type, participants
 * and perspectives, the given date, answers carried over by item id. Id and time are given so it stays pure.
 */
export function nextAssessment(
  previous: Assessment,
  checklist: Checklist,
  ref: ChecklistRef,
  date: string,
  id: string,
  now: string,
): Assessment {
  const next: Assessment = {
    id,
    organisation: previous.organisation,
    organisationType: previous.organisationType,
    date,
    participants: [...previous.participants],
    checklist: ref,
    answers: carryOverAnswers(previous.answers, checklist),
    createdAt: now,
    updatedAt: now,
    revision: 0,
  };
  if (previous.perspectives) next.perspectives = previous.perspectives.map((p) => ({ ...p }));
  return next;
}
