import type { Assessment, Perspective } from './assessment';
import type { Checklist, ScaleLevel } from './checklist';
import { allItems } from './checklist';
import { scoreAssessment } from './scoring';
import { tallySurveyItem } from './survey';
import { summariseTally, type TallySummary } from './votes';
import type { ItemTimer } from './timer';

/** Where the facilitator is: an item (by index) or the closing summary. */
export interface WorkshopCursor {
  index: number;
  /** Show the room's votes for the current item. */
  revealVotes: boolean;
  /** Show the closing chart instead of an item. */
  summary: boolean;
  /** Seconds on the item timer, and whether it runs (the projector counts on from `at`). */
  timer: ItemTimer;
}

export interface RoomItem {
  index: number;
  total: number;
  headingTitle: string;
  statement: string;
  /** Markdown from the checklist; rendered sanitized. */
  explanation: string;
  questions: string[];
  levels: ScaleLevel[];
  /** The agreed level; null for "don't know"; undefined while open. */
  level: number | null | undefined;
  votes?: TallySummary;
  /** The survey's answers, counted per level and group (never the comments); shown with the votes. */
  survey?: RoomSurvey;
  perspectives: { name: string; level: number | null | undefined }[];
  /** The item's, and its heading's, wording is not confirmed yet. */
  draft: boolean;
  headingDraft: boolean;
}

export interface RoomSurvey {
  groups: string[];
  total: number;
  /** Per level, and "don't know" (value null) last: the count and the count per group, in group order. */
  rows: { value: number | null; count: number; byGroup: number[] }[];
}

export interface RoomSummary {
  overall: number | null;
  headings: { title: string; score: number | null }[];
  rated: number;
  total: number;
}

/**
 * What the room may see. Built field by field from the assessment, so notes, action owners and
 * anything added later stay off the projector unless they are named here.
 */
export interface RoomView {
  organisation: string;
  checklistTitle: string;
  /** The language of the checklist's texts, for the projector's `lang` (WCAG 3.1.2). */
  language: Checklist['language'];
  cursor: WorkshopCursor;
  item?: RoomItem;
  summary?: RoomSummary;
}

/** The room's view of an assessment at a cursor position. */
export function buildRoomView(
  checklist: Checklist,
  assessment: Assessment,
  cursor: WorkshopCursor,
): RoomView {
  const base = {
    organisation: assessment.organisation,
    checklistTitle: checklist.title,
    language: checklist.language,
    cursor,
  };
  if (cursor.summary) {
    const score = scoreAssessment(checklist, assessment.answers);
    return {
      ...base,
      summary: {
        overall: score.overall,
        headings: score.headings.map((h) => ({ title: h.heading.title, score: h.score })),
        rated: score.rated,
        total: score.total,
      },
    };
  }
  const items = allItems(checklist);
  const index = Math.min(Math.max(cursor.index, 0), items.length - 1);
  const item = items[index]!;
  const heading = checklist.headings.find((h) => h.items.includes(item))!;
  const answer = assessment.answers[item.id];
  const perspectives: Perspective[] = assessment.perspectives ?? [];
  return {
    ...base,
    item: {
      index,
      total: items.length,
      headingTitle: heading.title,
      statement: item.statement,
      explanation: item.explanation,
      questions: [...item.questions],
      levels: checklist.scale.levels.map((l) => ({ ...l })),
      level: answer?.level,
      votes:
        cursor.revealVotes && answer?.tally
          ? summariseTally(checklist.scale, answer.tally)
          : undefined,
      survey: cursor.revealVotes ? roomSurvey(checklist, assessment, item.id) : undefined,
      perspectives: perspectives.map((p) => ({ name: p.name, level: answer?.ratings?.[p.id] })),
      draft: item.draft,
      headingDraft: heading.draft,
    },
  };
}

/** The survey's distribution for one item, as the room may see it; undefined without responses. */
function roomSurvey(
  checklist: Checklist,
  assessment: Assessment,
  itemId: string,
): RoomSurvey | undefined {
  const survey = assessment.survey;
  if (!survey || survey.responses.length === 0) return undefined;
  const tally = tallySurveyItem(checklist, survey, itemId);
  const byGroup = (counts: Record<string, number>) => survey.groups.map((g) => counts[g.id] ?? 0);
  return {
    groups: survey.groups.map((g) => g.name),
    total: tally.total,
    rows: [
      ...tally.levels.map((l) => ({ value: l.value, count: l.count, byGroup: byGroup(l.byGroup) })),
      { value: null, count: tally.dontKnow.count, byGroup: byGroup(tally.dontKnow.byGroup) },
    ],
  };
}
