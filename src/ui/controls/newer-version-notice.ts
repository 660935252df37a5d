import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import type { ChecklistSnapshot } from '../../model/checklist';
import { LocaleController } from '../shell/locale-controller';
import type { NewerChecklist } from '../state/newer-version';
import { assessmentHref } from '../shell/route';
import { StorageError } from '../../storage/errors';
import { storageMessage } from '../messages/storage-message';
import { sharedStyles } from '../styles/shared';

/**
 * Tells that the checklist of an assessment has a newer version, and starts the next assessment on it.
 * The assessment itself stays on its own snapshot.
 */
@customElement('newer-version-notice')
export class NewerVersionNotice extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .notice {
        border-left: 6px solid var(--accent);
        background: var(--color-accent-bg);
        padding: 0.75rem 1rem;
        margin: 1rem 0;
        border-radius: 0 8px 8px 0;
      }
      .notice p {
        margin: 0 0 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) assessment?: Assessment;
  @property({ attribute: false }) snapshot?: ChecklistSnapshot;
  /** Writes the assessment's pending edits; awaited before last round is copied. */
  @property({ attribute: false }) flush: () => Promise<void> = () => Promise.resolve();

  @state() private newer?: NewerChecklist;
  @state() private busy = false;
  @state() private error = '';

  private readonly locale = new LocaleController(this);
  private checkedFor = '';
  /** The lookup in progress; updateComplete waits for it, so a test can wait for the outcome. */
  private checking: Promise<void> = Promise.resolve();

  protected override willUpdate(changed: PropertyValues<this>): void {
    const a = this.assessment;
    // Answers change all the time; only another assessment or snapshot needs a new look.
    const key = a && this.snapshot ? `${a.id}:${a.checklist.hash}` : '';
    if ((changed.has('assessment') || changed.has('snapshot')) && key && key !== this.checkedFor) {
      this.checkedFor = key;
      this.newer = undefined;
      this.checking = this.check(key);
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.checking;
    // The lookup's outcome is rendered too.
    return super.getUpdateComplete();
  }

  private async check(key: string): Promise<void> {
    const a = this.assessment;
    const language = this.snapshot?.checklist.language;
    if (!a || !language) return;
    try {
      const { newerChecklistFor } = await import('../state/newer-version');
      const newer = await newerChecklistFor(a, language);
      if (key === this.checkedFor) this.newer = newer;
    } catch {
      // Not knowing about a newer version leaves the assessment as usable as before.
    }
  }

  private async start(): Promise<void> {
    const a = this.assessment;
    const newer = this.newer;
    const checklist = this.snapshot?.checklist;
    if (!a || !newer || !checklist) return;
    this.busy = true;
    this.error = '';
    try {
      await this.flush();
      const { startNextAssessment } = await import('../state/newer-version');
      const id = await startNextAssessment(a, checklist, newer);
      location.hash = assessmentHref(id);
    } catch (error) {
      this.error =
        error instanceof StorageError
          ? storageMessage(error)
          : t('versions.failed', {
              reason: error instanceof Error ? error.message : String(error),
            });
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const newer = this.newer;
    if (!newer || !this.assessment) return nothing;
    return html`<div class="notice">
      <p id="newer-text">
        ${t('versions.notice', {
          title: newer.candidate.title,
          version: newer.candidate.version,
          current: this.assessment.checklist.version,
        })}
      </p>
      <p class="hint" id="newer-hint">${t('versions.startHint')}</p>
      <button
        type="button"
        ?disabled=${this.busy}
        aria-describedby="newer-hint"
        @click=${this.start}
      >
        ${t('versions.start')}
      </button>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'newer-version-notice': NewerVersionNotice;
  }
}
