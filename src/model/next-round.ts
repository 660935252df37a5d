import type {
  Action,
  Answer,
  Assessment,
  ChecklistRef,
  PreviousItem,
  PreviousRound,
  ReviewedAction,
} from './assessment';
import { allItems, type Checklist, type Scale } from './checklist';
import { scoreAssessment } from './scoring';

/**
 * The next round of the same organisation: same type, participants and perspectives, answers start
 * empty, last round copied into `previousRound` (only items the new checklist version still has),
 * last round's actions brought up for review with no outcome. Id, time and level labels are given
 * so it stays pure.
 */
export function nextRound(
  previous: Assessment,
  previousChecklist: Checklist,
  checklist: Checklist,
  ref: ChecklistRef,
  date: string,
  id: string,
  now: string,
  levelLabel: (level: number) => string,
): Assessment {
  const score = scoreAssessment(previousChecklist, previous.answers);
  const keep = new Set(allItems(checklist).map((i) => i.id));
  const items: Record<string, PreviousItem> = {};
  const review: ReviewedAction[] = [];
  for (const h of score.headings) {
    for (const s of h.items) {
      const answer = previous.answers[s.item.id];
      for (const action of answer?.actions ?? []) {
        review.push({ itemId: s.item.id, action: { ...action }, comment: '' });
      }
      if (!keep.has(s.item.id)) continue;
      const item: PreviousItem = { score: s.score, notes: answer?.notes ?? '' };
      if (answer && answer.level !== undefined) item.level = answer.level;
      if (answer?.level !== undefined && answer.level !== null) {
        item.levelLabel = levelLabel(answer.level);
      }
      if (answer?.target) item.target = { ...answer.target };
      items[s.item.id] = item;
    }
  }
  const previousRound: PreviousRound = {
    id: previous.id,
    date: previous.date,
    checklist: previous.checklist,
    overall: score.overall,
    headings: Object.fromEntries(score.headings.map((h) => [h.heading.id, h.score])),
    items,
  };
  const next: Assessment = {
    id,
    organisation: previous.organisation,
    organisationType: previous.organisationType,
    date,
    participants: [...previous.participants],
    checklist: ref,
    answers: {},
    createdAt: now,
    updatedAt: now,
    revision: 0,
    previousRound,
    review,
  };
  if (previous.perspectives) next.perspectives = previous.perspectives.map((p) => ({ ...p }));
  return next;
}

/** Whether a reviewed action is unfinished: its outcome partly/not done, or no outcome and still open. */
export function isUnfinished(r: ReviewedAction): boolean {
  if (r.outcome) return r.outcome === 'partly' || r.outcome === 'not-done';
  return r.action.status === 'planned' || r.action.status === 'in-progress';
}

/** Whether a reviewed action is still to be carried into this round's plan (on `checklist`). */
function carriesInto(checklist: Checklist): (r: ReviewedAction) => boolean {
  const items = new Set(allItems(checklist).map((i) => i.id));
  return (r) => !r.carriedInto && isUnfinished(r) && items.has(r.itemId);
}

/** How many reviewed actions carryUnfinished would bring into this round's plan. */
export function carryableCount(review: readonly ReviewedAction[], checklist: Checklist): number {
  return review.filter(carriesInto(checklist)).length;
}

/**
 * Carries every unfinished reviewed action (whose item this round still has) into this round's plan,
 * once: an action already carried (carriedInto set) is left alone. `newId` makes the new action ids.
 */
export function carryUnfinished(
  assessment: Assessment,
  checklist: Checklist,
  newId: () => string,
): Assessment {
  const carry = carriesInto(checklist);
  const answers = { ...assessment.answers };
  const review = (assessment.review ?? []).map((r) => {
    if (!carry(r)) return r;
    const action: Action = {
      id: newId(),
      what: r.action.what,
      who: r.action.who,
      due: '',
      status: 'planned',
      carriedFrom: r.action.id,
    };
    if (r.action.resources) action.resources = r.action.resources;
    const answer = answers[r.itemId] ?? { notes: '', actions: [] };
    answers[r.itemId] = { ...answer, actions: [...answer.actions, action] };
    return { ...r, carriedInto: action.id };
  });
  return { ...assessment, answers, review };
}

/**
 * "Copy last time" for one answer: last round's level and target where this round's scale still has
 * them, and its notes. Nothing typed this round is lost: notes already written are kept, with last
 * time's added below them (once).
 */
export function copyLastTimeAnswer(
  answer: Answer,
  last: PreviousItem,
  scale: Pick<Scale, 'levels'>,
): Answer {
  const levels = new Set(scale.levels.map((l) => l.value));
  const copied: Answer = { ...answer };
  const mine = answer.notes.trim();
  if (last.notes.trim() && !mine.includes(last.notes.trim())) {
    copied.notes = mine ? `${answer.notes.trimEnd()}\n\n${last.notes}` : last.notes;
  }
  if (last.level === null || (last.level !== undefined && levels.has(last.level))) {
    copied.level = last.level;
  }
  if (last.target && levels.has(last.target.level)) copied.target = { ...last.target };
  return copied;
}

/** "Copy last time" for one item of an assessment (see copyLastTimeAnswer). */
export function copyLastTime(
  assessment: Assessment,
  itemId: string,
  scale: Pick<Scale, 'levels'>,
): Assessment {
  const last = assessment.previousRound?.items[itemId];
  if (!last) return assessment;
  const answer = assessment.answers[itemId] ?? { notes: '', actions: [] };
  const copied = copyLastTimeAnswer(answer, last, scale);
  return { ...assessment, answers: { ...assessment.answers, [itemId]: copied } };
}
