import { formatDate, t, type Locale } from '../i18n';
import type { ImprovementPlan } from '../model/plan';
import { formatChange, type ChangeRow } from '../model/round-change';
import { roundScore, type Band } from '../model/scoring';
import { INK, MUTED, PageFlow, type Rgb, type TextStyle } from './pdf-flow';
import { BAND_COLOUR, BODY, HEADING, SMALL, scoreText, sectionTitle } from './pdf-text';

// The chart's columns (mm): the name, the 0–100 bar with its marks, the numbers as text.
const NAME_WIDTH = 52;
const BAR_WIDTH = 54;
const GAP = 4;
const BAR_HEIGHT = 3.6;
const MARK = 1.5;
const TRACK: Rgb = [228, 228, 228];
const WHITE: Rgb = [255, 255, 255];

interface ChartRow {
  name: string;
  style: TextStyle;
  band: Band | null;
  row: ChangeRow;
}

/** The previous round: an open circle, white inside, so it reads apart from the bar in grey. */
function previousMark(flow: PageFlow, x: number, y: number): void {
  const { doc } = flow;
  doc.setDrawColor(...INK);
  doc.setFillColor(...WHITE);
  doc.setLineWidth(0.35);
  doc.circle(x, y, MARK, 'FD');
}

/** The target: a solid black diamond. */
function targetMark(flow: PageFlow, x: number, y: number): void {
  const { doc } = flow;
  doc.setFillColor(...INK);
  const r = MARK + 0.2;
  doc.lines(
    [
      [r, r],
      [-r, r],
      [-r, -r],
    ],
    x,
    y - r,
    [1, 1],
    'F',
    true,
  );
}

/** Today: a bar filled to the score in the band's colour, outlined so it shows in greyscale. */
function todayBar(flow: PageFlow, x: number, y: number, width: number, band: Band | null): void {
  const { doc } = flow;
  doc.setFillColor(...(band ? BAND_COLOUR[band] : MUTED));
  doc.setDrawColor(...INK);
  doc.setLineWidth(0.2);
  doc.rect(x, y, width, BAR_HEIGHT, width > 0.3 ? 'FD' : 'F');
}

function barX(flow: PageFlow, score: number): number {
  return flow.left + NAME_WIDTH + (BAR_WIDTH * Math.max(0, Math.min(score, 100))) / 100;
}

/** The numbers beside the bar: previous, target and the signed change, those that exist. */
function numbers(plan: ImprovementPlan, row: ChangeRow, locale: Locale): string[] {
  const parts: string[] = [];
  const round = (n: number | null): string => (n === null ? '–' : String(roundScore(n)));
  if (plan.previousRound)
    parts.push(t('pdf.chartPrevious', { score: round(row.previous) }, locale));
  if (row.target !== null) parts.push(t('pdf.chartTarget', { score: round(row.target) }, locale));
  if (plan.previousRound && row.change !== null) {
    parts.push(t('pdf.change', { change: formatChange(row.change) }, locale));
  }
  return parts;
}

/** Lines of parts joined by " · ", breaking only between parts (so "▼ −8" stays whole). */
function partLines(flow: PageFlow, parts: string[], style: TextStyle, width: number): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    const joined = last === undefined ? part : `${last} · ${part}`;
    if (last !== undefined && flow.wrap(joined, style, width).length === 1) {
      lines[lines.length - 1] = joined;
    } else {
      lines.push(...flow.wrap(part, style, width));
    }
  }
  return lines;
}

