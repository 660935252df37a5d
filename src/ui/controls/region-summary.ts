import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatNumber, t } from '../../i18n';
import { BANDS, type ColumnSummary, type RegionMatrix } from '../../model/region-matrix';
import { roundScore } from '../../model/scoring';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';
import { changeText } from './region-heatmap';
import { scoreBadge } from './score-badge';

// A sequential palette from light to dark, so the levels read in order in greyscale too; each
// segment also carries its count as text.
const LEVEL_FILLS = [
  'var(--color-accent-bg-soft)',
  'var(--color-heat-2)',
  'var(--color-heat-3)',
  'var(--color-accent-500)',
  'var(--color-accent-strong)',
];
const DARK_FROM = 3;

/**
 * The region as a whole: per heading and item the mean, median, mean change and how many
 * organisations stand at each level, as a table (the text) with a stacked bar per item (the picture).
 */
@customElement('region-summary')
export class RegionSummary extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .scroll {
        /* The containing block of the visually hidden cell texts, so they scroll with the table. */
        position: relative;
        overflow-x: auto;
        max-width: 100%;
      }
      th,
      td {
        padding: 0.3em 0.45em;
        vertical-align: middle;
      }
      td.num {
        text-align: right;
        white-space: nowrap;
      }
      tr.heading th,
      tr.heading td {
        background: var(--color-surface-muted);
        font-weight: 700;
      }
      caption {
        text-align: left;
        font-weight: 700;
        padding: 0.4em 0;
      }
      .bar {
        display: flex;
        min-width: 12em;
        height: 1.6em;
        border: 1px solid var(--color-ink);
      }
      .bar span {
        display: flex;
        align-items: center;
        justify-content: center;
        font-size: 0.8em;
        font-weight: 700;
        overflow: hidden;
        color: var(--color-ink);
      }
      .bar span.dark {
        color: var(--color-surface);
      }
      .dontKnow {
        background: repeating-linear-gradient(
          135deg,
          var(--color-border) 0 4px,
          var(--color-surface) 4px 8px
        );
      }
      .unanswered {
        background: var(--color-surface);
      }
      .notAsked {
        background: repeating-linear-gradient(
          0deg,
          var(--color-border-strong) 0 2px,
          var(--color-surface) 2px 6px
        );
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3em 1em;
        padding: 0;
        list-style: none;
      }
      .swatch {
        display: inline-block;
        width: 1em;
        height: 1em;
        border: 1px solid var(--color-ink);
        vertical-align: middle;
        margin-right: 0.3em;
      }
      :host([projector]) th,
      :host([projector]) td,
      :host([projector]) tr.heading th,
      :host([projector]) tr.heading td {
        background: var(--color-ink-strong);
        color: var(--color-surface);
      }
      :host([projector]) .bar,
      :host([projector]) .swatch {
        border-color: var(--color-surface);
      }
      @media print {
        .scroll {
          overflow: visible;
        }
        table {
          font-size: 8pt;
        }
        tr {
          break-inside: avoid;
        }
      }
    `,
  ];

  @property({ attribute: false }) matrix?: RegionMatrix;

  private readonly locale = new LocaleController(this);

  private numbers(s: ColumnSummary | undefined) {
    const score = (v: number | null | undefined) =>
      v === null || v === undefined ? '–' : formatNumber(roundScore(v));
    return html`<td>${scoreBadge(s?.mean ?? null)}</td>
      <td class="num">${score(s?.median)}</td>
      <td class="num">${changeText(s?.meanChange ?? null)}</td>`;
  }

  override render() {
    const m = this.matrix;
    if (!m) return nothing;
    const total = m.rows.length;
    const extra = ['dontKnow', 'unanswered', 'notAsked'] as const;
    const extraLabel = {
      dontKnow: t('region.cellDontKnow'),
      unanswered: t('region.cellUnanswered'),
      notAsked: t('region.cellNotAsked'),
    };
    const span = 4 + m.levels.length + extra.length;
    return html`<p>${t('region.wholeIntro', { count: total })}</p>
      <ul class="legend" aria-hidden="true">
        ${m.levels.map(
          (l, i) =>
            html`<li>
              <span class="swatch" style="background:${LEVEL_FILLS[i % LEVEL_FILLS.length]}"></span
              >${t('region.level', { value: l.value, label: l.label })}
            </li>`,
        )}
        ${extra.map((k) => html`<li><span class="swatch ${k}"></span>${extraLabel[k]}</li>`)}
      </ul>
      <div
        class="scroll"
        tabindex="0"
        role="region"
        aria-label=${t('region.wholeCaption', { title: m.title })}
      >
        <table>
          <caption>
            ${t('region.wholeCaption', { title: m.title })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('results.columnItem')}</th>
              <th scope="col">${t('region.meanShort')}</th>
              <th scope="col">${t('region.median')}</th>
              <th scope="col">${t('region.meanChange')}</th>
              ${m.levels.map(
                (l) =>
                  html`<th scope="col" title=${l.label}>
                    ${t('region.level', { value: l.value, label: l.label })}
                  </th>`,
              )}
              ${extra.map((k) => html`<th scope="col">${extraLabel[k]}</th>`)}
              <th scope="col">${t('region.distribution')}</th>
            </tr>
          </thead>
          <tbody>
            <tr class="heading">
              <th scope="row">${t('results.overall')}</th>
              ${this.numbers(m.region.overall)}
              <td colspan=${span - 3}>${this.bandCounts(m.region.overall)}</td>
            </tr>
            ${m.headings.map(
              (h) =>
                html`<tr class="heading">
                    <th scope="row">${h.title}</th>
                    ${this.numbers(m.region.headings[h.id])}
                    <td colspan=${span - 3}>${this.bandCounts(m.region.headings[h.id])}</td>
                  </tr>
                  ${h.itemIds.map((id) => {
                    const s = m.region.items[id]!;
                    const statement = m.items.find((i) => i.id === id)!.statement;
                    return html`<tr>
                      <th scope="row">${id} ${statement}</th>
                      ${this.numbers(s)}
                      ${m.levels.map((l) => html`<td class="num">${s.counts[String(l.value)] ?? 0}</td>`)}
                      ${extra.map((k) => html`<td class="num">${s[k]}</td>`)}
                      <td>${this.bar(m, s, total)}</td>
                    </tr>`;
                  })}`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  private bandCounts(s: ColumnSummary | undefined) {
    if (!s) return nothing;
    return [...BANDS]
      .reverse()
      .map((b) => `${t(`band.${b}`)} ${s.counts[b] ?? 0}`)
      .join(' · ');
  }

  /** The stacked bar: a picture of the counts in the same row (hidden from assistive technology). */
  private bar(m: RegionMatrix, s: ColumnSummary, total: number) {
    if (total === 0) return nothing;
    const segments = [
      ...m.levels.map((l, i) => ({
        count: s.counts[String(l.value)] ?? 0,
        cls: i >= DARK_FROM ? 'dark' : '',
        fill: LEVEL_FILLS[i % LEVEL_FILLS.length],
      })),
      { count: s.dontKnow, cls: 'dontKnow', fill: '' },
      { count: s.unanswered, cls: 'unanswered', fill: '' },
      { count: s.notAsked, cls: 'notAsked', fill: '' },
    ].filter((x) => x.count > 0);
    return html`<div class="bar" aria-hidden="true">
      ${segments.map(
        (x) =>
          html`<span
            class=${x.cls}
            style="width:${(100 * x.count) / total}%;${x.fill ? `background:${x.fill}` : ''}"
            >${x.count}</span
          >`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'region-summary': RegionSummary;
  }
}
