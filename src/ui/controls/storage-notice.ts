import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import { connectionState, onConnectionState, type ConnectionState } from '../../storage/connection';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/**
 * App-wide notices about the database connection: another tab upgraded the app (reload), or this
 * tab's upgrade waits for older tabs to close. Shown above every view, announced as an alert.
 */
@customElement('storage-notice')
export class StorageNotice extends LitElement {
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
        border: 2px solid var(--danger);
        border-left-width: 8px;
        border-radius: 6px;
        background: var(--color-danger-bg-soft);
      }
      .notice p {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];

  @state() private state: ConnectionState = connectionState();

  private readonly locale = new LocaleController(this);
  private stop?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.state = connectionState();
    this.stop = onConnectionState((s) => (this.state = s));
  }

  override disconnectedCallback(): void {
    this.stop?.();
    super.disconnectedCallback();
  }

  override render() {
    return html`<div role="alert">
      ${
        this.state === 'replaced'
          ? html`<div class="notice">
              <p>${t('storage.outdated')}</p>
              <button type="button" @click=${() => location.reload()}>
                ${t('storage.reload')}
              </button>
            </div>`
          : this.state === 'blocked'
            ? html`<div class="notice"><p>${t('storage.blocked')}</p></div>`
            : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'storage-notice': StorageNotice;
  }
}
