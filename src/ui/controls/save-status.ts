import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { languageTag, t } from '../../i18n';
import type { SaveState } from '../state/assessment-store';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/**
 * The autosave status line: saving, saved (with the time) or could not save (with the reason),
 * in a polite live region so screen readers hear it without losing their place.
 *
 * @fires save-retry - the user asked to try a failed save again.
 */
@customElement('save-status')
export class SaveStatus extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
      }
      p {
        margin: 0;
        font-weight: 600;
        min-height: 1.5em;
      }
      .failed {
        color: var(--danger);
      }
      button {
        min-height: 36px;
        padding: 0.2em 0.8em;
      }
    `,
  ];

  @property() state: SaveState = 'idle';
  @property({ attribute: false }) savedAt?: Date;
  /** Why the last save failed, as a sentence. */
  @property() message = '';

  private readonly locale = new LocaleController(this);

  private get text(): string {
    switch (this.state) {
      case 'saving':
        return t('save.saving');
      case 'saved':
        return this.savedAt
          ? t('saveStatus.savedAt', {
              time: new Intl.DateTimeFormat(languageTag(), { timeStyle: 'short' }).format(
                this.savedAt,
              ),
            })
          : t('save.saved');
      case 'failed':
        return this.message;
      default:
        return '';
    }
  }

  override render() {
    return html`<p role="status" aria-live="polite" class=${this.state}>${this.text}</p>
      ${
        this.state === 'failed'
          ? html`<button
              type="button"
              class="secondary"
              @click=${() => this.dispatchEvent(new CustomEvent('save-retry', { bubbles: true }))}
            >
              ${t('saveStatus.retry')}
            </button>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'save-status': SaveStatus;
  }
}
