import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import type { Checklist } from '../../model/checklist';
import { comparePerspectives, NOTABLE_GAP } from '../../model/perspectives';
import { itemsByGap, scoreAssessment, type ItemScore } from '../../model/scoring';
import { scoreBadge } from '../controls/score-badge';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/** Scores per heading and overall, and the items ordered by how much they need work. */
@customElement('results-view')
export class ResultsView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .overall {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: center;
        font-size: 1.25rem;
      }
      .bar {
        height: 0.8rem;
        background: #eceef1;
        border-radius: 4px;
        min-width: 6rem;
        overflow: hidden;
      }
      .bar span {
        display: block;
        height: 100%;
        background: var(--accent);
      }
      section {
        margin: 2rem 0;
      }
      tr.notable {
        background: #fff1c2;
      }
      .gap-notable {
        font-weight: 700;
        color: #5c4300;
      }
    `,
  ];

  @property({ attribute: false }) checklist!: Checklist;
  @property({ attribute: false }) assessment!: Assessment;

  private readonly locale = new LocaleController(this);

  override render() {
    const score = scoreAssessment(this.checklist, this.assessment.answers);
    return html`
      <h2>${t('results.overall')}</h2>
      <div class="overall card">
        ${scoreBadge(score.overall)}
        <span>${t('results.rated', { rated: score.rated, total: score.total })}</span>
      </div>
      <p class="hint">${t('results.scaleNote')}</p>

      <section aria-labelledby="by-heading">
        <h2 id="by-heading">${t('results.byHeading')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">${t('results.columnHeading')}</th>
              <th scope="col">${t('results.columnScore')}</th>
              <th scope="col"><span class="visually-hidden">${t('results.columnScore')}</span></th>
              <th scope="col">${t('list.columnProgress')}</th>
            </tr>
          </thead>
          <tbody>
            ${score.headings.map(
              (h) =>
                html`<tr>
                  <th scope="row">${h.heading.title}</th>
                  <td>${scoreBadge(h.score)}</td>
                  <td aria-hidden="true">
                    <div class="bar"><span style="width:${h.score ?? 0}%"></span></div>
                  </td>
                  <td>${t('results.rated', { rated: h.rated, total: h.total })}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>

      ${this.renderPerspectives()}

      <section aria-labelledby="by-gap">
        <h2 id="by-gap">${t('results.byGap')}</h2>
        <p class="hint">${t('results.byGapIntro')}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">${t('results.columnItem')}</th>
              <th scope="col">${t('results.columnLevel')}</th>
              <th scope="col">${t('results.columnScore')}</th>
            </tr>
          </thead>
          <tbody>
            ${itemsByGap(score).map((i) => this.renderItemRow(i))}
          </tbody>
        </table>
      </section>
    `;
  }

  private levelText(level: number | null | undefined): string {
    if (level === null) return t('item.dontKnow');
    const found = this.checklist.scale.levels.find((l) => l.value === level);
    return found ? `${found.value} – ${found.label}` : t('perspectives.notRated');
  }

  /** Each perspective's level per item side by side, with wide gaps highlighted for discussion. */
  private renderPerspectives() {
    const perspectives = this.assessment.perspectives ?? [];
    if (perspectives.length === 0) return nothing;
    const gaps = comparePerspectives(this.checklist, perspectives, this.assessment.answers);
    return html`<section aria-labelledby="by-perspective">
      <h2 id="by-perspective">${t('perspectives.compareHeading')}</h2>
      <p class="hint">${t('perspectives.compareIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('results.columnItem')}</th>
            ${perspectives.map((p) => html`<th scope="col">${p.name}</th>`)}
            <th scope="col">${t('perspectives.gap')}</th>
          </tr>
        </thead>
        <tbody>
          ${gaps.map((g) => {
            const notable = g.gap !== null && g.gap >= NOTABLE_GAP;
            return html`<tr class=${notable ? 'notable' : ''}>
              <th scope="row">${g.item.statement}</th>
              ${perspectives.map((p) => html`<td>${this.levelText(g.levels[p.id])}</td>`)}
              <td class=${notable ? 'gap-notable' : ''}>
                ${
                  g.gap === null
                    ? t('perspectives.noGap')
                    : notable
                      ? t('perspectives.gapNotable', { gap: g.gap })
                      : t('perspectives.gapValue', { gap: g.gap })
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }

  private renderItemRow(i: ItemScore) {
    const level =
      i.status === 'dontKnow'
        ? t('item.dontKnow')
        : i.status === 'unanswered'
          ? t('item.unanswered')
          : `${i.level} – ${this.checklist.scale.levels.find((l) => l.value === i.level)?.label ?? ''}`;
    return html`<tr>
      <th scope="row">${i.item.statement}</th>
      <td>${level}</td>
      <td>${scoreBadge(i.score)}</td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'results-view': ResultsView;
  }
}
