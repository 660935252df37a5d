import * as z from 'zod/mini';
import { PerspectiveSchema, type Perspective } from './perspective-schema';
import { allItems, type Checklist } from './checklist';

/** What the `format` field of a response file says, so a backup or any other JSON is told apart. */
export const SURVEY_RESPONSE_FORMAT = 'jarjestoystavallisyys-survey-response';
export const SURVEY_RESPONSE_VERSION = 1;
/** A response to 27 items with long comments is ~60 KB; anything much larger is not one. */
export const MAX_RESPONSE_BYTES = 256 * 1024;
export const MAX_RESPONSE_FILES = 1000;
export const MAX_COMMENT_LENGTH = 2000;
/** Keys that could reach an object's prototype when a record is later spread or assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Survey and response ids: random, URL-safe, no personal data. */
const surveyIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));
const itemKey = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/));

/** One item as a respondent rated it: a level value, null for "don't know" (absent: not rated), and an optional comment. */
export const SurveyAnswerSchema = z.object({
  level: z.optional(z.nullable(z.int())),
  comment: z.optional(z.string().check(z.maxLength(MAX_COMMENT_LENGTH))),
});
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>;

/** What one respondent sends back: a group and their ratings, never a name. */
export const SurveyResponseSchema = z.object({
  format: z.literal(SURVEY_RESPONSE_FORMAT),
  version: z.literal(SURVEY_RESPONSE_VERSION),
  surveyId: surveyIdSchema,
  /** The checklist the respondent answered (its id, version and the SHA-256 of its Markdown). */
  checklist: z.object({
    id: z.string().check(z.maxLength(200)),
    version: z.string().check(z.maxLength(100)),
    hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
  /** Random per response; the same response imported again counts once. */
  responseId: surveyIdSchema,
  /** The id of the group (one of the survey's groups) the respondent chose. */
  group: z.string().check(z.minLength(1), z.maxLength(64)),
  /** When the respondent saved it (ISO); a later save of the same response replaces the earlier one. */
  savedAt: z.iso.datetime(),
  answers: z.record(itemKey, SurveyAnswerSchema),
});
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;

/** A response as the assessment keeps it: only what counts, no file names. */
export const GatheredResponseSchema = z.object({
  responseId: surveyIdSchema,
  group: z.string(),
  savedAt: z.string(),
  answers: z.record(z.string(), SurveyAnswerSchema),
});
export type GatheredResponse = z.infer<typeof GatheredResponseSchema>;

/** A survey an assessment runs: the groups respondents choose from and the responses gathered. */
export const SurveySchema = z.object({
  id: surveyIdSchema,
  createdAt: z.string(),
  groups: z.array(PerspectiveSchema),
  responses: z.array(GatheredResponseSchema),
});
export type Survey = z.infer<typeof SurveySchema>;

/** Starts a survey with these groups (the assessment's perspectives). */
export function newSurvey(id: string, groups: Perspective[], createdAt: string): Survey {
  return { id, createdAt, groups: groups.map((g) => ({ ...g })), responses: [] };
}

/** Why a response file was refused: a code and the file's name; the UI makes the sentence. */
export interface ResponseProblem {
  file: string;
  code:
    | 'tooMany'
    | 'tooLarge'
    | 'notJson'
    | 'forbiddenKey'
    | 'notResponse'
    | 'newerVersion'
    | 'otherSurvey'
    | 'otherChecklist'
    | 'unknownGroup'
    | 'unknownItem'
    | 'unknownLevel';
  detail?: string;
}

export interface ResponseFile {
  name: string;
  /** Size in bytes, checked before the text is parsed. */
  size: number;
  text: string;
}

export type GatherResult =
  | { ok: true; survey: Survey; added: number; replaced: number; repeated: number }
  | { ok: false; problems: ResponseProblem[] };

/** The target a response must match: the survey and the exact checklist it was made from. */
export interface SurveyTarget {
  survey: Survey;
  checklist: Checklist;
  checklistHash: string;
}

/** Checks one response file against the survey; returns the response or why it is refused. */
export function readResponseFile(
  target: SurveyTarget,
  file: ResponseFile,
): { ok: true; response: SurveyResponse } | { ok: false; problem: ResponseProblem } {
  const refuse = (code: ResponseProblem['code'], detail?: string) => ({
    ok: false as const,
    problem: { file: file.name, code, ...(detail === undefined ? {} : { detail }) },
  });
  if (file.size > MAX_RESPONSE_BYTES || file.text.length > MAX_RESPONSE_BYTES)
    return refuse('tooLarge');
  let data: unknown;
  let forbidden = '';
  try {
    data = JSON.parse(file.text, (key: string, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ||= key;
      return value;
    });
  } catch {
    return refuse('notJson');
  }
  if (forbidden) return refuse('forbiddenKey', forbidden);
  const format = (data as { format?: unknown } | null)?.format;
  const version = (data as { version?: unknown } | null)?.version;
  if (format === SURVEY_RESPONSE_FORMAT && typeof version === 'number' && version > 1)
    return refuse('newerVersion', String(version));
  const parsed = SurveyResponseSchema.safeParse(data);
  if (!parsed.success) return refuse('notResponse', parsed.error.issues[0]?.path.join('.'));
  const response = parsed.data;
  if (response.surveyId !== target.survey.id) return refuse('otherSurvey');
  if (response.checklist.hash !== target.checklistHash) return refuse('otherChecklist');
  if (!target.survey.groups.some((g) => g.id === response.group)) return refuse('unknownGroup');
  const items = new Set(allItems(target.checklist).map((i) => i.id));
  const levels = new Set(target.checklist.scale.levels.map((l) => l.value));
  for (const [itemId, answer] of Object.entries(response.answers)) {
    if (!items.has(itemId)) return refuse('unknownItem', itemId);
    if (typeof answer.level === 'number' && !levels.has(answer.level))
      return refuse('unknownLevel', `${itemId}: ${answer.level}`);
  }
  return { ok: true, response };
}

/**
 * Adds response files to a survey, all or nothing: one bad file refuses the lot and the survey is
 * returned unchanged. A response already gathered counts once (a later save of it replaces it).
 */
export function gatherResponses(target: SurveyTarget, files: ResponseFile[]): GatherResult {
  if (files.length > MAX_RESPONSE_FILES)
    return { ok: false, problems: [{ file: '', code: 'tooMany', detail: String(files.length) }] };
  const problems: ResponseProblem[] = [];
  const read: SurveyResponse[] = [];
  for (const file of files) {
    const result = readResponseFile(target, file);
    if (result.ok) read.push(result.response);
    else problems.push(result.problem);
  }
  if (problems.length > 0) return { ok: false, problems };
  const byId = new Map(target.survey.responses.map((r) => [r.responseId, r]));
  let added = 0;
  let replaced = 0;
  let repeated = 0;
  for (const r of read) {
    const gathered: GatheredResponse = {
      responseId: r.responseId,
      group: r.group,
      savedAt: r.savedAt,
      answers: Object.fromEntries(
        Object.entries(r.answers).map(([id, a]) => {
          const kept: SurveyAnswer = {};
          if (a.level !== undefined) kept.level = a.level;
          if (a.comment?.trim()) kept.comment = a.comment.trim();
          return [id, kept];
        }),
      ),
    };
    const earlier = byId.get(r.responseId);
    if (!earlier) added++;
    else if (earlier.savedAt < r.savedAt) replaced++;
    else {
      repeated++;
      continue;
    }
    byId.set(r.responseId, gathered);
  }
  return {
    ok: true,
    survey: { ...target.survey, responses: [...byId.values()] },
    added,
    replaced,
    repeated,
  };
}

/** One item's survey answers: counts per level and per group, "don't know", and the comments. */
export interface SurveyItemTally {
  /** Respondents who rated the item (a level or "don't know"). */
  total: number;
  levels: { value: number; count: number; byGroup: Record<string, number> }[];
  dontKnow: { count: number; byGroup: Record<string, number> };
  /** Comments without names, in alphabetical order so the order of import tells nothing. */
  comments: string[];
}

/** Counts the survey's answers to one item. */
export function tallySurveyItem(
  checklist: Checklist,
  survey: Survey,
  itemId: string,
): SurveyItemTally {
  const zero = () =>
    Object.fromEntries(survey.groups.map((g) => [g.id, 0])) as Record<string, number>;
  const levels = checklist.scale.levels.map((l) => ({ value: l.value, count: 0, byGroup: zero() }));
  const dontKnow = { count: 0, byGroup: zero() };
  const comments: string[] = [];
  let total = 0;
  for (const r of survey.responses) {
    const answer = r.answers[itemId];
    if (!answer) continue;
    if (answer.comment) comments.push(answer.comment);
    if (answer.level === undefined) continue;
    const bucket = answer.level === null ? dontKnow : levels.find((l) => l.value === answer.level);
    if (!bucket) continue;
    total++;
    bucket.count++;
    bucket.byGroup[r.group] = (bucket.byGroup[r.group] ?? 0) + 1;
  }
  comments.sort((a, b) => a.localeCompare(b));
  return { total, levels, dontKnow, comments };
}

/** How many answered from each group, in the survey's group order. */
export function respondentsByGroup(survey: Survey): { group: Perspective; count: number }[] {
  return survey.groups.map((group) => ({
    group,
    count: survey.responses.filter((r) => r.group === group.id).length,
  }));
}

/** The response file as JSON Schema (draft 2020-12), generated from the zod schema; docs/survey-response.schema.json. */
export function surveyResponseJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(SurveyResponseSchema, { io: 'input' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Järjestöystävällisyyden itsearviointi: survey response file',
    description:
      'Generated from src/model/survey.ts by `npm run schema`; see docs/survey-format.md. The app also checks what a schema cannot: that the survey id and checklist hash are those of the assessment, that the group, items and levels exist, prototype keys and the size limit.',
    ...rest,
  };
}

/** "Kunta 2, Järjestöt 1": how many answered from each group. */
export function respondentCounts(survey: Survey): string {
  return respondentsByGroup(survey)
    .map((g) => `${g.group.name} ${g.count}`)
    .join(', ');
}
