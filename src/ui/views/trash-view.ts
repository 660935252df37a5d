import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { formatDate, languageTag, t } from '../../i18n';
import { appDb } from '../../storage/connection';
import type { TrashedAssessment } from '../../storage/db';
import { TRASH_DAYS, deleteFromTrash, listTrash, restoreAssessment } from '../../storage/trash';
import { DataChannel } from '../state/data-channel';
import { purgeOldTrash } from '../state/trash-purge';
import { LocaleController } from '../shell/locale-controller';
import { storageMessage } from '../messages/storage-message';
import '../controls/confirm-dialog';
import type { ConfirmDialog } from '../controls/confirm-dialog';
import { sharedStyles } from '../styles/shared';
import { tableHead } from '../controls/table-head';

/**
 * The trash: deleted assessments, kept for TRASH_DAYS days, each to restore or delete for good
 * (after a confirmation, as that cannot be undone).
 */
@customElement('trash-view')
export class TrashView extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .row-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      .row-actions button {
        padding: 0.3em 0.8em;
        min-height: 40px;
      }
    `,
  ];

  @state() private entries: TrashedAssessment[] = [];
  @state() private loaded = false;
  @state() private error = '';
  @state() private status = '';
  @state() private confirming?: TrashedAssessment;

  @query('confirm-dialog') private dialog!: ConfirmDialog;

  private readonly locale = new LocaleController(this);
  private channel?: DataChannel;

  override connectedCallback(): void {
    super.connectedCallback();
    this.channel = new DataChannel(() => void this.load());
    void this.load();
  }

  override disconnectedCallback(): void {
    this.channel?.close();
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    try {
      // The shell purges in idle time after start-up; a trash opened first purges before it lists.
      await purgeOldTrash();
      this.entries = await listTrash(await appDb());
      this.error = '';
    } catch (error) {
      this.error = storageMessage(error);
    }
    this.loaded = true;
  }

  private async restore(entry: TrashedAssessment): Promise<void> {
    try {
      await restoreAssessment(await appDb(), entry.id);
      this.channel?.post({ type: 'restored', assessmentId: entry.id });
      await this.load();
      this.status = t('trash.restored', { name: entry.assessment.organisation });
      this.focusHeading();
    } catch (error) {
      this.error = storageMessage(error);
    }
  }

  private confirmForever(entry: TrashedAssessment, opener: HTMLElement): void {
    this.confirming = entry;
    void this.dialog.open(opener);
  }

  private async deleteForever(): Promise<void> {
    const entry = this.confirming;
    if (!entry) return;
    try {
      await deleteFromTrash(await appDb(), entry.id);
      this.dialog.close(false);
      await this.load();
      this.status = t('trash.deletedForever', { name: entry.assessment.organisation });
      this.focusHeading();
    } catch (error) {
      this.dialog.close();
      this.error = storageMessage(error);
    }
  }

  private focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  override render() {
    return html`
      <p><a href="#/">${t('app.backToList')}</a></p>
      <h1 tabindex="-1">${t('trash.heading')}</h1>
      <p>${t('trash.intro', { days: TRASH_DAYS })}</p>
      <p role="status">${this.status}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.loaded ? this.renderTable() : html`<p>${t('app.loading')}</p>`}
      <confirm-dialog
        .heading=${t('delete.heading')}
        .body=${
          this.confirming
            ? t('delete.body', {
                name: this.confirming.assessment.organisation,
                date: formatDate(this.confirming.assessment.date),
              })
            : ''
        }
        .confirmLabel=${t('delete.confirm')}
        @confirm=${this.deleteForever}
      ></confirm-dialog>
    `;
  }

  private renderTable() {
    if (this.entries.length === 0) {
      return this.error ? nothing : html`<p class="card">${t('trash.empty')}</p>`;
    }
    const when = new Intl.DateTimeFormat(languageTag(), { dateStyle: 'short', timeStyle: 'short' });
    return html`<table>
      ${tableHead(t('trash.heading'), [t('list.columnOrganisation'), t('list.columnDate'), t('trash.columnDeleted'), t('list.columnActions')])}
      <tbody>
        ${this.entries.map(
          (entry) =>
            html`<tr>
              <td>${entry.assessment.organisation}</td>
              <td>${formatDate(entry.assessment.date)}</td>
              <td>${when.format(new Date(entry.deletedAt))}</td>
              <td>
                <div class="row-actions">
                  <button
                    type="button"
                    aria-label=${`${t('trash.restore')}: ${entry.assessment.organisation}`}
                    @click=${() => void this.restore(entry)}
                  >
                    ${t('trash.restore')}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    aria-label=${`${t('trash.deleteForever')}: ${entry.assessment.organisation}`}
                    @click=${(e: Event) => this.confirmForever(entry, e.currentTarget as HTMLElement)}
                  >
                    ${t('trash.deleteForever')}
                  </button>
                </div>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trash-view': TrashView;
  }
}
