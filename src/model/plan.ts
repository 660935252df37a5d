import type { Action, Assessment, PreviousItem, ReviewOutcome, Target } from './assessment';
import { allItems, hasDrafts, type Checklist, type OrganisationType } from './checklist';
import { buildPriorities, type PriorityItem } from './priorities';
import { roundChange, type ChangeRow, type RoundChange } from './round-change';
import { respondentsByGroup } from './survey';
import {
  band,
  scoreAssessment,
  type AnswerStatus,
  type AssessmentScore,
  type Band,
} from './scoring';

export interface PlanItem {
  id: string;
  statement: string;
  status: AnswerStatus;
  level: number | null;
  levelLabel: string | null;
  score: number | null;
  band: Band | null;
  notes: string;
  actions: Action[];
  /** Marked `draft` in the checklist: not yet confirmed. */
  draft: boolean;
  /** The level aimed at, if the group set one on the scale. */
  target: PlanTarget | null;
  /** Marked by the group as one of this period's priorities. */
  priority: boolean;
  /** How the item stood in the previous round; null without one or when the item is new. */
  previous: PlanPrevious | null;
  /** Today's score − the previous round's; null where either is missing. */
  change: number | null;
}

/** An item's previous-round standing, as the plan shows it. */
export interface PlanPrevious {
  status: AnswerStatus;
  /** "value – label" of the level then; null for "don't know" or unanswered. */
  levelLabel: string | null;
  score: number | null;
}

/** One of last round's actions and what came of it. */
export interface PlanReviewRow {
  itemId: string;
  /** The item's statement in this round's checklist; null when this version no longer has it. */
  statement: string | null;
  action: Action;
  /** Absent until the group reviewed it. */
  outcome: ReviewOutcome | null;
  comment: string;
  /** Carried into this round's plan. */
  carried: boolean;
}

export interface PlanTarget {
  level: number;
  label: string;
  score: number;
  /** A year (yyyy), a date (yyyy-mm-dd), or ''. */
  by: string;
}

export interface PlanHeading {
  id: string;
  title: string;
  /** The heading's introduction (Markdown), '' if none. */
  intro: string;
  draft: boolean;
  score: number | null;
  band: Band | null;
  items: PlanItem[];
}

/** Why an action needs a look, as codes the UI turns into words. */
export type ActionFlag = 'due-before-assessment' | 'overdue';

export interface PlanAction extends Action {
  itemId: string;
  statement: string;
  flags: ActionFlag[];
}

export interface PlanOwnerGroup {
  /** The owner as written (trimmed); '' for actions without an owner. */
  who: string;
  /** That owner's actions, by due date. */
  actions: PlanAction[];
}

/** Everything the improvement-plan document shows, in the order it shows it. */
export interface ImprovementPlan {
  organisation: string;
  organisationType: OrganisationType;
  date: string;
  participants: string[];
  /** How many answered the survey round from each group; absent without responses. */
  survey?: { group: string; count: number }[];
  checklistTitle: string;
  checklistVersion: string;
  language: Checklist['language'];
  attribution: string;
  /** The checklist's introduction (Markdown), '' if none. */
  intro: string;
  /** Some heading or item of the checklist is still a draft. */
  hasDrafts: boolean;
  /** The previous round this one was started from; null for a first round. */
  previousRound: { date: string; checklistVersion: string } | null;
  overall: number | null;
  overallBand: Band | null;
  rated: number;
  dontKnow: number;
  total: number;
  headings: PlanHeading[];
  /** Every action with text, ordered by due date (undated last), then checklist order. */
  actions: PlanAction[];
  /** The same actions grouped by owner (by name; actions without an owner last). */
  byOwner: PlanOwnerGroup[];
  /** Every item in priority order, with its flags. */
  priorities: PriorityItem[];
  /** Previous, today's and target score with the change: overall, per heading (plan order), per item. */
  change: RoundChange;
  /** Last round's actions as reviewed this round (their stored order); empty without a review. */
  review: PlanReviewRow[];
}

function planTarget(checklist: Checklist, target: Target | undefined): PlanTarget | null {
  if (!target) return null;
  const level = checklist.scale.levels.find((l) => l.value === target.level);
  if (!level) return null;
  return { level: level.value, label: level.label, score: level.score, by: target.by };
}

/** An item's previous standing; a bare label from an older record gets its value in front. */
export function planPrevious(last: PreviousItem | undefined): PlanPrevious | null {
  if (!last) return null;
  if (last.level === undefined) return { status: 'unanswered', levelLabel: null, score: null };
  if (last.level === null) return { status: 'dontKnow', levelLabel: null, score: null };
  const given = last.levelLabel?.trim() ?? '';
  const label =
    given === ''
      ? String(last.level)
      : given.startsWith(`${last.level} `)
        ? given
        : `${last.level} – ${given}`;
  return { status: 'rated', levelLabel: label, score: last.score };
}

