import { t, type Locale } from '../i18n';
import type { ImprovementPlan, PlanHeading, PlanItem } from '../model/plan';
import { formatChange } from '../model/round-change';
import { roundScore, type Band } from '../model/scoring';
import { RULE, type PageFlow, type TextStyle } from './pdf-flow';
import {
  BAND_COLOUR,
  BODY,
  HEADING,
  LABEL,
  SMALL,
  STATEMENT,
  due,
  introParagraphs,
  markdownBlocks,
  owner,
  scoreText,
  sectionTitle,
  targetText,
  withDraft,
} from './pdf-text';
import type { ItemNumbers } from './pdf-tables';

const INDENT = 6;
const BAR_WIDTH = 36;
const TRACK = [225, 225, 225] as const;

/** Bar, then score and band as text, from the current line at x. Returns the height; y stays. */
function scoreLine(
  flow: PageFlow,
  score: number | null,
  band: Band | null,
  style: TextStyle,
  locale: Locale,
): number {
  const { doc } = flow;
  const height = flow.lineHeight(style.size);
  const x = flow.left;
  const lines = flow.wrap(scoreText(score, band, locale), style, flow.width - BAR_WIDTH - 3);
  flow.ensure(lines.length * height);
  doc.setFillColor(...TRACK);
  doc.rect(x, flow.y + 0.6, BAR_WIDTH, 3, 'F');
  if (score !== null && band !== null && score > 0) {
    doc.setFillColor(...BAND_COLOUR[band]);
    doc.rect(x, flow.y + 0.6, (BAR_WIDTH * Math.min(score, 100)) / 100, 3, 'F');
  }
  const top = flow.y;
  for (const line of lines) {
    flow.drawLine(line, x + BAR_WIDTH + 3, style);
    flow.y += height;
  }
  flow.y = top;
  return lines.length * height;
}

/** "Taso: 1 – Alkuvaiheessa · 25 / 100 · Kehitettävää", or the words for no rating. */
function levelText(item: PlanItem, locale: Locale): string {
  if (item.status === 'dontKnow')
    return t('pdf.level', { level: t('item.dontKnow', {}, locale) }, locale);
  if (item.status === 'unanswered' || item.score === null || item.level === null) {
    return t('pdf.level', { level: t('item.unanswered', {}, locale) }, locale);
  }
  const label = item.levelLabel ? `${item.level} – ${item.levelLabel}` : String(item.level);
  return `${t('pdf.level', { level: label }, locale)} · ${scoreText(item.score, item.band, locale)}`;
}

/** "Edellinen kierros: 0 – Ei käytössä · 0 / 100 · Muutos ▲ +25"; null without a previous round. */
function previousText(item: PlanItem, locale: Locale): string | null {
  const p = item.previous;
  if (!p) return null;
  let level: string;
  if (p.status === 'dontKnow') level = t('item.dontKnow', {}, locale);
  else if (p.status === 'unanswered' || p.levelLabel === null)
    level = t('item.unanswered', {}, locale);
  else if (p.score === null) level = p.levelLabel;
  else level = `${p.levelLabel} · ${t('results.scoreOf', { score: roundScore(p.score) }, locale)}`;
  const text = t('pdf.previous', { level }, locale);
  if (item.change === null) return text;
  return `${text} · ${t('pdf.change', { change: formatChange(item.change) }, locale)}`;
}

/** What must stay on the page of the item's title: the title whole and its level line. */
function itemLead(flow: PageFlow, item: PlanItem, locale: Locale): number {
  const title = withDraft(item.statement, item.draft, locale);
  return flow.paragraphHeight(title, STATEMENT, INDENT) + flow.lineHeight(BODY.size) + 3;
}

