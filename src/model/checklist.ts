import * as z from 'zod/mini';

/** Languages a checklist (and the UI) can be written in. */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Organisation types an assessment can be about; a checklist may be meant for one or both. */
export const ORGANISATION_TYPES = ['municipality', 'county'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

const text = z.string();
const id = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/));

export const ScaleLevelSchema = z.object({
  /** The value stored in an answer (e.g. 0–4). */
  value: z.int(),
  label: text,
  description: text,
  /** Where the level sits on the common 0–100 score. */
  score: z.number().check(z.minimum(0), z.maximum(100)),
});
export type ScaleLevel = z.infer<typeof ScaleLevelSchema>;

export const ScaleSchema = z.object({
  id: z.string(),
  levels: z.array(ScaleLevelSchema).check(z.minLength(2)),
});
export type Scale = z.infer<typeof ScaleSchema>;

export const ItemSchema = z.object({
  id,
  /** One sentence, plain text. */
  statement: text.check(z.minLength(1)),
  /** Markdown. */
  explanation: text,
  /** Markdown, one entry per list item. */
  evidence: z.array(text),
  questions: z.array(text),
  legalRefs: z.array(text),
  draft: z.boolean(),
});
export type Item = z.infer<typeof ItemSchema>;

export const HeadingSchema = z.object({
  id,
  title: text.check(z.minLength(1)),
  /** Markdown. */
  intro: text,
  draft: z.boolean(),
  items: z.array(ItemSchema).check(z.minLength(1)),
});
export type Heading = z.infer<typeof HeadingSchema>;

export const ChecklistSchema = z.object({
  id,
  version: text.check(z.minLength(1)),
  language: z.enum(LANGUAGES),
  title: text.check(z.minLength(1)),
  organisationType: z.enum([...ORGANISATION_TYPES, 'any']),
  attribution: text,
  /** Markdown. */
  intro: text,
  scale: ScaleSchema,
  headings: z.array(HeadingSchema).check(z.minLength(1)),
});
export type Checklist = z.infer<typeof ChecklistSchema>;

/** A checklist frozen as an assessment was made with it: content-addressed by the hash of its Markdown. */
export const ChecklistSnapshotSchema = z.object({
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  source: text,
  checklist: ChecklistSchema,
});
export type ChecklistSnapshot = z.infer<typeof ChecklistSnapshotSchema>;

/** All items of a checklist in reading order. */
export function allItems(checklist: Checklist): Item[] {
  return checklist.headings.flatMap((h) => h.items);
}

/** True while any heading or item of the checklist is marked as a draft (not yet confirmed). */
export function hasDrafts(checklist: Checklist): boolean {
  return checklist.headings.some((h) => h.draft || h.items.some((i) => i.draft));
}
