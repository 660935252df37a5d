import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Checklist } from '../../model/checklist';
import { tallySurveyItem, type Survey } from '../../model/survey';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/** The survey's answers to one item for the facilitator: counts per level and group, and the comments without names. */
@customElement('survey-answers')
export class SurveyAnswers extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      table {
        border-collapse: collapse;
      }
      th,
      td {
        padding: 0.15rem 0.6rem 0.15rem 0;
        text-align: left;
        border-bottom: 1px solid var(--color-border);
      }
      td {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      h3 {
        font-size: 1rem;
        margin: 0.75rem 0 0.25rem;
      }
    `,
  ];

  @property({ attribute: false }) checklist!: Checklist;
  @property({ attribute: false }) survey!: Survey;
  @property() itemId = '';

  private readonly locale = new LocaleController(this);

  override render() {
    const tally = tallySurveyItem(this.checklist, this.survey, this.itemId);
    const groups = this.survey.groups;
    const rows = [
      ...tally.levels.map((l) => {
        const level = this.checklist.scale.levels.find((x) => x.value === l.value)!;
        return { label: `${level.value} – ${level.label}`, count: l.count, byGroup: l.byGroup };
      }),
      { label: t('item.dontKnow'), ...tally.dontKnow },
    ];
    return html`<section aria-labelledby="survey-answers-title">
      <h3 id="survey-answers-title">${t('survey.itemHeading', { total: tally.total })}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('survey.level')}</th>
            ${groups.map((g) => html`<th scope="col">${g.name}</th>`)}
            <th scope="col">${t('survey.all')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr>
                <th scope="row">${r.label}</th>
                ${groups.map((g) => html`<td>${r.byGroup[g.id] ?? 0}</td>`)}
                <td>${r.count}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        tally.comments.length > 0
          ? html`<h3>${t('survey.comments')}</h3>
              <ul>
                ${tally.comments.map((c) => html`<li>${c}</li>`)}
              </ul>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'survey-answers': SurveyAnswers;
  }
}
