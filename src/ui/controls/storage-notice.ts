import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { t } from '../../i18n';
import { connectionState, onConnectionState, type ConnectionState } from '../../storage/connection';
import { LocaleController } from '../shell/locale-controller';
import { Subscription } from '../shell/subscription';
import { noticeStyles } from '../styles/notice';
import { sharedStyles } from '../styles/shared';

/**
 * App-wide notices about the database connection: another tab upgraded the app (reload), or this
 * tab's upgrade waits for older tabs to close. Shown above every view, announced as an alert.
 */
@customElement('storage-notice')
export class StorageNotice extends LitElement {
  static override styles = [
    sharedStyles,
    noticeStyles,
    css`
      :host {
        --notice-edge: var(--danger);
        --notice-bg: var(--color-danger-bg-soft);
      }
      .notice p {
        font-weight: 600;
      }
    `,
  ];

  private readonly locale = new LocaleController(this);
  private readonly source = new Subscription(this, connectionState, onConnectionState);
  private get state(): ConnectionState {
    return this.source.value;
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
