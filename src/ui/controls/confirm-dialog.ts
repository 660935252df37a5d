import { LitElement, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { t } from '../../i18n';
import { LocaleController } from '../shell/locale-controller';
import { dialogStyles } from '../styles/dialog';
import { sharedStyles } from '../styles/shared';

/**
 * A modal question before something that cannot be undone: a heading, a sentence, Cancel and a
 * red confirm button. Focus goes back to the button that opened it, unless the caller closes it
 * with `close(false)` because that button is gone.
 *
 * @fires confirm - the user pressed the confirm button; the dialog stays open until `close()`.
 */
@customElement('confirm-dialog')
export class ConfirmDialog extends LitElement {
  static override styles = [sharedStyles, dialogStyles];

  @property() heading = '';
  @property() body = '';
  @property() confirmLabel = '';

  @query('dialog') private dialog!: HTMLDialogElement;
  private opener?: HTMLElement;
  private readonly locale = new LocaleController(this);

  /** Opens the dialog; `opener` gets the focus back when it closes. */
  async open(opener?: HTMLElement): Promise<void> {
    this.opener = opener;
    await this.updateComplete;
    this.dialog.showModal();
  }

  /** Closes the dialog, giving focus back to its opener unless `returnFocus` is false. */
  close(returnFocus = true): void {
    if (!returnFocus) this.opener = undefined;
    this.dialog.close();
  }

  private onClose(): void {
    this.opener?.focus();
    this.opener = undefined;
  }

  override render() {
    return html`<dialog
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @close=${this.onClose}
    >
      <h2 id="confirm-title">${this.heading}</h2>
      <p id="confirm-body">${this.body}</p>
      <div class="dialog-buttons">
        <button type="button" class="secondary" @click=${() => this.close()}>
          ${t('create.cancel')}
        </button>
        <button
          type="button"
          class="danger"
          @click=${() => this.dispatchEvent(new Event('confirm'))}
        >
          ${this.confirmLabel}
        </button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'confirm-dialog': ConfirmDialog;
  }
}
