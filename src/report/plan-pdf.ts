import { jsPDF } from 'jspdf';
import { catalogue, formatDate, languageTag, t, type Locale } from '../i18n';
import type { ImprovementPlan, PlanAction, PlanItem } from '../model/plan';
import { roundScore, type Band } from '../model/scoring';
import { slug } from '../model/slug';
import { drawableText, embedFonts, loadFonts } from './pdf-fonts';
import { INK, MUTED, PageFlow, RULE, type Rgb, type TextStyle } from './pdf-flow';

const TITLE: TextStyle = { size: 20, bold: true };
const SUBTITLE: TextStyle = { size: 13 };
const SECTION: TextStyle = { size: 14, bold: true };
const HEADING: TextStyle = { size: 12, bold: true };
const STATEMENT: TextStyle = { size: 10.5, bold: true };
const BODY: TextStyle = { size: 10 };
const LABEL: TextStyle = { size: 9.5, bold: true, color: MUTED };
const SMALL: TextStyle = { size: 9, color: MUTED };
const FOOTER: TextStyle = { size: 8.5, color: MUTED };

// Red below 25, yellow 25–74, green from 75; always next to the band's name, never instead of it.
const BAND_COLOUR: Record<Band, Rgb> = {
  poor: [198, 40, 40],
  improve: [240, 180, 0],
  good: [46, 125, 50],
};
const TRACK: Rgb = [225, 225, 225];
const BAR_WIDTH = 36;

/** "63 / 100 · Kehitettävää", or "Ei arvioitu" when nothing was rated. */
function scoreText(score: number | null, band: Band | null, locale: Locale): string {
  if (score === null || band === null) return t('band.none', {}, locale);
  return `${t('results.scoreOf', { score: roundScore(score) }, locale)} · ${t(`band.${band}`, {}, locale)}`;
}

/** A bar filled to the score in the band's colour, its top at the current line. */
function scoreBar(flow: PageFlow, x: number, score: number | null, band: Band | null): void {
  const { doc } = flow;
  const y = flow.y + 0.6;
  doc.setFillColor(...TRACK);
  doc.rect(x, y, BAR_WIDTH, 3, 'F');
  if (score !== null && band !== null && score > 0) {
    doc.setFillColor(...BAND_COLOUR[band]);
    doc.rect(x, y, (BAR_WIDTH * Math.min(score, 100)) / 100, 3, 'F');
  }
}

/**
 * Bar, then score and band as text (wrapping if a language needs it), from the current line at x.
 * Returns the height used; does not move y.
 */
function scoreLine(
  flow: PageFlow,
  x: number,
  score: number | null,
  band: Band | null,
  style: TextStyle,
  locale: Locale,
): number {
  const height = flow.lineHeight(style.size);
  const lines = flow.wrap(scoreText(score, band, locale), style, flow.right - x - BAR_WIDTH - 3);
  flow.ensure(lines.length * height);
  scoreBar(flow, x, score, band);
  const top = flow.y;
  for (const line of lines) {
    flow.drawLine(line, x + BAR_WIDTH + 3, style);
    flow.y += height;
  }
  flow.y = top;
  return lines.length * height;
}

/** One row of the scores section: the name (wrapping) on the left, bar and score on the right. */
function scoreRow(
  flow: PageFlow,
  name: string,
  score: number | null,
  band: Band | null,
  style: TextStyle,
  locale: Locale,
): void {
  const nameWidth = flow.width - BAR_WIDTH - 60;
  const lines = flow.wrap(name, style, nameWidth - 3);
  const height = flow.lineHeight(style.size);
  flow.ensure((lines.length + 1) * height);
  const top = flow.y;
  for (const line of lines) {
    flow.drawLine(line, flow.left, style);
    flow.y += height;
  }
  // Drawn after the name so that text extraction reads "name score band".
  const nameHeight = flow.y - top;
  flow.y = top;
  const scoreHeight = scoreLine(flow, flow.left + nameWidth, score, band, style, locale);
  flow.y = top + Math.max(nameHeight, scoreHeight);
  flow.gap(1.2);
}

