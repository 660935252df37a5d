import type { Answer } from './assessment';
import type { Checklist } from './checklist';
import { band, levelScore, scoreAssessment, type AssessmentScore, type ItemScore } from './scoring';

/** Why an item needs attention, as codes the UI turns into words. */
export const PRIORITY_FLAGS = [
  'low-no-action',
  'dont-know',
  'target-below-today',
  'no-owner',
  'no-due',
] as const;
export type PriorityFlag = (typeof PRIORITY_FLAGS)[number];

export interface PriorityItem {
  itemId: string;
  headingId: string;
  statement: string;
  /** Today's score, null for "don't know" or unanswered. */
  score: number | null;
  /** The score aimed at: the target level's, or the top of the scale without a target. */
  targetScore: number;
  /** True when the group set a target level that is on the scale. */
  hasTarget: boolean;
  /** targetScore − score; null when today's score is not known. */
  gap: number | null;
  /** Marked by the group as one of this period's priorities. */
  priority: boolean;
  flags: PriorityFlag[];
}

function topScore(checklist: Checklist): number {
  return Math.max(...checklist.scale.levels.map((l) => l.score));
}

function flagsFor(
  i: ItemScore,
  answer: Answer | undefined,
  targetScore: number | null,
): PriorityFlag[] {
  const flags: PriorityFlag[] = [];
  const actions = (answer?.actions ?? []).filter((a) => a.what.trim() !== '');
  if (i.score !== null && band(i.score) === 'poor' && actions.length === 0)
    flags.push('low-no-action');
  if (i.status === 'dontKnow') flags.push('dont-know');
  if (targetScore !== null && i.score !== null && targetScore < i.score) {
    flags.push('target-below-today');
  }
  if (actions.some((a) => a.who.trim() === '')) flags.push('no-owner');
  if (actions.some((a) => a.due === '')) flags.push('no-due');
  return flags;
}

/**
 * Every item in priority order: the group's marked priorities first, then the rest; within each,
 * the largest gap to the target first, items with an unknown gap last; ties keep checklist order.
 */
export function buildPriorities(
  checklist: Checklist,
  answers: Record<string, Answer>,
  score: AssessmentScore = scoreAssessment(checklist, answers),
): PriorityItem[] {
  const top = topScore(checklist);
  const items = score.headings.flatMap((h) => h.items);
  const list = items.map((i, order) => {
    const answer = answers[i.item.id];
    const target = answer?.target ? levelScore(checklist.scale, answer.target.level) : null;
    const targetScore = target ?? top;
    const item: PriorityItem = {
      itemId: i.item.id,
      headingId: i.headingId,
      statement: i.item.statement,
      score: i.score,
      targetScore,
      hasTarget: target !== null,
      gap: i.score === null ? null : targetScore - i.score,
      priority: answer?.priority === true,
      flags: flagsFor(i, answer, target),
    };
    return { item, order };
  });
  list.sort((x, y) => {
    if (x.item.priority !== y.item.priority) return x.item.priority ? -1 : 1;
    const gx = x.item.gap;
    const gy = y.item.gap;
    if (gx !== gy) {
      if (gx === null) return 1;
      if (gy === null) return -1;
      return gy - gx;
    }
    return x.order - y.order;
  });
  return list.map((x) => x.item);
}
