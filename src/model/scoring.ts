import type { Checklist, Heading, Item, Scale } from './checklist';
import type { Answer } from './assessment';

/** TEAviisari-style bands on the 0–100 score: poor < 25 ≤ improve < 75 ≤ good. */
export type Band = 'poor' | 'improve' | 'good';

/** Whether an item has a level, was marked "don't know", or has no answer yet. */
export type AnswerStatus = 'rated' | 'dontKnow' | 'unanswered';

export interface ItemScore {
  item: Item;
  headingId: string;
  status: AnswerStatus;
  level: number | null;
  score: number | null;
}

export interface HeadingScore {
  heading: Heading;
  score: number | null;
  rated: number;
  dontKnow: number;
  total: number;
  items: ItemScore[];
}

export interface AssessmentScore {
  /** Mean of all rated items, so each item weighs the same whatever the shape of the checklist. */
  overall: number | null;
  headings: HeadingScore[];
  rated: number;
  dontKnow: number;
  total: number;
}

/** The band a 0–100 score falls in. */
export function band(score: number): Band {
  if (score < 25) return 'poor';
  if (score < 75) return 'improve';
  return 'good';
}

/** The 0–100 score of a level value on a scale, or null when the value is not on the scale. */
export function levelScore(scale: Scale, level: number): number | null {
  return scale.levels.find((l) => l.value === level)?.score ?? null;
}

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Status and score of one item; a level the scale does not know counts as unanswered. */
export function scoreItem(scale: Scale, item: Item, headingId: string, answer?: Answer): ItemScore {
  const level = answer?.level;
  if (level === null) return { item, headingId, status: 'dontKnow', level: null, score: null };
  const score = level === undefined ? null : levelScore(scale, level);
  if (level === undefined || score === null) {
    return { item, headingId, status: 'unanswered', level: null, score: null };
  }
  return { item, headingId, status: 'rated', level, score };
}

/** A heading's score is the mean of its rated items; "don't know" and unanswered items are left out. */
export function scoreHeading(
  scale: Scale,
  heading: Heading,
  answers: Record<string, Answer>,
): HeadingScore {
  const items = heading.items.map((item) => scoreItem(scale, item, heading.id, answers[item.id]));
  const rated = items.filter((i) => i.status === 'rated');
  return {
    heading,
    score: mean(rated.map((i) => i.score as number)),
    rated: rated.length,
    dontKnow: items.filter((i) => i.status === 'dontKnow').length,
    total: items.length,
    items,
  };
}

/** Scores of every item, heading and the whole assessment. */
export function scoreAssessment(
  checklist: Checklist,
  answers: Record<string, Answer>,
): AssessmentScore {
  const headings = checklist.headings.map((h) => scoreHeading(checklist.scale, h, answers));
  const items = headings.flatMap((h) => h.items);
  const rated = items.filter((i) => i.status === 'rated');
  return {
    overall: mean(rated.map((i) => i.score as number)),
    headings,
    rated: rated.length,
    dontKnow: headings.reduce((n, h) => n + h.dontKnow, 0),
    total: items.length,
  };
}

/**
 * Items ordered by how far they are from the top of the scale, largest gap first.
 * Items without a score follow, in checklist order, since their gap is not known.
 */
export function itemsByGap(score: AssessmentScore): ItemScore[] {
  const items = score.headings.flatMap((h) => h.items);
  const rated = items.filter((i) => i.score !== null);
  const rest = items.filter((i) => i.score === null);
  // Array.prototype.sort is stable, so equal gaps keep checklist order.
  rated.sort((a, b) => (a.score as number) - (b.score as number));
  return [...rated, ...rest];
}

/** Rounds a score for display; 62.5 → 63. */
export function roundScore(score: number): number {
  return Math.round(score);
}
