import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import type { ChecklistSnapshot } from '../../model/checklist';
import { downloadBackup } from '../files/backup-download';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/**
 * File actions of one open assessment: export it, and when saving has failed, download what is in
 * memory so that nothing is lost. Both write the assessment as this window holds it.
 */
@customElement('assessment-backup-actions')
export class AssessmentBackupActions extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
      }
      .rescue {
        border: 2px solid var(--danger);
        border-radius: 10px;
        padding: 0.75rem 1rem;
        margin: 0.5rem 0;
      }
    `,
  ];

  @property({ attribute: false }) assessment?: Assessment;
  @property({ attribute: false }) snapshot?: ChecklistSnapshot;
  /** Saving the assessment failed: offer the rescue download. */
  @property({ type: Boolean }) saveFailed = false;

  @state() private message = '';

  private readonly locale = new LocaleController(this);

  private download(): void {
    if (!this.assessment || !this.snapshot) return;
    const file = downloadBackup({ assessments: [this.assessment], snapshots: [this.snapshot] });
    this.message = t('backup.exportedOne', { file });
  }

  override render() {
    return html`
      ${
        this.saveFailed
          ? html`<div class="rescue row">
              <span>${t('backup.rescueHint')}</span>
              <button type="button" class="danger" @click=${this.download}>
                ${t('backup.rescue')}
              </button>
            </div>`
          : nothing
      }
      <p class="row">
        <button type="button" class="secondary" @click=${this.download}>
          ${t('backup.exportThis')}
        </button>
        <span role="status" class="hint">${this.message}</span>
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assessment-backup-actions': AssessmentBackupActions;
  }
}
