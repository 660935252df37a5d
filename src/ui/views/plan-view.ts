import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, languageTag, t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import type { Checklist } from '../../model/checklist';
import { slug } from '../../model/slug';
import { planTable } from '../../model/csv-tables';
import { today } from '../../model/local-date';
import { buildImprovementPlan, type ImprovementPlan, type PlanAction } from '../../model/plan';
import { MEDIA_TYPES, downloadFile } from '../files/download';
import { downloadCsv, planLabels } from '../files/csv-download';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';
import '../controls/plan-priorities';
import '../controls/score-chart';
import { chartRows } from '../controls/chart-marks';
import { tableHead } from '../controls/table-head';

/** The priorities, the chart, the agreed actions by due date or by owner, and the download of the improvement-plan PDF. */
@customElement('plan-view')
export class PlanView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .download {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: center;
        margin: 1rem 0 2rem;
      }
      fieldset.order {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
        border: none;
        padding: 0;
        margin: 0 0 0.75rem;
      }
      fieldset.order legend {
        font-weight: 600;
        padding: 0;
        margin-bottom: 0.25rem;
      }
      tr.owner th {
        text-align: start;
        background: var(--color-surface-muted);
      }
    `,
  ];

  @property({ attribute: false }) checklist!: Checklist;
  @property({ attribute: false }) assessment!: Assessment;

  @state() private busy = false;
  @state() private message = '';
  @state() private failed = false;
  /** How the action table is read: by due date, or grouped by owner. */
  @state() private order: 'due' | 'owner' = 'due';

  private readonly locale = new LocaleController(this);

  private async download(): Promise<void> {
    // The button stays enabled (aria-disabled) while busy, so focus stays on it (WCAG 2.4.3).
    if (this.busy) return;
    this.busy = true;
    this.failed = false;
    this.message = t('plan.generating');
    // Read by the benchmark (bench/BUDGETS.md): one 'app:pdf-export' measure per PDF made, from
    // the 'app:pdf-start' mark to 'app:pdf-done' (traced marks carry the main thread's CPU clock).
    const started = performance.mark('app:pdf-start');
    try {
      // jsPDF and the fonts load only now, when someone asks for a PDF.
      const { renderPlanPdf, planPdfFileName } = await import('../../report/plan-pdf');
      // Past due is judged on the day the PDF is made, as in the view.
      const plan = buildImprovementPlan(this.checklist, this.assessment, undefined, today());
      // The whole PDF is in the language of its content (the checklist's), and says so in /Lang.
      const locale = plan.language;
      const bytes = await renderPlanPdf(plan, locale);
      const fileName = planPdfFileName(plan, locale);
      const done = performance.mark('app:pdf-done');
      performance.measure('app:pdf-export', { start: started.startTime, end: done.startTime });
      downloadFile(fileName, bytes, MEDIA_TYPES.pdf);
      this.message = t('plan.downloaded', { file: fileName });
    } catch (error) {
      this.failed = true;
      this.message = t('plan.failed', {
        reason: error instanceof Error ? error.message : String(error),
      });
    } finally {
      this.busy = false;
    }
  }

  private async downloadCsv(): Promise<void> {
    const table = planTable(this.checklist, this.assessment, planLabels());
    const base = `${t('csv.planFile')}-${slug(this.assessment.organisation)}-${this.assessment.date}`;
    this.failed = false;
    this.message = t('region.csvDone', { file: await downloadCsv(base, table) });
  }

  private renderActions(plan: ImprovementPlan) {
    const row = (a: PlanAction) =>
      html`<tr>
        <td>${a.what}</td>
        <td>${a.who || t('plan.noOwner')}</td>
        <td>
          ${a.due ? formatDate(a.due) : t('plan.noDue')}
          ${a.flags.map((f) => html`<br /><strong>${t(`plan.flag.${f}`)}</strong>`)}
        </td>
        <td>${t(`status.${a.status}`)}</td>
        <td lang=${languageTag(this.checklist.language)}>${a.statement}</td>
      </tr>`;
    return html`<fieldset class="order">
        <legend>${t('plan.order')}</legend>
        ${(['due', 'owner'] as const).map(
          (order) =>
            html`<label>
              <input
                type="radio"
                name="order"
                value=${order}
                .checked=${this.order === order}
                @change=${() => (this.order = order)}
              />
              ${t(order === 'due' ? 'plan.orderDue' : 'plan.orderOwner')}
            </label>`,
        )}
      </fieldset>
      <div class="table-scroll">
        <table aria-labelledby="actions-title">
          ${tableHead(undefined, [t('plan.columnWhat'), t('plan.columnWho'), t('plan.columnDue'), t('plan.columnStatus'), t('plan.columnItem')])}
          ${
            this.order === 'due'
              ? html`<tbody>
                  ${plan.actions.map(row)}
                </tbody>`
              : plan.byOwner.map(
                  (group) =>
                    html`<tbody>
                      <tr class="owner">
                        <th scope="colgroup" colspan="5">
                          ${t('plan.ownerGroup', {
                            who: group.who || t('plan.noOwner'),
                            count: group.actions.length,
                          })}
                        </th>
                      </tr>
                      ${group.actions.map(row)}
                    </tbody>`,
                )
          }
        </table>
      </div>`;
  }

  override render() {
    // Overdue is judged against the viewer's today.
    const plan = buildImprovementPlan(this.checklist, this.assessment, undefined, today());
    return html`
      <h2>${t('plan.heading')}</h2>
      <p>${t('plan.intro')}</p>
      <div class="download">
        <button type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.download}>
          ${t('plan.download')}
        </button>
        <button type="button" class="secondary" @click=${this.downloadCsv}>
          ${t('csv.download')}
        </button>
        <p role="status" class=${this.failed ? 'error' : ''}>${this.message}</p>
      </div>
      <plan-priorities
        .priorities=${plan.priorities}
        statementLang=${languageTag(this.checklist.language)}
      ></plan-priorities>
      <score-chart
        .rows=${chartRows(plan.change, this.checklist, t('results.overall'))}
        caption=${t('chart.caption')}
        previousDate=${this.assessment.previousRound?.date ?? ''}
        contentLang=${languageTag(this.checklist.language)}
      ></score-chart>
      <h3 id="actions-title">${t('item.actions')}</h3>
      ${plan.actions.length === 0 ? html`<p class="card">${t('plan.empty')}</p>` : this.renderActions(plan)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-view': PlanView;
  }
}