function sectionTitle(flow: PageFlow, text: string): void {
  flow.gap(6);
  flow.paragraph(text, SECTION, { keep: flow.lineHeight(BODY.size) * 3 });
  flow.gap(1.5);
}

function titlePage(flow: PageFlow, plan: ImprovementPlan, locale: Locale): void {
  flow.paragraph(t('pdf.title', {}, locale), TITLE);
  flow.gap(1);
  const date = formatDate(plan.date, locale);
  flow.paragraph(t('pdf.subtitle', { organisation: plan.organisation, date }, locale), SUBTITLE);
  flow.gap(2);
  const assessmentOf = t(
    'pdf.assessmentOf',
    { checklist: plan.checklistTitle, version: plan.checklistVersion },
    locale,
  );
  flow.paragraph(`${t(`orgType.${plan.organisationType}`, {}, locale)} · ${assessmentOf}`, SMALL);
  if (plan.attribution.trim() !== '') flow.paragraph(plan.attribution, SMALL);
  introParagraphs(flow, plan.intro, 0);
  flow.gap(3);
  flow.paragraph(t('pdf.participants', {}, locale), LABEL);
  flow.paragraph(
    plan.participants.length > 0
      ? plan.participants.join(', ')
      : t('pdf.noParticipants', {}, locale),
    BODY,
  );
  if (plan.survey) {
    const total = plan.survey.reduce((n, g) => n + g.count, 0);
    flow.gap(2);
    flow.paragraph(t('pdf.survey', {}, locale), LABEL);
    flow.paragraph(
      t(
        'results.survey',
        { total, groups: plan.survey.map((g) => `${g.group} ${g.count}`).join(', ') },
        locale,
      ),
      BODY,
    );
  }
}

function scoresSection(flow: PageFlow, plan: ImprovementPlan, locale: Locale): void {
  sectionTitle(flow, t('pdf.scores', {}, locale));
  scoreRow(flow, t('pdf.overall', {}, locale), plan.overall, plan.overallBand, HEADING, locale);
  flow.gap(1);
  for (const heading of plan.headings) {
    scoreRow(flow, heading.title, heading.score, heading.band, BODY, locale);
  }
  flow.gap(1);
  flow.paragraph(
    t('pdf.ratedCount', { rated: plan.rated, total: plan.total, dontKnow: plan.dontKnow }, locale),
    SMALL,
  );
}

function actionsSection(
  flow: PageFlow,
  plan: ImprovementPlan,
  numbers: Map<string, number>,
  locale: Locale,
): void {
  sectionTitle(flow, t('pdf.actionsSummary', {}, locale));
  if (plan.actions.length === 0) {
    flow.paragraph(t('pdf.noActions', {}, locale), BODY);
    return;
  }
  const fixed = 17 + 36 + 27 + 28;
  flow.table(
    [
      { header: t('plan.columnItem', {}, locale), width: 17 },
      { header: t('plan.columnWhat', {}, locale), width: flow.width - fixed },
      { header: t('plan.columnWho', {}, locale), width: 36 },
      { header: t('plan.columnDue', {}, locale), width: 27 },
      { header: t('plan.columnStatus', {}, locale), width: 28 },
    ],
    plan.actions.map((a: PlanAction) => [
      String(numbers.get(a.itemId) ?? ''),
      a.what,
      owner(a.who, locale),
      due(a.due, locale),
      t(`status.${a.status}`, {}, locale),
    ]),
    BODY,
  );
}

function owner(who: string, locale: Locale): string {
  return who.trim() === '' ? t('plan.noOwner', {}, locale) : who.trim();
}

function due(iso: string, locale: Locale): string {
  return iso === '' ? t('plan.noDue', {}, locale) : formatDate(iso, locale);
}

