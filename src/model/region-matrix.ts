import type { Assessment } from './assessment';
import type { Checklist, Language, OrganisationType } from './checklist';
import { band, scoreAssessment, type AnswerStatus, type Band } from './scoring';

/** A cell's state: `notAsked` when the version of the checklist the organisation used lacks the item. */
export type CellStatus = AnswerStatus | 'notAsked';

export interface MatrixCell {
  status: CellStatus;
  level: number | null;
  score: number | null;
}

/** One item column, aligned by item id across versions and languages. */
export interface MatrixItem {
  id: string;
  headingId: string;
  statement: string;
}

export interface MatrixHeading {
  id: string;
  title: string;
  itemIds: string[];
}

/** One assessment of an organisation, scored on the common column set. */
export interface OrganisationRound {
  assessmentId: string;
  date: string;
  version: string;
  language: Language;
  overall: number | null;
  headings: Record<string, number | null>;
  cells: Record<string, MatrixCell>;
}

/** Change since the previous round: null where either round has no score. */
export interface RoundChange {
  overall: number | null;
  headings: Record<string, number | null>;
  items: Record<string, number | null>;
}

export interface MatrixRow {
  /** Organisations are the same when type and name match, ignoring case and surrounding space. */
  key: string;
  organisation: string;
  organisationType: OrganisationType;
  /** The round shown: the latest, or the latest of the chosen year. */
  round: OrganisationRound;
  /** The round before it, if any. */
  previous?: OrganisationRound;
  change: RoundChange;
  /** Every round of the organisation on this checklist, oldest first. */
  rounds: OrganisationRound[];
}

/** The region's figures for one column: over the organisations shown. */
export interface ColumnSummary {
  mean: number | null;
  median: number | null;
  /** Organisations with a score in this column. */
  scored: number;
  /** Organisations per level value (items) or per band (headings, overall). */
  counts: Record<string, number>;
  dontKnow: number;
  unanswered: number;
  notAsked: number;
  /** Mean of the organisations' changes since their previous round. */
  meanChange: number | null;
}

export interface LevelInfo {
  value: number;
  label: string;
  score: number;
}

/** Organisations × items on one checklist id, with the region's summary. */
export interface RegionMatrix {
  checklistId: string;
  title: string;
  headings: MatrixHeading[];
  items: MatrixItem[];
  /** The newest version's scale: the levels item counts are kept by. */
  levels: LevelInfo[];
  rows: MatrixRow[];
  region: {
    overall: ColumnSummary;
    headings: Record<string, ColumnSummary>;
    items: Record<string, ColumnSummary>;
  };
  /** Years that have at least one round, newest first (for the round filter). */
  years: number[];
}

export interface MatrixEntry {
  assessment: Assessment;
  checklist: Checklist;
}

/** Which organisations and rounds the matrix shows. */
export interface MatrixFilter {
  organisationType?: OrganisationType | 'all';
  /** `latest`: each organisation's newest round; a year: its newest round in that year. */
  round?: 'latest' | number;
  /** Column-set language preferred for titles and statements (another one is used when absent). */
  language?: Language;
}

export const BANDS: readonly Band[] = ['poor', 'improve', 'good'];

/** Mean of the known values, or null when none is known. */
export function meanOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}

/** Median of the known values (the mean of the middle two for an even count), or null. */
export function medianOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2;
}

/** The key that makes assessments one organisation's rounds: type and name, ignoring case and surrounding space. */
export function organisationKey(a: Pick<Assessment, 'organisation' | 'organisationType'>): string {
  return `${a.organisationType}:${a.organisation.trim().toLocaleLowerCase('fi')}`;
}

// localeCompare with a locale makes a collator on every call; ones made once are far cheaper.
const finnish = new Intl.Collator('fi');
const versionOrder = new Intl.Collator('en', { numeric: true });

/** ISO dates and times sort as plain strings. */
const isoOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byDate = (x: MatrixEntry, y: MatrixEntry) =>
  isoOrder(x.assessment.date, y.assessment.date) ||
  isoOrder(x.assessment.updatedAt, y.assessment.updatedAt);

/** Compares two version strings part by part, numbers as numbers (1.10 > 1.9). */
function compareVersions(a: string, b: string): number {
  return versionOrder.compare(a, b);
}

