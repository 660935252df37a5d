import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { t } from '../../i18n';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/**
 * A message in a polite live region, optionally with an undo button; it stays until dismissed,
 * replaced or the page is left, so nobody has to be quick.
 *
 * @fires undo - the undo button was pressed.
 * @fires dismiss - the close button was pressed.
 */
@customElement('undo-notice')
export class UndoNotice extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .notice {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        padding: 0.5rem 0.75rem;
        margin: 0.5rem 0;
        border-left: 6px solid var(--accent);
        background: var(--color-accent-bg);
        border-radius: 6px;
      }
      .notice p {
        margin: 0;
        font-weight: 600;
      }
      button {
        min-height: 40px;
        padding: 0.3em 0.9em;
      }
    `,
  ];

  @property() message = '';
  /** The accessible name of the undo button; no button when empty. */
  @property() undoLabel = '';

  @query('#undo') private undoButton?: HTMLButtonElement;

  private readonly locale = new LocaleController(this);

  /** Moves focus to the undo button (after the element that had it went away). */
  async focusUndo(): Promise<void> {
    await this.updateComplete;
    this.undoButton?.focus();
  }

  private fire(type: 'undo' | 'dismiss'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  override render() {
    return html`<div role="status">
      ${
        this.message
          ? html`<div class="notice">
              <p>${this.message}</p>
              ${
                this.undoLabel
                  ? html`<button
                      id="undo"
                      type="button"
                      aria-label=${this.undoLabel}
                      @click=${() => this.fire('undo')}
                    >
                      ${t('trash.undo')}
                    </button>`
                  : nothing
              }
              <button type="button" class="secondary" @click=${() => this.fire('dismiss')}>
                ${t('trash.dismiss')}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'undo-notice': UndoNotice;
  }
  interface HTMLElementEventMap {
    undo: Event;
    dismiss: Event;
  }
}
