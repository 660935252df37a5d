import type { Action, Assessment } from './assessment';
import type { Checklist, OrganisationType } from './checklist';
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

export interface PlanAction extends Action {
  itemId: string;
  statement: string;
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
  overall: number | null;
  overallBand: Band | null;
  rated: number;
  dontKnow: number;
  total: number;
  headings: PlanHeading[];
  /** Every action with text, ordered by due date (undated last), then checklist order. */
  actions: PlanAction[];
}

function bandOrNull(score: number | null): Band | null {
  return score === null ? null : band(score);
}

/** Lays out an assessment as an improvement plan: scores, then item by item what was found and agreed. */
export function buildImprovementPlan(
  checklist: Checklist,
  assessment: Assessment,
  score: AssessmentScore = scoreAssessment(checklist, assessment.answers),
): ImprovementPlan {
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
      };
    }),
  }));
  const actions = headings
    .flatMap((h) => h.items)
    .flatMap((i) => i.actions.map((a) => ({ ...a, itemId: i.id, statement: i.statement })))
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
    overall: score.overall,
    overallBand: bandOrNull(score.overall),
    rated: score.rated,
    dontKnow: score.dontKnow,
    total: score.total,
    headings,
    actions,
  };
}
