import { t, type Locale } from '../i18n';
import type { ImprovementPlan, PlanAction, PlanItem, PlanReviewRow } from '../model/plan';
import type { PriorityItem } from '../model/priorities';
import { roundScore } from '../model/scoring';
import type { Column, PageFlow } from './pdf-flow';
import { BODY, TABLE_SMALL, due, owner, sectionTitle, withDraft } from './pdf-text';

// The item column fits "Kohta" / "Punkt" / "Item" in bold without breaking the word.
const ITEM = 16;

/** Item numbers in checklist order (1…n), by item id. */
export type ItemNumbers = Map<string, number>;

/** A section made of a title and a table (or a sentence when the table would be empty). */
function tableSection(
  flow: PageFlow,
  title: string,
  columns: Column[],
  rows: string[][],
  style = BODY,
  empty?: string,
): void {
  if (rows.length === 0) {
    sectionTitle(flow, title, flow.lineHeight(BODY.size));
    if (empty) flow.paragraph(empty, BODY);
    return;
  }
  sectionTitle(flow, title, flow.tableLead(columns, rows, style));
  flow.table(columns, rows, style);
}

function itemLabel(numbers: ItemNumbers, itemId: string): string {
  const n = numbers.get(itemId);
  return n === undefined ? itemId : String(n);
}

function scoreCell(p: PriorityItem, item: PlanItem | undefined, locale: Locale): string {
  if (p.score !== null) return String(roundScore(p.score));
  return t(item?.status === 'dontKnow' ? 'item.dontKnow' : 'item.unanswered', {}, locale);
}

/** The items in priority order (the group's marked ones first), each with its flags in words. */
export function prioritiesSection(
  flow: PageFlow,
  plan: ImprovementPlan,
  numbers: ItemNumbers,
  locale: Locale,
): void {
  const items = new Map(plan.headings.flatMap((h) => h.items).map((i) => [i.id, i]));
  const fixed = ITEM + 22 + 24 + 20;
  const columns: Column[] = [
    { header: t('plan.columnItem', {}, locale), width: ITEM },
    { header: t('pdf.columnStatement', {}, locale), width: flow.width - fixed },
    { header: t('pdf.columnToday', {}, locale), width: 22 },
    { header: t('pdf.columnTarget', {}, locale), width: 24 },
    { header: t('pdf.columnGap', {}, locale), width: 20 },
  ];
  const rows = plan.priorities.map((p) => {
    const item = items.get(p.itemId);
    const lines = [withDraft(p.statement, item?.draft ?? false, locale)];
    if (p.priority) lines.push(t('priorities.marked', {}, locale));
    for (const flag of p.flags) lines.push(`– ${t(`priorities.flag.${flag}`, {}, locale)}`);
    return [
      itemLabel(numbers, p.itemId),
      lines.join('\n'),
      scoreCell(p, item, locale),
      p.hasTarget ? String(roundScore(p.targetScore)) : t('target.none', {}, locale),
      p.gap === null ? '–' : String(roundScore(p.gap)),
    ];
  });
  tableSection(flow, t('priorities.heading', {}, locale), columns, rows, BODY);
}

/** Every action by due date: item, what (and resources), who, due (and its marks), status. */
export function actionsSection(
  flow: PageFlow,
  plan: ImprovementPlan,
  numbers: ItemNumbers,
  locale: Locale,
): void {
  const fixed = ITEM + 36 + 28 + 24;
  const columns: Column[] = [
    { header: t('plan.columnItem', {}, locale), width: ITEM },
    { header: t('plan.columnWhat', {}, locale), width: flow.width - fixed },
    { header: t('plan.columnWho', {}, locale), width: 36 },
    { header: t('plan.columnDue', {}, locale), width: 28 },
    { header: t('plan.columnStatus', {}, locale), width: 24 },
  ];
  const rows = plan.actions.map((a: PlanAction) => {
    const resources = a.resources?.trim() ?? '';
    return [
      itemLabel(numbers, a.itemId),
      resources === ''
        ? a.what.trim()
        : `${a.what.trim()}\n${t('pdf.resources', { resources }, locale)}`,
      owner(a.who, locale),
      [due(a.due, locale), ...a.flags.map((f) => t(`plan.flag.${f}`, {}, locale))].join('\n'),
      t(`status.${a.status}`, {}, locale),
    ];
  });
  tableSection(
    flow,
    t('pdf.actionsSummary', {}, locale),
    columns,
    rows,
    BODY,
    t('pdf.noActions', {}, locale),
  );
}

/** Last round's actions and what came of them; nothing when this round has no review. */
export function reviewSection(
  flow: PageFlow,
  plan: ImprovementPlan,
  numbers: ItemNumbers,
  locale: Locale,
): void {
  if (plan.review.length === 0) return;
  // Who goes under the action: names like "Hyvinvointikoordinaattori" need the width.
  const fixed = ITEM + 26 + 42 + 30;
  const columns: Column[] = [
    { header: t('plan.columnItem', {}, locale), width: ITEM },
    { header: t('pdf.columnAction', {}, locale), width: flow.width - fixed },
    { header: t('pdf.columnOutcome', {}, locale), width: 26 },
    { header: t('pdf.columnComment', {}, locale), width: 42 },
    { header: t('pdf.columnCarried', {}, locale), width: 30 },
  ];
  const rows = plan.review.map((r: PlanReviewRow) => [
    itemLabel(numbers, r.itemId),
    `${r.action.what.trim()}\n${t('pdf.who', { who: owner(r.action.who, locale) }, locale)}`,
    r.outcome ? t(`outcome.${r.outcome}`, {}, locale) : t('pdf.outcomeNone', {}, locale),
    r.comment,
    t(r.carried ? 'pdf.carried' : 'pdf.notCarried', {}, locale),
  ]);
  tableSection(flow, t('pdf.review', {}, locale), columns, rows, TABLE_SMALL);
}
