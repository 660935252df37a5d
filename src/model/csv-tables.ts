import type { ActionStatus, Assessment, ReviewOutcome } from './assessment';
import type { Checklist, OrganisationType } from './checklist';
import { buildImprovementPlan } from './plan';
import type { CellStatus, MatrixRow, RegionMatrix } from './region-matrix';
import { scoreAssessment } from './scoring';

// Tables for the CSV exports, as plain rows: header texts come from the caller (in the UI
// language), numbers stay numbers so the writer can put the locale's decimal mark on them.

/** A cell: text, a number, or empty. */
export type CsvCell = string | number | null;

/** A table to write as CSV: one header row, then the data rows. */
export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

/** Header and word texts of the overview table, in the user's language. */
export interface OverviewLabels {
  organisation: string;
  organisationType: string;
  date: string;
  version: string;
  overall: string;
  change: string;
  /** "<column>, change". */
  changeOf: (column: string) => string;
  typeName: (type: OrganisationType) => string;
  /** What a cell without a score says: "don't know", "not asked", "unanswered". */
  status: (status: Exclude<CellStatus, 'rated'>) => string;
}

/** The overview as the screen shows it (its rows in their order): scores and change per heading and item. */
export function overviewTable(
  matrix: RegionMatrix,
  rows: readonly MatrixRow[],
  labels: OverviewLabels,
): CsvTable {
  const header = [
    labels.organisation,
    labels.organisationType,
    labels.date,
    labels.version,
    labels.overall,
    labels.change,
    ...matrix.headings.flatMap((h) => [h.title, labels.changeOf(h.title)]),
    ...matrix.items.flatMap((i) => [i.id, labels.changeOf(i.id)]),
  ];
  const body = rows.map((row) => [
    row.organisation,
    labels.typeName(row.organisationType),
    row.round.date,
    row.round.version,
    row.round.overall,
    row.change.overall,
    ...matrix.headings.flatMap((h) => [
      row.round.headings[h.id] ?? null,
      row.change.headings[h.id] ?? null,
    ]),
    ...matrix.items.flatMap((i) => {
      const cell = row.round.cells[i.id]!;
      return [
        cell.status === 'rated' ? cell.score : labels.status(cell.status),
        row.change.items[i.id] ?? null,
      ];
    }),
  ]);
  return { header, rows: body };
}

/** Header texts of one assessment's table. */
export interface AssessmentLabels {
  itemId: string;
  statement: string;
  level: string;
  label: string;
  score: string;
  target: string;
  targetBy: string;
  notes: string;
  dontKnow: string;
}

/** One assessment, item by item: id, statement, level, its label, score, target and notes. */
export function assessmentTable(
  checklist: Checklist,
  assessment: Assessment,
  labels: AssessmentLabels,
): CsvTable {
  const score = scoreAssessment(checklist, assessment.answers);
  const rows = score.headings.flatMap((h) =>
    h.items.map((i) => [
      i.item.id,
      i.item.statement,
      i.level,
      i.status === 'dontKnow'
        ? labels.dontKnow
        : (checklist.scale.levels.find((l) => l.value === i.level)?.label ?? null),
      i.score,
      assessment.answers[i.item.id]?.target?.level ?? null,
      assessment.answers[i.item.id]?.target?.by ?? '',
      assessment.answers[i.item.id]?.notes ?? '',
    ]),
  );
  return {
    header: [
      labels.itemId,
      labels.statement,
      labels.level,
      labels.label,
      labels.score,
      labels.target,
      labels.targetBy,
      labels.notes,
    ],
    rows,
  };
}

/** Header texts of the action plan's table. */
export interface PlanLabels {
  item: string;
  what: string;
  who: string;
  due: string;
  status: string;
  resources: string;
  outcome: string;
  round: string;
  statusName: (status: ActionStatus) => string;
  outcomeName: (outcome: ReviewOutcome) => string;
}

/**
 * The action plan: one row per action with text, by due date as the plan orders them, then last
 * round's actions as this round reviewed them (their outcome; empty where not yet reviewed). The
 * round column holds the date of the assessment the action was agreed in.
 */
export function planTable(
  checklist: Checklist,
  assessment: Assessment,
  labels: PlanLabels,
): CsvTable {
  const plan = buildImprovementPlan(checklist, assessment);
  const statements = new Map(plan.headings.flatMap((h) => h.items.map((i) => [i.id, i.statement])));
  const reviewed = (assessment.review ?? []).filter((r) => r.action.what.trim() !== '');
  return {
    header: [
      labels.item,
      labels.what,
      labels.who,
      labels.due,
      labels.status,
      labels.resources,
      labels.round,
      labels.outcome,
    ],
    rows: [
      ...plan.actions.map((a) => [
        `${a.itemId} ${a.statement}`,
        a.what,
        a.who,
        a.due,
        labels.statusName(a.status),
        a.resources ?? '',
        assessment.date,
        '',
      ]),
      ...reviewed.map((r) => [
        `${r.itemId} ${statements.get(r.itemId) ?? ''}`.trim(),
        r.action.what,
        r.action.who,
        r.action.due,
        labels.statusName(r.action.status),
        r.action.resources ?? '',
        assessment.previousRound?.date ?? '',
        r.outcome ? labels.outcomeName(r.outcome) : '',
      ]),
    ],
  };
}