function levelText(item: PlanItem, locale: Locale): string {
  if (item.status === 'dontKnow')
    return t('pdf.level', { level: t('item.dontKnow', {}, locale) }, locale);
  if (item.status === 'unanswered' || item.score === null) {
    return t('pdf.level', { level: t('item.unanswered', {}, locale) }, locale);
  }
  const label = item.levelLabel ?? String(item.level ?? '');
  return `${t('pdf.level', { level: label }, locale)} · ${scoreText(item.score, item.band, locale)}`;
}

function itemBlock(flow: PageFlow, item: PlanItem, n: number, locale: Locale): void {
  const body = flow.lineHeight(BODY.size);
  const small = flow.lineHeight(SMALL.size);
  const indent = 6;
  flow.gap(3);
  // The number hangs in the indent; the statement stays on the page of its level line.
  flow.paragraph(withDraft(item.statement, item.draft, locale), STATEMENT, {
    indent,
    keep: body,
    beside: () => flow.drawLine(`${n}.`, flow.left, STATEMENT),
  });
  const colour = item.band ? BAND_COLOUR[item.band] : undefined;
  flow.paragraph(levelText(item, locale), BODY, {
    indent,
    beside: () => {
      if (!colour) return;
      flow.doc.setFillColor(...colour);
      flow.doc.rect(flow.left + 1, flow.y + 0.9, 2.6, 2.6, 'F');
    },
  });
  if (item.notes !== '') {
    flow.gap(1);
    // A label keeps at least the first two lines of what it labels on its page.
    flow.paragraph(t('pdf.notes', {}, locale), LABEL, { indent, keep: 2 * body });
    flow.paragraph(item.notes, BODY, { indent });
  }
  flow.gap(1);
  if (item.actions.length === 0) {
    flow.paragraph(t('pdf.actions', {}, locale), LABEL, { indent, keep: small });
    flow.paragraph(t('pdf.noActions', {}, locale), SMALL, { indent });
    return;
  }
  flow.paragraph(t('pdf.actions', {}, locale), LABEL, { indent, keep: body + small });
  for (const action of item.actions) {
    flow.paragraph(action.what.trim(), BODY, {
      indent: indent + 4,
      keep: small,
      beside: () => flow.drawLine('•', flow.left + indent, BODY),
    });
    const who = t('pdf.who', { who: owner(action.who, locale) }, locale);
    const when = t('pdf.due', { due: due(action.due, locale) }, locale);
    flow.paragraph(`${who} · ${when}`, SMALL, { indent: indent + 4 });
    flow.gap(0.8);
  }
}

function itemsSection(
  flow: PageFlow,
  plan: ImprovementPlan,
  numbers: Map<string, number>,
  locale: Locale,
): void {
  sectionTitle(flow, t('pdf.items', {}, locale));
  for (const heading of plan.headings) {
    flow.gap(4);
    const small = flow.lineHeight(SMALL.size);
    flow.paragraph(withDraft(heading.title, heading.draft, locale), HEADING, {
      keep: small + flow.lineHeight(BODY.size) * 3,
    });
    flow.y += scoreLine(flow, flow.left, heading.score, heading.band, SMALL, locale) + 1;
    flow.rule(RULE);
    introParagraphs(flow, heading.intro, 0);
    for (const item of heading.items) itemBlock(flow, item, numbers.get(item.id) ?? 0, locale);
  }
}

/** A statement or title with its "(Luonnos)" mark when the checklist marks it a draft. */
function withDraft(text: string, draft: boolean, locale: Locale): string {
  return draft ? `${text} (${t('item.draft', {}, locale)})` : text;
}

/** An introduction written in Markdown, as plain paragraphs (one per block, list entries on their own). */
function introParagraphs(flow: PageFlow, markdown: string, indent: number): void {
  for (const block of markdownBlocks(markdown)) {
    flow.gap(1.5);
    flow.paragraph(block, BODY, { indent });
  }
}

