import type { Assessment } from './assessment';
import type { Checklist } from './checklist';
import { levelScore, scoreAssessment } from './scoring';

/** One row of the change since last round: previous, today's and the target's score, and the change. */
export interface ChangeRow {
  id: string;
  previous: number | null;
  today: number | null;
  target: number | null;
  /** today − previous; null where either is missing. */
  change: number | null;
}

export interface RoundChange {
  overall: ChangeRow;
  headings: ChangeRow[];
  items: ChangeRow[];
}

function row(id: string, previous: number | null, today: number | null, target: number | null) {
  const change = previous === null || today === null ? null : today - previous;
  return { id, previous, today, target, change };
}

function mean(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

/**
 * Per item and per heading: the previous round's score (from `previousRound`), today's, the target's
 * (the heading's is the mean of its items' targets), and the signed change.
 */
export function roundChange(assessment: Assessment, checklist: Checklist): RoundChange {
  const score = scoreAssessment(checklist, assessment.answers);
  const last = assessment.previousRound;
  const items: ChangeRow[] = [];
  const headings = score.headings.map((h) => {
    const targets = h.items.map((s) => {
      const t = assessment.answers[s.item.id]?.target;
      const target = t ? levelScore(checklist.scale, t.level) : null;
      items.push(row(s.item.id, last?.items[s.item.id]?.score ?? null, s.score, target));
      return target;
    });
    return row(h.heading.id, last?.headings[h.heading.id] ?? null, h.score, mean(targets));
  });
  const overall = row('', last?.overall ?? null, score.overall, mean(items.map((i) => i.target)));
  return { overall, headings, items };
}

/** A change as "▲ +12", "▼ −5" or "= 0" (never colour alone); '' when there is none. */
export function formatChange(change: number | null): string {
  if (change === null) return '';
  const n = Math.round(change);
  if (n > 0) return `▲ +${n}`;
  if (n < 0) return `▼ −${-n}`;
  return '= 0';
}
