import * as z from 'zod/mini';
import { ORGANISATION_TYPES } from './checklist';
import { PerspectiveSchema } from './perspective-schema';
import { RECORD_ID_MAX_CHARS, recordId } from './record-id';
import { SurveySchema } from './survey';

/** Sizes and ranges no real workshop reaches; a file beyond them is refused, not half-shown. */
export const ASSESSMENT_LIMITS = {
  /** Actions agreed on one item. */
  actions: 200,
  /** Groups rating separately. */
  perspectives: 20,
  /** Names in the participant list. */
  participants: 1000,
  /** Hands counted for one level. */
  votes: 100_000,
  /** Saved changes of one assessment (far below 2^53, so adding one stays exact). */
  revision: 1_000_000_000,
  /** Characters of an id. */
  idChars: RECORD_ID_MAX_CHARS,
  /** Last round's actions brought up for review. */
  reviewed: 10_000,
} as const;

export { isWellFormed } from './record-id';

// A calendar date (yyyy-mm-dd) that exists, in the years 1900–2199: 30 February and month 13 do not.
const MONTH_DAY =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_DAY = '(?:(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000)-02-29';
const CALENDAR_DATE = `(?:(?:19|20|21)\\d\\d-${MONTH_DAY}|${LEAP_DAY})`;
const isoDate = z.string().check(z.regex(new RegExp(`^${CALENDAR_DATE}$`)));
/** An ISO date, or '' (an action's due date not yet agreed). */
const isoDateOrEmpty = z.string().check(z.regex(new RegExp(`^(?:${CALENDAR_DATE})?$`)));
/** A moment as `toISOString()` writes it (UTC). */
const timestamp = z.iso.datetime();

/** Where an agreed action stands. Files and databases from before statuses existed read as `planned`. */
export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ActionSchema = z.object({
  id: recordId,
  what: z.string(),
  who: z.string(),
  /** ISO date (yyyy-mm-dd), or '' when not yet agreed. */
  due: isoDateOrEmpty,
  status: z.enum(ACTION_STATUSES),
  /** A note on the resources or cost the action needs; absent or '' when none was written. */
  resources: z.optional(z.string()),
  /** The id of last round's action this one was carried forward from. */
  carriedFrom: z.optional(recordId),
});
export type Action = z.infer<typeof ActionSchema>;

/** A year (yyyy), a date (yyyy-mm-dd), or '' when no time was set. */
const yearOrDateOrEmpty = z
  .string()
  .check(z.regex(new RegExp(`^(?:(?:19|20|21)\\d\\d|${CALENDAR_DATE})?$`)));

/** The level an item should reach, and optionally by when. */
export const TargetSchema = z.object({
  /** A level value of the checklist's scale. */
  level: z.int(),
  /** A year (yyyy) or a date (yyyy-mm-dd), or '' when not set. */
  by: yearOrDateOrEmpty,
});
export type Target = z.infer<typeof TargetSchema>;

/** A show of hands in the room: how many people voted for each level value (keys are level values). */
export const TallySchema = z.record(
  z.string().check(z.regex(/^-?\d+$/)),
  z.int().check(z.minimum(0), z.maximum(ASSESSMENT_LIMITS.votes)),
);
export type Tally = z.infer<typeof TallySchema>;

export const AnswerSchema = z.object({
  /** The agreed level value of the checklist's scale; null means "don't know"; absent means not answered yet. */
  level: z.optional(z.nullable(z.int())),
  notes: z.string(),
  actions: z.array(ActionSchema).check(z.maxLength(ASSESSMENT_LIMITS.actions)),
  /** Each perspective's own rating (perspective id → level, or null for "don't know"). */
  ratings: z.optional(z.record(z.string(), z.nullable(z.int()))),
  /** The room's votes, kept with the answer they led to. */
  tally: z.optional(TallySchema),
  /** The level the group aims at; absent when none was set. */
  target: z.optional(TargetSchema),
  /** Marked by the group as one of this period's priorities. */
  priority: z.optional(z.boolean()),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const ChecklistRefSchema = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type ChecklistRef = z.infer<typeof ChecklistRefSchema>;

export { PerspectiveSchema, type Perspective } from './perspective-schema';

/** A 0–100 score, or null where there is none. */
const scoreOrNull = z.nullable(z.number().check(z.minimum(0), z.maximum(100)));

/** How one item stood in the previous round, as it was when this round was started. */
export const PreviousItemSchema = z.object({
  /** The agreed level value (on the previous round's scale); null "don't know"; absent unanswered. */
  level: z.optional(z.nullable(z.int())),
  /** "value – label" of that level, as the previous checklist named it. */
  levelLabel: z.optional(z.string()),
  score: scoreOrNull,
  target: z.optional(TargetSchema),
  notes: z.string(),
});
export type PreviousItem = z.infer<typeof PreviousItemSchema>;

/**
 * The previous round of the same organisation, copied when this round was started so that
 * "last time" stays readable even if that assessment is later edited or deleted.
 */
export const PreviousRoundSchema = z.object({
  /** The previous assessment's id (it may no longer exist). */
  id: recordId,
  date: isoDate,
  checklist: ChecklistRefSchema,
  overall: scoreOrNull,
  /** Heading id → that heading's score then. */
  headings: z.record(z.string(), scoreOrNull),
  /** Item id → how the item stood then. */
  items: z.record(z.string(), PreviousItemSchema),
});
export type PreviousRound = z.infer<typeof PreviousRoundSchema>;

/** What came of an action agreed last round. */
export const REVIEW_OUTCOMES = ['done', 'partly', 'not-done', 'dropped'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** One of last round's actions brought up for review in this round. */
export const ReviewedActionSchema = z.object({
  /** The item it was agreed on (in the previous round's checklist). */
  itemId: z.string(),
  /** The action as it stood when this round was started. */
  action: ActionSchema,
  /** Absent until the group has reviewed it. */
  outcome: z.optional(z.enum(REVIEW_OUTCOMES)),
  comment: z.string(),
  /** The id of the action in this round's plan it was carried into, if it was. */
  carriedInto: z.optional(recordId),
});
export type ReviewedAction = z.infer<typeof ReviewedActionSchema>;

export const AssessmentSchema = z.object({
  id: recordId,
  organisation: z.string().check(z.minLength(1)),
  organisationType: z.enum(ORGANISATION_TYPES),
  date: isoDate,
  participants: z.array(z.string()).check(z.maxLength(ASSESSMENT_LIMITS.participants)),
  /** Points at the immutable snapshot of the checklist the assessment was made with. */
  checklist: ChecklistRefSchema,
  answers: z.record(z.string(), AnswerSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Grows by one on every saved change; lets writers detect stale copies. */
  revision: z.int().check(z.minimum(0), z.maximum(ASSESSMENT_LIMITS.revision)),
  /** Groups rating separately; none means one shared rating per item. */
  perspectives: z.optional(
    z.array(PerspectiveSchema).check(z.maxLength(ASSESSMENT_LIMITS.perspectives)),
  ),
  /** The survey round run before the workshop, with the responses gathered from files. */
  survey: z.optional(SurveySchema),
  /** Made by "load demo data": fictional, removable in one step. */
  demo: z.optional(z.boolean()),
  /** The previous round of this organisation, when this one was started as its next round. */
  previousRound: z.optional(PreviousRoundSchema),
  /** Last round's actions and what came of them. */
  review: z.optional(z.array(ReviewedActionSchema).check(z.maxLength(ASSESSMENT_LIMITS.reviewed))),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
