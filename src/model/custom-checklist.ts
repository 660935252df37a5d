import * as z from 'zod/mini';

/**
 * A checklist a regional preparer wrote or adapted in the app, kept in IndexedDB.
 * The Markdown is the source of truth; the other fields are read from it at save time so lists
 * can show them without parsing. A record with errors is kept as a draft and cannot start an assessment.
 */
export const CustomChecklistSchema = z.object({
  /** Record id (random), stable across edits. */
  key: z.string().check(z.minLength(1)),
  source: z.string(),
  /** The header's `title`, or '' while the file has none. */
  title: z.string(),
  /** The header's `id`: assessments made with any version of this checklist share it. */
  checklistId: z.string(),
  /** The header's `version`. */
  version: z.string(),
  /** True while the Markdown has errors. */
  draft: z.boolean(),
  /** The built-in checklist it was started from (its key, e.g. `kunta.fi`), if any. */
  basedOn: z.optional(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CustomChecklist = z.infer<typeof CustomChecklistSchema>;