/** Markdown blocks as plain text: emphasis, link targets, quote and list markers dropped. */
export function markdownBlocks(markdown: string): string[] {
  return markdown
    .split(/\n[ \t]*\n/)
    .flatMap((block) => {
      const lines = block.split('\n').map((l) => l.replace(/^\s*(?:>\s*)*/, ''));
      // A list's entries each start a paragraph of their own; other lines run together.
      const out: string[] = [];
      for (const line of lines) {
        const entry = /^(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
        if (entry) out.push(`• ${entry[1]}`);
        else if (out.length > 0) out[out.length - 1] += ` ${line}`;
        else out.push(line);
      }
      return out;
    })
    .map((text) =>
      text
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((text) => text !== '');
}

/** "Sivu N / M" and the document's name on every page, once all pages exist. */
function footers(flow: PageFlow, plan: ImprovementPlan, locale: Locale): void {
  const { doc } = flow;
  const pages = doc.getNumberOfPages();
  const y = flow.bottom + 8;
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    flow.y = y;
    flow.use(FOOTER);
    const pageText = drawableText(doc, t('pdf.page', { page, pages }, locale));
    const room = flow.width - doc.getTextWidth(pageText) - 8;
    let name = drawableText(doc, `${t('pdf.title', {}, locale)} · ${plan.organisation}`);
    if (doc.getTextWidth(name) > room) {
      while (name.length > 1 && doc.getTextWidth(`${name}…`) > room) name = name.slice(0, -1);
      name = `${name.trimEnd()}…`;
    }
    flow.drawLine(name, flow.left, FOOTER);
    flow.drawLine(pageText, flow.right, FOOTER, 'right');
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.2);
    doc.line(flow.left, y - 2, flow.right, y - 2);
  }
}

/** Renders the improvement plan as an A4 PDF with embedded DejaVu Sans, ready to download. */
export async function renderPlanPdf(plan: ImprovementPlan, locale: Locale): Promise<Uint8Array> {
  const [fonts] = await Promise.all([loadFonts(), catalogue(locale)]);
  const doc = new jsPDF({
    orientation: 'portrait',
    unit: 'mm',
    format: 'a4',
    compress: true,
    putOnlyUsedFonts: true,
  });
  embedFonts(doc, fonts);
  const title = `${t('pdf.title', {}, locale)} – ${plan.organisation}`;
  doc.setProperties({
    title,
    subject: t(
      'pdf.assessmentOf',
      { checklist: plan.checklistTitle, version: plan.checklistVersion },
      locale,
    ),
    creator: t('app.title', {}, locale),
  });
  // jsPDF accepts only tags from its own list, silently ignoring others such as "fi-FI":
  // set the bare language first so the document gets at least that.
  const tag = languageTag(locale) as Parameters<jsPDF['setLanguage']>[0];
  doc.setLanguage(locale as Parameters<jsPDF['setLanguage']>[0]);
  doc.setLanguage(tag);
  doc.viewerPreferences({ DisplayDocTitle: true });
  doc.setTextColor(...INK);

  const numbers = new Map<string, number>();
  plan.headings.flatMap((h) => h.items).forEach((item, i) => numbers.set(item.id, i + 1));

  const flow = new PageFlow(doc, { top: 20, side: 20, bottom: 22 });
  titlePage(flow, plan, locale);
  scoresSection(flow, plan, locale);
  actionsSection(flow, plan, numbers, locale);
  itemsSection(flow, plan, numbers, locale);
  footers(flow, plan, locale);
  return new Uint8Array(doc.output('arraybuffer'));
}

/** The download's name, ASCII only: kehittamissuunnitelma-inarin-kunta-2026-11-23.pdf. */
export function planPdfFileName(plan: ImprovementPlan, locale: Locale): string {
  const parts = [
    slug(t('pdf.fileName', {}, locale)) || 'plan',
    slug(plan.organisation),
    slug(plan.date),
  ];
  return `${parts.filter((p) => p !== '').join('-')}.pdf`;
}
