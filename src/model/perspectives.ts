import type { Answer, Perspective } from './assessment';
import type { Checklist, Item, Scale } from './checklist';
import { levelScore } from './scoring';

export interface PerspectiveGap {
  item: Item;
  /** Level per perspective id, null for "don't know", undefined when not rated. */
  levels: Record<string, number | null | undefined>;
  /** Highest minus lowest score (0–100) among perspectives that gave a level; null if fewer than two did. */
  gap: number | null;
}

/** The two default perspectives of a workshop: the organisation itself and the NGOs. */
export function defaultPerspectives(names: { organisation: string; ngos: string }): Perspective[] {
  return [
    { id: 'org', name: names.organisation },
    { id: 'ngo', name: names.ngos },
  ];
}

function itemGap(
  scale: Scale,
  perspectives: Perspective[],
  item: Item,
  answer?: Answer,
): PerspectiveGap {
  const levels: PerspectiveGap['levels'] = {};
  const scores: number[] = [];
  for (const p of perspectives) {
    const level = answer?.ratings?.[p.id];
    levels[p.id] = level;
    const score = level === null || level === undefined ? null : levelScore(scale, level);
    if (score !== null) scores.push(score);
  }
  const gap = scores.length >= 2 ? Math.max(...scores) - Math.min(...scores) : null;
  return { item, levels, gap };
}

/** How the perspectives rated each item, and how far apart they are. */
export function comparePerspectives(
  checklist: Checklist,
  perspectives: Perspective[],
  answers: Record<string, Answer>,
): PerspectiveGap[] {
  return checklist.headings.flatMap((h) =>
    h.items.map((item) => itemGap(checklist.scale, perspectives, item, answers[item.id])),
  );
}

/** A gap this wide on the 0–100 score (two steps of a five-level scale, yes against no) is worth a conversation. */
export const NOTABLE_GAP = 50;
