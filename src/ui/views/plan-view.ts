import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, languageTag, t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import type { Checklist } from '../../model/checklist';
import { slug } from '../../model/slug';
import { planTable } from '../../model/csv-tables';
import { today } from '../../model/local-date';
import { buildImprovementPlan } from '../../model/plan';
import { MEDIA_TYPES, downloadFile } from '../files/download';
import { downloadCsv, planLabels } from '../files/csv-download';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';
import '../controls/plan-priorities';
import '../controls/score-chart';
import { chartRows } from '../controls/chart-marks';
import { roundChange } from '../../model/round-change';

/** The agreed actions by due date, and the download of the improvement-plan PDF. */
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
    `,
  ];

  @property({ attribute: false }) checklist!: Checklist;
  @property({ attribute: false }) assessment!: Assessment;

  @state() private busy = false;
  @state() private message = '';
  @state() private failed = false;

  private readonly locale = new LocaleController(this);

  private async download(): Promise<void> {
    // The button stays enabled (aria-disabled) while busy, so focus stays on it (WCAG 2.4.3).
    if (this.busy) return;
    this.busy = true;
    this.failed = false;
    this.message = t('plan.generating');
    // Read by the benchmark (bench/BUDGETS.md): one 'app:pdf-export' measure per PDF made.
    const started = performance.now();
    try {
      // jsPDF and the fonts load only now, when someone asks for a PDF.
      const { renderPlanPdf, planPdfFileName } = await import('../../report/plan-pdf');
      const plan = buildImprovementPlan(this.checklist, this.assessment);
      // The whole PDF is in the language of its content (the checklist's), and says so in /Lang.
      const locale = plan.language;
      const bytes = await renderPlanPdf(plan, locale);
      const fileName = planPdfFileName(plan, locale);
      performance.measure('app:pdf-export', { start: started });
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

  override render() {
    // Overdue is judged against the viewer's today; the PDF keeps the plan as it was agreed.
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
        .rows=${chartRows(roundChange(this.assessment, this.checklist), this.checklist, t('results.overall'))}
        caption=${t('chart.caption')}
        previousDate=${this.assessment.previousRound?.date ?? ''}
        contentLang=${languageTag(this.checklist.language)}
      ></score-chart>
      <h3>${t('item.actions')}</h3>
      ${
        plan.actions.length === 0
          ? html`<p class="card">${t('plan.empty')}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">${t('plan.columnWhat')}</th>
                  <th scope="col">${t('plan.columnWho')}</th>
                  <th scope="col">${t('plan.columnDue')}</th>
                  <th scope="col">${t('plan.columnStatus')}</th>
                  <th scope="col">${t('plan.columnItem')}</th>
                </tr>
              </thead>
              <tbody>
                ${plan.actions.map(
                  (a) =>
                    html`<tr>
                      <td>${a.what}</td>
                      <td>${a.who || t('plan.noOwner')}</td>
                      <td>
                        ${a.due ? formatDate(a.due) : t('plan.noDue')}
                        ${a.flags.map((f) => html`<br /><strong>${t(`plan.flag.${f}`)}</strong>`)}
                      </td>
                      <td>${t(`status.${a.status}`)}</td>
                      <td lang=${languageTag(this.checklist.language)}>${a.statement}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-view': PlanView;
  }
}
