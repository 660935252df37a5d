import * as z from 'zod/mini';
import { ORGANISATION_TYPES } from './checklist';
import { PerspectiveSchema } from './perspective-schema';
import { SurveySchema } from './survey';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const ActionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  what: z.string(),
  who: z.string(),
  /** ISO date (yyyy-mm-dd), or '' when not yet agreed. */
  due: z.union([isoDate, z.literal('')]),
});
export type Action = z.infer<typeof ActionSchema>;

/** A show of hands in the room: how many people voted for each level value (keys are level values). */
export const TallySchema = z.record(
  z.string().check(z.regex(/^-?\d+$/)),
  z.int().check(z.minimum(0)),
);
export type Tally = z.infer<typeof TallySchema>;

export const AnswerSchema = z.object({
  /** The agreed level value of the checklist's scale; null means "don't know"; absent means not answered yet. */
  level: z.optional(z.nullable(z.int())),
  notes: z.string(),
  actions: z.array(ActionSchema),
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
  id: z.string().check(z.minLength(1)),
  organisation: z.string().check(z.minLength(1)),
  organisationType: z.enum(ORGANISATION_TYPES),
  date: isoDate,
  participants: z.array(z.string()),
  /** Points at the immutable snapshot of the checklist the assessment was made with. */
  checklist: ChecklistRefSchema,
  answers: z.record(z.string(), AnswerSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Grows by one on every saved change; lets writers detect stale copies. */
  revision: z.int().check(z.minimum(0)),
  /** Groups rating separately; none means one shared rating per item. */
  perspectives: z.optional(z.array(PerspectiveSchema)),
  /** The survey round run before the workshop, with the responses gathered from files. */
  survey: z.optional(SurveySchema),
  /** Made by "load demo data": fictional, removable in one step. */
  demo: z.optional(z.boolean()),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