function actionLines(flow: PageFlow, item: PlanItem, locale: Locale): void {
  const body = flow.lineHeight(BODY.size);
  const small = flow.lineHeight(SMALL.size);
  const indent = INDENT + 4;
  if (item.actions.length === 0) {
    flow.paragraph(t('pdf.actions', {}, locale), LABEL, { indent: INDENT, keep: small });
    flow.paragraph(t('pdf.noActions', {}, locale), SMALL, { indent: INDENT });
    return;
  }
  flow.paragraph(t('pdf.actions', {}, locale), LABEL, { indent: INDENT, keep: body + small });
  for (const action of item.actions) {
    flow.paragraph(action.what.trim(), BODY, {
      indent,
      keep: small,
      beside: () => flow.drawLine('•', flow.left + INDENT, BODY),
    });
    const meta = [
      t('pdf.who', { who: owner(action.who, locale) }, locale),
      t('pdf.due', { due: due(action.due, locale) }, locale),
      t('pdf.status', { status: t(`status.${action.status}`, {}, locale) }, locale),
    ];
    flow.paragraph(meta.join(' · '), SMALL, { indent });
    const resources = action.resources?.trim() ?? '';
    if (resources !== '')
      flow.paragraph(t('pdf.resources', { resources }, locale), SMALL, { indent });
    flow.gap(0.8);
  }
}

function itemBlock(flow: PageFlow, item: PlanItem, n: number, locale: Locale): void {
  const body = flow.lineHeight(BODY.size);
  flow.gap(3);
  // The number hangs in the indent; the whole title stays on the page of its level line.
  flow.paragraph(withDraft(item.statement, item.draft, locale), STATEMENT, {
    indent: INDENT,
    whole: true,
    keep: body,
    beside: () => flow.drawLine(`${n}.`, flow.left, STATEMENT),
  });
  const colour = item.band ? BAND_COLOUR[item.band] : undefined;
  flow.paragraph(levelText(item, locale), BODY, {
    indent: INDENT,
    beside: () => {
      if (!colour) return;
      flow.doc.setFillColor(...colour);
      flow.doc.rect(flow.left + 1, flow.y + 0.9, 2.6, 2.6, 'F');
    },
  });
  if (item.target) flow.paragraph(targetText(item.target, locale), BODY, { indent: INDENT });
  const previous = previousText(item, locale);
  if (previous) flow.paragraph(previous, BODY, { indent: INDENT });
  if (item.notes !== '') {
    flow.gap(1);
    // A label keeps at least the first two lines of what it labels on its page.
    flow.paragraph(t('pdf.notes', {}, locale), LABEL, { indent: INDENT, keep: 2 * body });
    flow.paragraph(item.notes, BODY, { indent: INDENT });
  }
  flow.gap(1);
  actionLines(flow, item, locale);
}

/** What must stay on the page of a heading's title: its score line and the start of what follows. */
function headingLead(flow: PageFlow, heading: PlanHeading, locale: Locale): number {
  const score = flow.lineHeight(SMALL.size) + 1;
  const intro = markdownBlocks(heading.intro)[0];
  if (intro !== undefined) return score + 1.5 + flow.paragraphHeight(intro, BODY, 0, 2);
  const first = heading.items[0];
  return score + (first ? itemLead(flow, first, locale) : 0);
}

/** Item by item under their headings: level, target, previous round and change, notes, actions. */
export function itemsSection(
  flow: PageFlow,
  plan: ImprovementPlan,
  numbers: ItemNumbers,
  locale: Locale,
): void {
  const first = plan.headings[0];
  const firstLead = first
    ? flow.paragraphHeight(withDraft(first.title, first.draft, locale), HEADING) +
      4 +
      headingLead(flow, first, locale)
    : 0;
  sectionTitle(flow, t('pdf.items', {}, locale), firstLead);
  for (const heading of plan.headings) {
    flow.gap(4);
    flow.paragraph(withDraft(heading.title, heading.draft, locale), HEADING, {
      whole: true,
      keep: headingLead(flow, heading, locale),
    });
    flow.y += scoreLine(flow, heading.score, heading.band, SMALL, locale) + 1;
    flow.rule(RULE);
    introParagraphs(flow, heading.intro, 0);
    for (const item of heading.items) itemBlock(flow, item, numbers.get(item.id) ?? 0, locale);
  }
}
