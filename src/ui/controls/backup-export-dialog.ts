import { LitElement, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { formatDate, t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import { LocaleController } from '../shell/locale-controller';
import { dialogStyles, wideDialogStyles } from '../styles/dialog';
import { sharedStyles } from '../styles/shared';

/**
 * Asks which assessments to export: a checkbox per assessment. `choose()` resolves with the ids
 * ticked, or undefined when the dialog is cancelled.
 */
@customElement('backup-export-dialog')
export class BackupExportDialog extends LitElement {
  static override styles = [sharedStyles, dialogStyles, wideDialogStyles];

  @state() private assessments: Assessment[] = [];
  @state() private selected = new Set<string>();
  @state() private error = '';
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly locale = new LocaleController(this);
  private resolve?: (ids: string[] | undefined) => void;

  /** Opens the dialog with these assessments to pick from. */
  async choose(assessments: Assessment[]): Promise<string[] | undefined> {
    this.assessments = assessments;
    this.selected = new Set();
    this.error = '';
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(ids: string[] | undefined): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    if (this.dialog.open) this.dialog.close();
    resolve?.(ids);
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
    this.error = '';
  }

  private submit(e: Event): void {
    e.preventDefault();
    if (this.selected.size === 0) {
      this.error = t('backup.selectEmpty');
      this.renderRoot.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
      return;
    }
    this.finish(this.assessments.map((a) => a.id).filter((id) => this.selected.has(id)));
  }

  override render() {
    return html`<dialog aria-labelledby="export-title" @close=${() => this.finish(undefined)}>
      <form @submit=${this.submit}>
        <h2 id="export-title">${t('backup.selectHeading')}</h2>
        <fieldset aria-describedby="export-error">
          <legend>${t('backup.selectLegend')}</legend>
          ${this.assessments.map(
            (a) =>
              html`<label class="choice"
                ><input
                  type="checkbox"
                  .checked=${this.selected.has(a.id)}
                  @change=${(e: Event) => this.toggle(a.id, (e.target as HTMLInputElement).checked)}
                />${a.organisation} (${formatDate(a.date)})</label
              >`,
          )}
        </fieldset>
        <p id="export-error" class="error" role="alert">${this.error}</p>
        <div class="dialog-buttons">
          <button
            type="button"
            class="secondary"
            @click=${() => (this.selected = new Set(this.assessments.map((a) => a.id)))}
          >
            ${t('backup.selectAll')}
          </button>
          <button type="button" class="secondary" @click=${() => (this.selected = new Set())}>
            ${t('backup.selectNone')}
          </button>
          <button type="button" class="secondary" @click=${() => this.finish(undefined)}>
            ${t('backup.cancel')}
          </button>
          <button type="submit">${t('backup.selectSubmit')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'backup-export-dialog': BackupExportDialog;
  }
}
