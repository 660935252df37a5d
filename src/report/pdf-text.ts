import { formatDate, t, type Locale } from '../i18n';
import type { PlanTarget } from '../model/plan';
import { parseTargetBy } from '../model/target-by';
import { roundScore, type Band } from '../model/scoring';
import { MUTED, PageFlow, type Rgb, type TextStyle } from './pdf-flow';

export const TITLE: TextStyle = { size: 20, bold: true };
export const SUBTITLE: TextStyle = { size: 13 };
export const SECTION: TextStyle = { size: 14, bold: true };
export const HEADING: TextStyle = { size: 12, bold: true };
export const STATEMENT: TextStyle = { size: 10.5, bold: true };
export const BODY: TextStyle = { size: 10 };
export const TABLE_SMALL: TextStyle = { size: 9 };
export const LABEL: TextStyle = { size: 9.5, bold: true, color: MUTED };
export const SMALL: TextStyle = { size: 9, color: MUTED };
export const FOOTER: TextStyle = { size: 8.5, color: MUTED };

// Red below 25, yellow 25–74, green from 75; always next to the band's name, never instead of it.
export const BAND_COLOUR: Record<Band, Rgb> = {
  poor: [198, 40, 40],
  improve: [240, 180, 0],
  good: [46, 125, 50],
};

/** "63 / 100 · Kehitettävää", or "Ei arvioitu" when nothing was rated. */
export function scoreText(score: number | null, band: Band | null, locale: Locale): string {
  if (score === null || band === null) return t('band.none', {}, locale);
  return `${t('results.scoreOf', { score: roundScore(score) }, locale)} · ${t(`band.${band}`, {}, locale)}`;
}

export function owner(who: string, locale: Locale): string {
  return who.trim() === '' ? t('plan.noOwner', {}, locale) : who.trim();
}

export function due(iso: string, locale: Locale): string {
  return iso === '' ? t('plan.noDue', {}, locale) : formatDate(iso, locale);
}

/** A statement or title with its "(Luonnos)" mark when the checklist marks it a draft. */
export function withDraft(text: string, draft: boolean, locale: Locale): string {
  return draft ? `${text} (${t('item.draft', {}, locale)})` : text;
}

/** "Tavoite: 3 – Vakiintunut · 2028 mennessä" (the date in the locale's form). */
export function targetText(target: PlanTarget, locale: Locale): string {
  const level = `${target.level} – ${target.label}`;
  const by = parseTargetBy(target.by);
  if (!by || by.kind === 'none') return t('pdf.target', { level }, locale);
  const when = by.kind === 'year' ? String(by.year) : formatDate(target.by, locale);
  return t('pdf.targetBy', { level, by: when }, locale);
}

/** A section's title, kept on the page of `keep` mm of what follows it. */
export function sectionTitle(flow: PageFlow, text: string, keep: number): void {
  flow.gap(6);
  flow.paragraph(text, SECTION, { whole: true, keep: keep + 1.5 });
  flow.gap(1.5);
}

/** An introduction written in Markdown, as plain paragraphs (one per block, list entries on their own). */
export function introParagraphs(flow: PageFlow, markdown: string, indent: number): void {
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
