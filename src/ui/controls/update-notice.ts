import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import { applyUpdate, onUpdateReady, updateReady } from '../state/app-update';
import { LocaleController } from '../shell/locale-controller';
import { Subscription } from '../shell/subscription';
import { noticeStyles } from '../styles/notice';
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
    noticeStyles,
    css`
      :host {
        --notice-edge: var(--accent, var(--color-accent-600));
        --notice-bg: var(--color-accent-bg-faint);
      }
    `,
  ];

  @state() private applying = false;

  private readonly locale = new LocaleController(this);
  private readonly source = new Subscription(this, updateReady, onUpdateReady);
  private get ready(): boolean {
    return this.source.value;
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