function reviewRows(checklist: Checklist, assessment: Assessment): PlanReviewRow[] {
  const statements = new Map(allItems(checklist).map((i) => [i.id, i.statement]));
  return (assessment.review ?? [])
    .filter((r) => r.action.what.trim() !== '')
    .map((r) => ({
      itemId: r.itemId,
      statement: statements.get(r.itemId) ?? null,
      action: r.action,
      outcome: r.outcome ?? null,
      comment: r.comment.trim(),
      carried: r.carriedInto !== undefined,
    }));
}

function bandOrNull(score: number | null): Band | null {
  return score === null ? null : band(score);
}

/** Flags of one action: due before the assessment date; or not done/dropped and due before `today`. */
export function actionFlags(action: Action, assessmentDate: string, today?: string): ActionFlag[] {
  const flags: ActionFlag[] = [];
  if (action.due === '') return flags;
  if (action.due < assessmentDate) flags.push('due-before-assessment');
  const open = action.status !== 'done' && action.status !== 'dropped';
  if (today !== undefined && open && action.due < today) flags.push('overdue');
  return flags;
}

function groupByOwner(actions: PlanAction[]): PlanOwnerGroup[] {
  const groups = new Map<string, PlanAction[]>();
  for (const a of actions) {
    const who = a.who.trim();
    const list = groups.get(who) ?? [];
    list.push(a);
    groups.set(who, list);
  }
  return [...groups.entries()]
    .map(([who, list]) => ({ who, actions: list }))
    .sort((x, y) => {
      if (x.who === '' || y.who === '') return x.who === '' ? 1 : -1;
      return x.who.localeCompare(y.who);
    });
}

/**
 * Lays out an assessment as an improvement plan: scores, then item by item what was found and agreed.
 * `today` (yyyy-mm-dd) marks overdue actions; without it none is overdue (the model never reads the clock).
 */
export function buildImprovementPlan(
  checklist: Checklist,
  assessment: Assessment,
  score: AssessmentScore = scoreAssessment(checklist, assessment.answers),
  today?: string,
): ImprovementPlan {
  const change = roundChange(assessment, checklist);
  const changeOf = new Map<string, ChangeRow>(change.items.map((r) => [r.id, r]));
  const last = assessment.previousRound;
  const headings: PlanHeading[] = score.headings.map((h) => ({
    id: h.heading.id,
    title: h.heading.title,
    intro: h.heading.intro,
    draft: h.heading.draft,
    score: h.score,
    band: bandOrNull(h.score),
    items: h.items.map((i) => {
      const answer = assessment.answers[i.item.id];
      return {
        id: i.item.id,
        statement: i.item.statement,
        status: i.status,
        level: i.level,
        levelLabel:
          i.level === null
            ? null
            : (checklist.scale.levels.find((l) => l.value === i.level)?.label ?? null),
        score: i.score,
        band: bandOrNull(i.score),
        notes: answer?.notes.trim() ?? '',
        actions: (answer?.actions ?? []).filter((a) => a.what.trim() !== ''),
        draft: i.item.draft,
        target: planTarget(checklist, answer?.target),
        priority: answer?.priority === true,
        previous: last ? planPrevious(last.items[i.item.id]) : null,
        change: changeOf.get(i.item.id)?.change ?? null,
      };
    }),
  }));
  const actions = headings
    .flatMap((h) => h.items)
    .flatMap((i) =>
      i.actions.map((a) => ({
        ...a,
        itemId: i.id,
        statement: i.statement,
        flags: actionFlags(a, assessment.date, today),
      })),
    )
    .map((a, order) => ({ a, order }))
    .sort((x, y) => {
      if (x.a.due !== y.a.due) {
        if (x.a.due === '') return 1;
        if (y.a.due === '') return -1;
        return x.a.due < y.a.due ? -1 : 1;
      }
      return x.order - y.order;
    })
    .map(({ a }) => a);
  return {
    organisation: assessment.organisation,
    organisationType: assessment.organisationType,
    date: assessment.date,
    participants: assessment.participants.filter((p) => p.trim() !== ''),
    ...(assessment.survey && assessment.survey.responses.length > 0
      ? {
          survey: respondentsByGroup(assessment.survey).map((g) => ({
            group: g.group.name,
            count: g.count,
          })),
        }
      : {}),
    checklistTitle: checklist.title,
    checklistVersion: checklist.version,
    language: checklist.language,
    attribution: checklist.attribution,
    intro: checklist.intro,
    hasDrafts: hasDrafts(checklist),
    previousRound: last ? { date: last.date, checklistVersion: last.checklist.version } : null,
    overall: score.overall,
    overallBand: bandOrNull(score.overall),
    rated: score.rated,
    dontKnow: score.dontKnow,
    total: score.total,
    headings,
    actions,
    byOwner: groupByOwner(actions),
    priorities: buildPriorities(checklist, assessment.answers, score),
    change,
    review: reviewRows(checklist, assessment),
  };
}
