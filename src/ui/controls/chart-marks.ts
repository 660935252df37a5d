import type { Checklist } from '../../model/checklist';
import type { RoundChange } from '../../model/round-change';

/** One bar of the score chart: today's score with the previous round's and the target marked. */
export interface ChartRow {
  id: string;
  label: string;
  previous: number | null;
  today: number | null;
  target: number | null;
  change: number | null;
}

/** Where a row's bar ends and its marks sit, as percentages of the 0–100 track. */
export interface ChartMarks {
  /** Width of today's bar; 0 where there is no score. */
  bar: number;
  /** Whether there is a score today at all ("not rated" instead of an empty bar). */
  rated: boolean;
  previous: number | null;
  target: number | null;
}

const clamp = (v: number) => Math.min(Math.max(v, 0), 100);

/** The positions of a row's bar and marks (scores outside 0–100 are held at the ends). */
export function chartMarks(row: ChartRow): ChartMarks {
  return {
    bar: row.today === null ? 0 : clamp(row.today),
    rated: row.today !== null,
    previous: row.previous === null ? null : clamp(row.previous),
    target: row.target === null ? null : clamp(row.target),
  };
}

/** Which marks the legend needs: only those some row shows. */
export function legendMarks(rows: readonly ChartRow[]): { previous: boolean; target: boolean } {
  return {
    previous: rows.some((r) => r.previous !== null),
    target: rows.some((r) => r.target !== null),
  };
}

/** The chart's rows: the overall first (named `overallLabel`), then each heading in checklist order. */
export function chartRows(
  change: RoundChange,
  checklist: Pick<Checklist, 'headings'>,
  overallLabel: string,
): ChartRow[] {
  const titles = new Map(checklist.headings.map((h) => [h.id, h.title]));
  return [
    { ...change.overall, label: overallLabel },
    ...change.headings.map((h) => ({ ...h, label: titles.get(h.id) ?? h.id })),
  ];
}