/**
 * The column set of one checklist id: the newest version (in the preferred language when there is
 * one) gives order and titles; items and headings only older versions have are added after.
 */
function columnSet(checklists: readonly Checklist[], language?: Language) {
  const ordered = [...checklists].sort(
    (a, b) =>
      compareVersions(b.version, a.version) ||
      Number(b.language === language) - Number(a.language === language),
  );
  const newest = ordered[0]!;
  const preferred =
    ordered.find((c) => c.version === newest.version && c.language === language) ?? newest;
  const headings: MatrixHeading[] = [];
  const items: MatrixItem[] = [];
  const seen = new Set<string>();
  for (const checklist of [preferred, ...ordered]) {
    for (const h of checklist.headings) {
      let heading = headings.find((x) => x.id === h.id);
      if (!heading) {
        heading = { id: h.id, title: h.title, itemIds: [] };
        headings.push(heading);
      }
      for (const item of h.items) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        heading.itemIds.push(item.id);
        items.push({ id: item.id, headingId: h.id, statement: item.statement });
      }
    }
  }
  // Items in heading order, so the columns group under their headings.
  const order = headings.flatMap((h) => h.itemIds);
  items.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const levels = preferred.scale.levels.map((l) => ({
    value: l.value,
    label: l.label,
    score: l.score,
  }));
  return { title: preferred.title, headings, items, levels };
}

function scoreRound(entry: MatrixEntry, headings: readonly MatrixHeading[]): OrganisationRound {
  const score = scoreAssessment(entry.checklist, entry.assessment.answers);
  const cells: Record<string, MatrixCell> = {};
  for (const h of headings)
    for (const id of h.itemIds) cells[id] = { status: 'notAsked', level: null, score: null };
  for (const h of score.headings)
    for (const i of h.items)
      cells[i.item.id] = { status: i.status, level: i.level, score: i.score };
  const headingScores: Record<string, number | null> = {};
  for (const h of headings) {
    const own = score.headings.find((x) => x.heading.id === h.id);
    headingScores[h.id] = own ? own.score : null;
  }
  return {
    assessmentId: entry.assessment.id,
    date: entry.assessment.date,
    version: entry.checklist.version,
    language: entry.checklist.language,
    overall: score.overall,
    headings: headingScores,
    cells,
  };
}

const difference = (now: number | null, before: number | null | undefined) =>
  now === null || before === null || before === undefined ? null : now - before;

function changeOf(round: OrganisationRound, previous?: OrganisationRound): RoundChange {
  const headings: Record<string, number | null> = {};
  for (const id of Object.keys(round.headings))
    headings[id] = difference(round.headings[id] ?? null, previous?.headings[id]);
  const items: Record<string, number | null> = {};
  for (const id of Object.keys(round.cells))
    items[id] = difference(round.cells[id]!.score, previous?.cells[id]?.score);
  return { overall: difference(round.overall, previous?.overall), headings, items };
}

function summarise(
  scores: (number | null)[],
  changes: (number | null)[],
  counts: Record<string, number>,
): ColumnSummary {
  return {
    mean: meanOf(scores),
    median: medianOf(scores),
    scored: scores.filter((s) => s !== null).length,
    counts,
    dontKnow: 0,
    unanswered: 0,
    notAsked: 0,
    meanChange: meanOf(changes),
  };
}

