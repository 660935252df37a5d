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

export const ActionSchema = z.object({
  id: recordId,
  what: z.string(),
  who: z.string(),
  /** ISO date (yyyy-mm-dd), or '' when not yet agreed. */
  due: isoDateOrEmpty,
});
export type Action = z.infer<typeof ActionSchema>;

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
});
export type Assessment = z.infer<typeof AssessmentSchema>;
