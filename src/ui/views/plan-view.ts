import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, getLocale, t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import type { Checklist } from '../../model/checklist';
import { buildImprovementPlan } from '../../model/plan';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

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
    this.busy = true;
    this.failed = false;
    this.message = t('plan.generating');
    // Read by the benchmark (bench/BUDGETS.md): one 'app:pdf-export' measure per PDF made.
    const started = performance.now();
    try {
      // jsPDF and the fonts load only now, when someone asks for a PDF.
      const { renderPlanPdf, planPdfFileName } = await import('../../report/plan-pdf');
      const plan = buildImprovementPlan(this.checklist, this.assessment);
      const locale = getLocale();
      const bytes = await renderPlanPdf(plan, locale);
      const fileName = planPdfFileName(plan, locale);
      performance.measure('app:pdf-export', { start: started });
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
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

  override render() {
    const plan = buildImprovementPlan(this.checklist, this.assessment);
    return html`
      <h2>${t('plan.heading')}</h2>
      <p>${t('plan.intro')}</p>
      <div class="download">
        <button type="button" ?disabled=${this.busy} @click=${this.download}>
          ${t('plan.download')}
        </button>
        <p role="status" class=${this.failed ? 'error' : ''}>${this.message}</p>
      </div>
      ${
        plan.actions.length === 0
          ? html`<p class="card">${t('plan.empty')}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">${t('plan.columnWhat')}</th>
                  <th scope="col">${t('plan.columnWho')}</th>
                  <th scope="col">${t('plan.columnDue')}</th>
                  <th scope="col">${t('plan.columnItem')}</th>
                </tr>
              </thead>
              <tbody>
                ${plan.actions.map(
                  (a) =>
                    html`<tr>
                      <td>${a.what}</td>
                      <td>${a.who || t('plan.noOwner')}</td>
                      <td>${a.due ? formatDate(a.due) : t('plan.noDue')}</td>
                      <td>${a.statement}</td>
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
