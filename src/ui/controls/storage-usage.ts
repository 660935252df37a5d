import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { formatBytes, t } from '../../i18n';
import { LocaleController } from '../shell/locale-controller';
import { requestPersistence, storageInfo, type StorageInfo } from '../state/persistence';
import { sharedStyles } from '../styles/shared';

/** On the start page: whether the browser keeps our data for sure, and how much space it takes. */
@customElement('storage-usage')
export class StorageUsage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      section {
        margin-top: 2rem;
        color: var(--muted);
      }
      h2 {
        font-size: 1.1rem;
        margin: 0 0 0.25rem;
        color: var(--text);
      }
      p {
        margin: 0.25rem 0;
      }
      button {
        min-height: 40px;
        padding: 0.3em 0.9em;
      }
    `,
  ];

  @state() private info?: StorageInfo;
  @state() private denied = false;

  private readonly locale = new LocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  /** Reads the figures again (after data was added or removed). */
  async refresh(): Promise<void> {
    this.info = await storageInfo();
  }

  private async request(): Promise<void> {
    const granted = await requestPersistence({ again: true });
    await this.refresh();
    this.denied = granted !== true && this.info?.persisted !== true;
  }

  override render() {
    const info = this.info;
    if (!info) return nothing;
    const sentence =
      info.persisted === true
        ? t('persist.granted')
        : info.persisted === false
          ? this.denied
            ? `${t('persist.notGranted')} ${t('persist.denied')}`
            : t('persist.notGranted')
          : t('persist.unsupported');
    return html`<section aria-labelledby="storage-title">
      <h2 id="storage-title">${t('persist.label')}</h2>
      <p role="status">${sentence}</p>
      ${
        info.usage !== undefined
          ? html`<p>${t('persist.usage', { used: formatBytes(info.usage) })}</p>`
          : nothing
      }
      ${
        info.persisted === false && info.canRequest
          ? html`<button type="button" class="secondary" @click=${this.request}>
              ${t('persist.request')}
            </button>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'storage-usage': StorageUsage;
  }
}
