import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { formatDate, t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import type { ChecklistSnapshot } from '../../model/checklist';
import { today } from '../../model/local-date';
import { findNextRound } from '../../storage/assessments';
import { appDb } from '../../storage/connection';
import { StorageError } from '../../storage/errors';
import { storageMessage } from '../messages/storage-message';
import { LocaleController } from '../shell/locale-controller';
import { assessmentHref } from '../shell/route';
import { detailsStyles, sharedStyles } from '../styles/shared';

/**
 * "Start the next round" of an assessment, on the same checklist snapshot: a date (today by
 * default) and a button. Once a next round exists (made here, in another tab, or on a newer
 * checklist version), a link to it instead, so that no organisation gets two next rounds by a
 * double click.
 */
@customElement('next-round-panel')
export class NextRoundPanel extends LitElement {
  static override styles = [
    sharedStyles,
    detailsStyles,
    css`
      form {
        display: grid;
        gap: 0.4rem;
        justify-items: start;
        margin-top: 0.75rem;
      }
      .next {
        margin: 1rem 0;
      }
    `,
  ];

  @property({ attribute: false }) assessment?: Assessment;
  @property({ attribute: false }) snapshot?: ChecklistSnapshot;
  /** Writes the assessment's pending edits; awaited before last round is copied. */
  @property({ attribute: false }) flush: () => Promise<void> = () => Promise.resolve();

  @state() private next?: Pick<Assessment, 'id' | 'date'>;
  @state() private busy = false;
  @state() private dateError = '';
  @state() private error = '';

  @query('#next-date') private dateInput?: HTMLInputElement;

  private readonly locale = new LocaleController(this);
  private lookedUpFor = '';
  private looking: Promise<void> = Promise.resolve();

  protected override willUpdate(changed: PropertyValues<this>): void {
    const id = this.assessment?.id ?? '';
    if (changed.has('assessment') && id && id !== this.lookedUpFor) {
      this.lookedUpFor = id;
      this.next = undefined;
      this.looking = this.lookUp(id);
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.looking;
    return super.getUpdateComplete();
  }

  private async lookUp(id: string): Promise<void> {
    try {
      const found = await findNextRound(await appDb(), id);
      if (id === this.lookedUpFor) this.next = found;
    } catch {
      // Not knowing leaves the start button; storing refuses a second next round anyway.
    }
  }

  private async start(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const a = this.assessment;
    const snapshot = this.snapshot;
    const input = this.dateInput;
    if (!a || !snapshot || !input || this.busy) return;
    const date = input.value;
    this.error = '';
    this.dateError = !/^\d{4}-\d{2}-\d{2}$/.test(date)
      ? t('create.dateRequired')
      : date < a.date
        ? t('round.dateBefore', { date: formatDate(a.date) })
        : '';
    if (this.dateError) {
      input.focus();
      return;
    }
    this.busy = true;
    try {
      await this.flush();
      const { startNextRound } = await import('../state/next-round-start');
      // The edits just written (or merged with another tab's) are in the newest assessment.
      const { id } = await startNextRound(this.assessment ?? a, snapshot.checklist, snapshot, date);
      location.hash = assessmentHref(id);
    } catch (error) {
      this.error =
        error instanceof StorageError
          ? storageMessage(error)
          : t('round.failed', { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (!this.assessment) return nothing;
    const next = this.next;
    if (next) {
      return html`<p class="next">
        ${t('round.exists', { date: formatDate(next.date) })}
        <a href=${assessmentHref(next.id)}>${t('round.open')}</a>
      </p>`;
    }
    return html`<details>
      <summary>${t('round.start')}</summary>
      <p class="hint" id="next-hint">${t('round.startHint')}</p>
      <form novalidate @submit=${this.start}>
        <label for="next-date">${t('round.date')}</label>
        <input
          id="next-date"
          type="date"
          .value=${today()}
          aria-invalid=${this.dateError ? 'true' : 'false'}
          aria-describedby="next-date-error next-hint"
        />
        <p id="next-date-error" class="error">${this.dateError || nothing}</p>
        <button type="submit" ?disabled=${this.busy}>${t('round.start')}</button>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      </form>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'next-round-panel': NextRoundPanel;
  }
}
