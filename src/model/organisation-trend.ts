import type { Assessment } from './assessment';
import { buildRegionMatrices, organisationKey, type MatrixEntry } from './region-matrix';

/** One round of an organisation's trend on one checklist id. */
export interface TrendRound {
  assessmentId: string;
  date: string;
  version: string;
  language: string;
  overall: number | null;
  /** Overall score minus the round before's; null for the first round or where either has no score. */
  change: number | null;
  /** Whether there is a round before this one. */
  first: boolean;
  current: boolean;
}

/** Whether `other` is a candidate round of the same organisation as `current` (before checklists are known). */
export function sameOrganisation(
  current: Pick<Assessment, 'organisation' | 'organisationType' | 'checklist'>,
  other: Pick<Assessment, 'organisation' | 'organisationType' | 'checklist'>,
): boolean {
  return (
    other.checklist.id === current.checklist.id &&
    organisationKey(other) === organisationKey(current)
  );
}

/**
 * Every round of the current assessment's organisation on the same checklist id (any version or
 * language), oldest first, with the overall score and the change from the round before. The rounds
 * are the region matrix's (`row.rounds`), so the overview and this list group alike. Empty when the
 * current assessment is not among the entries.
 */
export function organisationTrend(
  entries: readonly MatrixEntry[],
  currentId: string,
): TrendRound[] {
  const current = entries.find((e) => e.assessment.id === currentId);
  if (!current) return [];
  const own = entries.filter(
    (e) =>
      e.checklist.id === current.checklist.id &&
      organisationKey(e.assessment) === organisationKey(current.assessment),
  );
  const [matrix] = buildRegionMatrices(own);
  const row = matrix?.rows.find((r) => r.rounds.some((x) => x.assessmentId === currentId));
  if (!row) return [];
  return row.rounds.map((round, i) => {
    const before = i > 0 ? row.rounds[i - 1]!.overall : null;
    return {
      assessmentId: round.assessmentId,
      date: round.date,
      version: round.version,
      language: round.language,
      overall: round.overall,
      change: round.overall === null || before === null ? null : round.overall - before,
      first: i === 0,
      current: round.assessmentId === currentId,
    };
  });
}
