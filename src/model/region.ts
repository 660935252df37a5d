import type { Assessment } from './assessment';
import type { Checklist, OrganisationType } from './checklist';
import { scoreAssessment } from './scoring';

/** One organisation's latest assessment on a checklist, with the change since its previous one. */
export interface OverviewRow {
  organisation: string;
  organisationType: OrganisationType;
  assessmentId: string;
  date: string;
  overall: number | null;
  /** Score per heading id. */
  headings: Record<string, number | null>;
  rated: number;
  total: number;
  previous?: { assessmentId: string; date: string; overall: number | null };
  /** Latest overall minus the previous round's; null when either is missing. */
  change: number | null;
}

/** The organisations assessed on one checklist, side by side, with the region's means. */
export interface OverviewTable {
  checklistId: string;
  title: string;
  headings: { id: string; title: string }[];
  rows: OverviewRow[];
  mean: { overall: number | null; headings: Record<string, number | null> };
}

function mean(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}

/** Organisations are the same when their names match, ignoring case and surrounding space. */
function organisationKey(a: Assessment): string {
  return `${a.organisationType}:${a.organisation.trim().toLocaleLowerCase('fi')}`;
}

/**
 * Compares organisations: per checklist id, each organisation's latest assessment (by date, then last
 * change) with its scores, and the change from its previous round. Checklists with the same id share a
 * table; the newest version's headings name the columns.
 */
export function buildRegionalOverview(
  entries: ReadonlyArray<{ assessment: Assessment; checklist: Checklist }>,
): OverviewTable[] {
  const byChecklist = new Map<string, Array<{ assessment: Assessment; checklist: Checklist }>>();
  for (const entry of entries) {
    const list = byChecklist.get(entry.checklist.id) ?? [];
    list.push(entry);
    byChecklist.set(entry.checklist.id, list);
  }
  const tables: OverviewTable[] = [];
  for (const [checklistId, list] of byChecklist) {
    const newest = (x: { assessment: Assessment }, y: { assessment: Assessment }) =>
      y.assessment.date.localeCompare(x.assessment.date) ||
      y.assessment.updatedAt.localeCompare(x.assessment.updatedAt);
    list.sort(newest);
    const columns = list[0]!.checklist.headings.map((h) => ({ id: h.id, title: h.title }));
    const rounds = new Map<string, typeof list>();
    for (const entry of list) {
      const key = organisationKey(entry.assessment);
      rounds.set(key, [...(rounds.get(key) ?? []), entry]);
    }
    const rows: OverviewRow[] = [];
    for (const [latest, previous] of rounds.values()) {
      const score = scoreAssessment(latest!.checklist, latest!.assessment.answers);
      const headings: Record<string, number | null> = {};
      for (const h of score.headings) headings[h.heading.id] = h.score;
      const before =
        previous && scoreAssessment(previous.checklist, previous.assessment.answers).overall;
      rows.push({
        organisation: latest!.assessment.organisation,
        organisationType: latest!.assessment.organisationType,
        assessmentId: latest!.assessment.id,
        date: latest!.assessment.date,
        overall: score.overall,
        headings,
        rated: score.rated,
        total: score.total,
        previous: previous && {
          assessmentId: previous.assessment.id,
          date: previous.assessment.date,
          overall: before ?? null,
        },
        change: score.overall !== null && before != null ? score.overall - before : null,
      });
    }
    rows.sort((a, b) => a.organisation.localeCompare(b.organisation, 'fi'));
    const headingMeans: Record<string, number | null> = {};
    for (const c of columns) headingMeans[c.id] = mean(rows.map((r) => r.headings[c.id] ?? null));
    tables.push({
      checklistId,
      title: list[0]!.checklist.title,
      headings: columns,
      rows,
      mean: { overall: mean(rows.map((r) => r.overall)), headings: headingMeans },
    });
  }
  return tables.sort((a, b) => a.title.localeCompare(b.title, 'fi'));
}