function bandCounts(scores: (number | null)[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(BANDS.map((b) => [b, 0]));
  for (const s of scores) if (s !== null) counts[band(s)]!++;
  return counts;
}

/** The region's mean, median and counts per column over the given rows. */
export function summariseRows(
  matrix: Pick<RegionMatrix, 'headings' | 'items' | 'levels'>,
  rows: readonly MatrixRow[],
): RegionMatrix['region'] {
  const overallScores = rows.map((r) => r.round.overall);
  const overall = summarise(
    overallScores,
    rows.map((r) => r.change.overall),
    bandCounts(overallScores),
  );
  const headings: Record<string, ColumnSummary> = {};
  for (const h of matrix.headings) {
    const scores = rows.map((r) => r.round.headings[h.id] ?? null);
    headings[h.id] = summarise(
      scores,
      rows.map((r) => r.change.headings[h.id] ?? null),
      bandCounts(scores),
    );
  }
  const items: Record<string, ColumnSummary> = {};
  for (const item of matrix.items) {
    const cells = rows.map((r) => r.round.cells[item.id]!);
    const counts: Record<string, number> = Object.fromEntries(
      matrix.levels.map((l) => [String(l.value), 0]),
    );
    const summary = summarise(
      cells.map((c) => c.score),
      rows.map((r) => r.change.items[item.id] ?? null),
      counts,
    );
    for (const cell of cells) {
      if (cell.status === 'rated')
        counts[String(cell.level)] = (counts[String(cell.level)] ?? 0) + 1;
      else summary[cell.status]++;
    }
    items[item.id] = summary;
  }
  return { overall, headings, items };
}

/**
 * Organisations × items per checklist id (any version or language), each organisation on its
 * latest round (or its latest of a chosen year) with the change since the round before, and the
 * region's summary over the organisations shown. Matrices are ordered by title.
 */
export function buildRegionMatrices(
  entries: readonly MatrixEntry[],
  filter: MatrixFilter = {},
): RegionMatrix[] {
  const byChecklist = new Map<string, MatrixEntry[]>();
  for (const entry of entries) {
    const list = byChecklist.get(entry.checklist.id) ?? [];
    list.push(entry);
    byChecklist.set(entry.checklist.id, list);
  }
  const matrices: RegionMatrix[] = [];
  for (const [checklistId, list] of byChecklist) {
    const columns = columnSet(
      list.map((e) => e.checklist),
      filter.language,
    );
    const years = [...new Set(list.map((e) => Number(e.assessment.date.slice(0, 4))))].sort(
      (a, b) => b - a,
    );
    const byOrganisation = new Map<string, MatrixEntry[]>();
    for (const entry of [...list].sort(byDate)) {
      if (filter.organisationType && filter.organisationType !== 'all')
        if (entry.assessment.organisationType !== filter.organisationType) continue;
      const key = organisationKey(entry.assessment);
      byOrganisation.set(key, [...(byOrganisation.get(key) ?? []), entry]);
    }
    const rows: MatrixRow[] = [];
    const round = filter.round ?? 'latest';
    for (const [key, own] of byOrganisation) {
      const rounds = own.map((e) => scoreRound(e, columns.headings));
      let index = rounds.length - 1;
      if (round !== 'latest') {
        while (index >= 0 && Number(rounds[index]!.date.slice(0, 4)) !== round) index--;
        if (index < 0) continue; // no round that year
      }
      const latest = own[index]!.assessment;
      const shown = rounds[index]!;
      const previous = index > 0 ? rounds[index - 1] : undefined;
      rows.push({
        key,
        organisation: latest.organisation,
        organisationType: latest.organisationType,
        round: shown,
        previous,
        change: changeOf(shown, previous),
        rounds,
      });
    }
    rows.sort((a, b) => finnish.compare(a.organisation, b.organisation));
    matrices.push({
      checklistId,
      ...columns,
      rows,
      region: summariseRows(columns, rows),
      years,
    });
  }
  return matrices.sort((a, b) => finnish.compare(a.title, b.title));
}

/**
 * A sortable column: `organisation`, `date`, `overall`, `change` (overall), `heading:<id>`,
 * `headingChange:<id>`, `item:<id>` or `itemChange:<id>`.
 */
export type SortColumn = string;
export type SortDirection = 'ascending' | 'descending';

function sortValue(row: MatrixRow, column: SortColumn): string | number | null {
  const [kind, id = ''] = column.split(/:(.*)/s);
  switch (kind) {
    case 'organisation':
      return row.organisation;
    case 'date':
      return row.round.date;
    case 'overall':
      return row.round.overall;
    case 'change':
      return row.change.overall;
    case 'heading':
      return row.round.headings[id] ?? null;
    case 'headingChange':
      return row.change.headings[id] ?? null;
    case 'item':
      return row.round.cells[id]?.score ?? null;
    case 'itemChange':
      return row.change.items[id] ?? null;
    default:
      return null;
  }
}

/** Rows sorted by a column; rows without a value go last either way, ties keep name order. */
export function sortRows(
  rows: readonly MatrixRow[],
  column: SortColumn,
  direction: SortDirection,
): MatrixRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: MatrixRow, b: MatrixRow) => finnish.compare(a.organisation, b.organisation);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : finnish.compare(String(x), String(y));
    return sign * order || byName(a, b);
  });
}
