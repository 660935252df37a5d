import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import { applyUpdate, onUpdateReady, updateReady } from '../state/app-update';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/**
 * Says that a newer version of the app is installed and switches to it on the user's word, after
 * every pending save is written. Shown above every view, in a polite live region: it never
 * interrupts work.
 */
@customElement('update-notice')
export class UpdateNotice extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .notice {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1rem;
        align-items: center;
        margin: 0 0 1rem;
        padding: 0.75rem 1rem;
        border: 2px solid var(--accent, var(--color-accent-600));
        border-left-width: 8px;
        border-radius: 6px;
        background: var(--color-accent-bg-faint);
      }
      .notice p {
        margin: 0;
      }
    `,
  ];

  @state() private ready = updateReady();
  @state() private applying = false;

  private readonly locale = new LocaleController(this);
  private stop?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ready = updateReady();
    this.stop = onUpdateReady((ready) => (this.ready = ready));
  }

  override disconnectedCallback(): void {
    this.stop?.();
    super.disconnectedCallback();
  }

  private async apply(): Promise<void> {
    if (this.applying) return;
    // The button stays focusable while busy (aria-disabled, not disabled) so focus never drops.
    this.applying = true;
    try {
      await applyUpdate();
    } finally {
      this.applying = false;
    }
  }

  override render() {
    return html`<div role="status">
      ${
        this.ready
          ? html`<div class="notice">
              <p>${this.applying ? t('update.applying') : t('update.ready')}</p>
              <button
                type="button"
                aria-disabled=${this.applying ? 'true' : 'false'}
                @click=${() => void this.apply()}
              >
                ${t('update.apply')}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'update-notice': UpdateNotice;
  }
}
