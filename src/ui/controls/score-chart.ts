import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDate, t } from '../../i18n';
import { formatChange } from '../../model/round-change';
import { roundScore } from '../../model/scoring';
import { LocaleController } from '../shell/locale-controller';
import { detailsStyles, sharedStyles } from '../styles/shared';
import { chartMarks, legendMarks, type ChartRow } from './chart-marks';
import { tableHead } from './table-head';

const GRID = [0, 25, 50, 75, 100];

/** The previous round's mark: a dashed upright line with a triangle on top. */
const previousMark = (x: string) =>
  svg`<line class="previous" x1=${x} x2=${x} y1="3" y2="27"></line>
    <svg x=${x} y="0" overflow="visible"><path class="previous-head" d="M-6,0 L6,0 L0,7 Z"></path></svg>`;

/** The target's mark: a hollow diamond on the bar's middle. */
const targetMark = (x: string) =>
  svg`<svg x=${x} y="15" overflow="visible"><path class="target" d="M0,-8 L8,0 L0,8 L-8,0 Z"></path></svg>`;

const score = (value: number | null) =>
  value === null ? t('band.none') : t('results.scoreOf', { score: roundScore(value) });

/**
 * A bar per row (overall and each heading) on the 0–100 score: today's score as the bar, the
 * previous round and the target as marks of their own shape, so it reads in greyscale and forced
 * colours; every number is also written beside the bar, and the same figures are a table on request.
 * Labels and numbers are HTML that wraps, so the chart fits 320 px.
 */
@customElement('score-chart')
export class ScoreChart extends LitElement {
  static override styles = [
    sharedStyles,
    detailsStyles,
    css`
      :host {
        display: block;
        margin: 1rem 0;
      }
      figure {
        margin: 0;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0.5rem 0;
        display: grid;
        gap: 0.6rem;
      }
      .label {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .overall .label {
        font-weight: 700;
      }
      /* The padding keeps a mark at 0 or 100 inside the box. */
      svg.bar {
        display: block;
        box-sizing: border-box;
        padding: 0 9px;
        width: 100%;
        height: 30px;
        overflow: visible;
      }
      .grid {
        stroke: var(--color-border-soft);
        stroke-width: 1;
      }
      .track {
        fill: var(--color-surface-sunken);
      }
      .today {
        fill: var(--accent);
      }
      .previous {
        stroke: var(--color-ink);
        stroke-width: 2;
        stroke-dasharray: 4 2;
      }
      .previous-head {
        fill: var(--color-ink);
      }
      .target {
        fill: var(--color-surface);
        stroke: var(--color-ink);
        stroke-width: 2.5;
      }
      .numbers span {
        white-space: nowrap;
      }
      .numbers {
        margin: 0;
        color: var(--muted);
        overflow-wrap: anywhere;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 1.25rem;
        list-style: none;
        padding: 0;
        margin: 0.5rem 0;
        font-size: 0.92rem;
      }
      .legend svg {
        width: 22px;
        height: 18px;
        vertical-align: middle;
        overflow: visible;
      }
      /* On paper the figures are beside the bars; the disclosure cannot be opened. */
      @media print {
        details {
          display: none;
        }
      }
      @media (forced-colors: active) {
        .track {
          fill: Canvas;
          stroke: CanvasText;
        }
        .today,
        .previous-head {
          fill: CanvasText;
        }
        .previous,
        .target {
          stroke: Highlight;
        }
        .target {
          fill: Canvas;
        }
      }
    `,
  ];

  @property({ attribute: false }) rows: ChartRow[] = [];
  /** The chart's name (its caption). */
  @property() caption = '';
  /** The previous round's date (yyyy-mm-dd), named in the legend; '' when there is none. */
  @property() previousDate = '';
  /** BCP 47 tag of the row labels' language (the checklist's). */
  @property() contentLang = '';

  private readonly locale = new LocaleController(this);

  private numbers(row: ChartRow): string[] {
    const parts = [t('chart.today', { score: score(row.today) })];
    if (row.previous !== null) parts.push(t('chart.previous', { score: score(row.previous) }));
    if (row.target !== null) parts.push(t('chart.target', { score: score(row.target) }));
    if (row.change !== null) parts.push(t('chart.change', { change: formatChange(row.change) }));
    return parts;
  }

  private renderRow(row: ChartRow, overall: boolean) {
    const m = chartMarks(row);
    return html`<li class=${overall ? 'overall' : ''}>
      <span class="label" lang=${overall ? nothing : this.contentLang || nothing}
        >${row.label}</span
      >
      <svg class="bar" aria-hidden="true" focusable="false">
        ${GRID.map((g) => svg`<line class="grid" x1="${g}%" x2="${g}%" y1="3" y2="27"></line>`)}
        <rect class="track" x="0" y="9" width="100%" height="12"></rect>
        ${m.rated && m.bar > 0 ? svg`<rect class="today" x="0" y="9" width="${m.bar}%" height="12"></rect>` : nothing}
        ${m.previous === null ? nothing : previousMark(`${m.previous}%`)}
        ${m.target === null ? nothing : targetMark(`${m.target}%`)}
      </svg>
      <p class="numbers">
        ${this.numbers(row).map((part, i) => html`${i ? ' · ' : ''}<span>${part}</span>`)}
      </p>
    </li>`;
  }

  override render() {
    const rows = this.rows;
    if (rows.length === 0) return nothing;
    const legend = legendMarks(rows);
    return html`<figure aria-labelledby="chart-caption">
      <figcaption id="chart-caption"><strong>${this.caption}</strong></figcaption>
      <ul class="legend">
        <li>
          <svg aria-hidden="true" focusable="false" viewBox="0 0 22 18">
            <rect class="today" x="0" y="4" width="22" height="10"></rect>
          </svg>
          ${t('chart.legendToday')}
        </li>
        ${
          legend.previous
            ? html`<li>
                <svg aria-hidden="true" focusable="false" viewBox="0 -1 22 20">
                  <line class="previous" x1="11" x2="11" y1="0" y2="18"></line>
                  <path class="previous-head" d="M5,0 L17,0 L11,7 Z"></path>
                </svg>
                ${t('chart.legendPrevious', { date: this.previousDate ? formatDate(this.previousDate) : '' })}
              </li>`
            : nothing
        }
        ${
          legend.target
            ? html`<li>
                <svg aria-hidden="true" focusable="false" viewBox="-1 -1 24 20">
                  <path class="target" d="M11,1 L19,9 L11,17 L3,9 Z"></path>
                </svg>
                ${t('chart.legendTarget')}
              </li>`
            : nothing
        }
      </ul>
      <ol>
        ${rows.map((row, i) => this.renderRow(row, i === 0))}
      </ol>
      <details>
        <summary>${t('chart.asTable')}</summary>
        <div class="table-scroll">
          <table>
            ${tableHead(this.caption, [t('results.columnHeading'), t('chart.columnPrevious'), t('chart.columnToday'), t('chart.columnTarget'), t('chart.columnChange')])}
            <tbody>
              ${rows.map(
                (row, i) =>
                  html`<tr>
                    <th scope="row" lang=${i === 0 ? nothing : this.contentLang || nothing}>
                      ${row.label}
                    </th>
                    <td>${row.previous === null ? '–' : score(row.previous)}</td>
                    <td>${score(row.today)}</td>
                    <td>${row.target === null ? '–' : score(row.target)}</td>
                    <td>${formatChange(row.change) || '–'}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'score-chart': ScoreChart;
  }
}
