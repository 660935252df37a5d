import { jsPDF } from 'jspdf';
import { catalogue, formatDate, languageTag, t, type Locale } from '../i18n';
import type { ImprovementPlan } from '../model/plan';
import { slug } from '../model/slug';
import { drawableText, embedFonts, loadFonts } from './pdf-fonts';
import { INK, PageFlow, RULE } from './pdf-flow';
import { itemsSection } from './pdf-items';
import { summarySection } from './pdf-summary';
import { actionsSection, prioritiesSection, reviewSection } from './pdf-tables';
import { BODY, FOOTER, LABEL, SMALL, SUBTITLE, TITLE, introParagraphs } from './pdf-text';

export { markdownBlocks } from './pdf-text';

/** The facts: organisation, type, date, checklist and version, drafts, intro, participants, rounds. */
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
  if (plan.previousRound) {
    flow.paragraph(
      t(
        'pdf.previousRound',
        {
          date: formatDate(plan.previousRound.date, locale),
          version: plan.previousRound.checklistVersion,
        },
        locale,
      ),
      SMALL,
    );
  }
  if (plan.hasDrafts) flow.paragraph(t('pdf.hasDrafts', {}, locale), SMALL);
  if (plan.attribution.trim() !== '') flow.paragraph(plan.attribution, SMALL);
  introParagraphs(flow, plan.intro, 0);
  flow.gap(3);
  flow.paragraph(t('pdf.participants', {}, locale), LABEL, { keep: flow.lineHeight(BODY.size) });
  flow.paragraph(
    plan.participants.length > 0
      ? plan.participants.join(', ')
      : t('pdf.noParticipants', {}, locale),
    BODY,
  );
  if (plan.survey) {
    const total = plan.survey.reduce((n, g) => n + g.count, 0);
    flow.gap(2);
    flow.paragraph(t('pdf.survey', {}, locale), LABEL, { keep: flow.lineHeight(BODY.size) });
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
  summarySection(flow, plan, locale);
  prioritiesSection(flow, plan, numbers, locale);
  actionsSection(flow, plan, numbers, locale);
  reviewSection(flow, plan, numbers, locale);
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