function chartRow(flow: PageFlow, plan: ImprovementPlan, r: ChartRow, locale: Locale): void {
  const textX = flow.left + NAME_WIDTH + BAR_WIDTH + GAP;
  const textWidth = flow.right - textX;
  const names = flow.wrap(r.name, r.style, NAME_WIDTH - GAP);
  const scores = flow.wrap(scoreText(r.row.today, r.band, locale), r.style, textWidth);
  const details = partLines(flow, numbers(plan, r.row, locale), SMALL, textWidth);
  const h = flow.lineHeight(r.style.size);
  const hs = flow.lineHeight(SMALL.size);
  const height = Math.max(names.length * h, scores.length * h + details.length * hs, MARK * 2 + 2);
  flow.ensure(height);
  const top = flow.y;
  // Drawn in reading order so text extraction gives "name score band previous target change".
  for (const [i, line] of names.entries()) {
    flow.y = top + i * h;
    flow.drawLine(line, flow.left, r.style);
  }
  for (const [i, line] of scores.entries()) {
    flow.y = top + i * h;
    flow.drawLine(line, textX, r.style);
  }
  for (const [i, line] of details.entries()) {
    flow.y = top + scores.length * h + i * hs;
    flow.drawLine(line, textX, SMALL);
  }
  const { doc } = flow;
  const barTop = top + 0.6;
  const middle = barTop + BAR_HEIGHT / 2;
  const x0 = flow.left + NAME_WIDTH;
  doc.setFillColor(...TRACK);
  doc.rect(x0, barTop, BAR_WIDTH, BAR_HEIGHT, 'F');
  if (r.row.today !== null) todayBar(flow, x0, barTop, barX(flow, r.row.today) - x0, r.band);
  // Quarter ticks, so that a position can be read without the numbers.
  doc.setDrawColor(...WHITE);
  doc.setLineWidth(0.3);
  for (const q of [25, 50, 75]) doc.line(barX(flow, q), barTop, barX(flow, q), barTop + 0.8);
  if (plan.previousRound && r.row.previous !== null)
    previousMark(flow, barX(flow, r.row.previous), middle);
  if (r.row.target !== null) targetMark(flow, barX(flow, r.row.target), middle);
  flow.y = top + height;
  flow.gap(1.6);
}

/** What each shape means, drawn with the shapes themselves; only the marks the chart uses. */
function legend(flow: PageFlow, plan: ImprovementPlan, locale: Locale): void {
  const hasTarget = plan.change.overall.target !== null;
  const entries: { text: string; draw: (x: number, y: number) => void }[] = [
    {
      text: t('pdf.legendToday', {}, locale),
      draw: (x, y) => todayBar(flow, x, y - BAR_HEIGHT / 2, 4.5, 'improve'),
    },
  ];
  if (plan.previousRound) {
    const date = formatDate(plan.previousRound.date, locale);
    entries.push({
      text: `${t('pdf.legendPrevious', {}, locale)} ${date}`,
      draw: (x, y) => previousMark(flow, x + 1.5, y),
    });
  }
  if (hasTarget) {
    entries.push({
      text: t('pdf.legendTarget', {}, locale),
      draw: (x, y) => targetMark(flow, x + 1.5, y),
    });
  }
  const height = flow.lineHeight(SMALL.size);
  flow.ensure(height * 2);
  let x = flow.left;
  for (const entry of entries) {
    flow.use(SMALL);
    const width = flow.doc.getTextWidth(entry.text);
    if (x + 8 + width > flow.right && x > flow.left) {
      x = flow.left;
      flow.y += height + 1;
    }
    entry.draw(x, flow.y + height / 2 - 0.2);
    flow.drawLine(entry.text, x + 6, SMALL);
    x += 6 + width + 7;
  }
  flow.y += height + 2.5;
}

/** 0, 50 and 100 under the bars. */
function axis(flow: PageFlow): void {
  const x0 = flow.left + NAME_WIDTH;
  flow.ensure(flow.lineHeight(SMALL.size));
  flow.drawLine('0', x0, SMALL);
  flow.drawLine('50', x0 + BAR_WIDTH / 2 + 1.5, SMALL, 'right');
  flow.drawLine('100', x0 + BAR_WIDTH, SMALL, 'right');
  flow.y += flow.lineHeight(SMALL.size);
}

/** The summary: overall and per heading as bars (0–100) with the previous round and target marked. */
export function summarySection(flow: PageFlow, plan: ImprovementPlan, locale: Locale): void {
  const legendHeight = flow.lineHeight(SMALL.size) + 2.5;
  sectionTitle(flow, t('pdf.scores', {}, locale), legendHeight + flow.lineHeight(HEADING.size) * 2);
  legend(flow, plan, locale);
  const rows: ChartRow[] = [
    {
      name: t('pdf.overall', {}, locale),
      style: HEADING,
      band: plan.overallBand,
      row: plan.change.overall,
    },
    ...plan.headings.map((h, i) => ({
      name: h.title,
      style: BODY,
      band: h.band,
      row: plan.change.headings[i] ?? {
        id: h.id,
        previous: null,
        today: h.score,
        target: null,
        change: null,
      },
    })),
  ];
  for (const row of rows) chartRow(flow, plan, row, locale);
  axis(flow);
  flow.gap(1.5);
  flow.paragraph(
    t('pdf.ratedCount', { rated: plan.rated, total: plan.total, dontKnow: plan.dontKnow }, locale),
    SMALL,
  );
}
