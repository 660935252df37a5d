import type { Tally } from './assessment';
import type { Scale } from './checklist';

export interface TallySummary {
  /** Votes cast. */
  total: number;
  /** Count per level, in the scale's order (zeros included). */
  distribution: { value: number; count: number }[];
  /** The lower median level (a level that exists on the scale), or null with no votes. */
  median: number | null;
  /** Lowest and highest level that got a vote. */
  min: number | null;
  max: number | null;
  /** Interquartile range in scale steps: how far apart the middle half of the room is. */
  iqr: number;
  /** True when the room is split widely enough that the level needs discussion before it is set. */
  disagreement: boolean;
}

/** Votes (by level value) sorted into one list, low to high, by the scale's order. */
function expand(scale: Scale, tally: Tally): number[] {
  return scale.levels.flatMap((l, index) =>
    Array<number>(Math.max(0, tally[String(l.value)] ?? 0)).fill(index),
  );
}

/** The value at quantile q of sorted values, taking the lower neighbour (so it stays a real level). */
function lowerQuantile(sorted: number[], q: number): number {
  return sorted[Math.floor((sorted.length - 1) * q)]!;
}

/**
 * Distribution, median and spread of a show of hands. Spread is measured in scale steps, so it works
 * for any scale. The room disagrees when its middle half spans two or more steps (on a yes-no scale:
 * both answers), or when votes sit at both far ends of a scale of three or more levels.
 */
export function summariseTally(scale: Scale, tally: Tally): TallySummary {
  const steps = expand(scale, tally);
  const distribution = scale.levels.map((l) => ({
    value: l.value,
    count: tally[String(l.value)] ?? 0,
  }));
  if (steps.length === 0) {
    return {
      total: 0,
      distribution,
      median: null,
      min: null,
      max: null,
      iqr: 0,
      disagreement: false,
    };
  }
  const level = (step: number) => scale.levels[step]!.value;
  const iqr = lowerQuantile(steps, 0.75) - lowerQuantile(steps, 0.25);
  const lo = steps[0]!;
  const hi = steps[steps.length - 1]!;
  const lastStep = scale.levels.length - 1;
  return {
    total: steps.length,
    distribution,
    median: level(lowerQuantile(steps, 0.5)),
    min: level(lo),
    max: level(hi),
    iqr,
    // On a two-level scale (yes-no) one step is the whole range, so a middle half on both is a split.
    disagreement:
      steps.length >= 2 &&
      (iqr >= Math.min(2, lastStep) || (lo === 0 && hi === lastStep && lastStep >= 2)),
  };
}

/** The tally with one more (or, with delta -1, one fewer) vote for a level; never below zero. */
export function addVote(tally: Tally | undefined, level: number, delta: 1 | -1 = 1): Tally {
  const key = String(level);
  const next = { ...(tally ?? {}) };
  const count = Math.max(0, (next[key] ?? 0) + delta);
  if (count === 0) delete next[key];
  else next[key] = count;
  return next;
}
