import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import { appDb } from '../../storage/connection';
import { removeDemoData } from '../../storage/demo';
import { LocaleController } from '../shell/locale-controller';
import { storageMessage } from '../messages/storage-message';
import { sharedStyles } from '../styles/shared';

/**
 * Loads or removes the fictional demo assessments, for NGO forums that present the model.
 *
 * @fires data-changed - after demo data was added or removed, so the list reloads.
 */
@customElement('demo-data-panel')
export class DemoDataPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      section {
        margin-top: 2.5rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  @state() private message = '';
  @state() private busy = false;

  private readonly locale = new LocaleController(this);

  private async loadDemo(): Promise<void> {
    await this.run(async () => {
      const { loadDemoData } = await import('../state/demo-loader');
      return t('demo.loaded', { count: await loadDemoData() });
    });
  }

  private async removeDemo(): Promise<void> {
    await this.run(async () => t('demo.removed', { count: await removeDemoData(await appDb()) }));
  }

  private async run(work: () => Promise<string>): Promise<void> {
    this.busy = true;
    try {
      this.message = await work();
      this.dispatchEvent(new CustomEvent('data-changed', { bubbles: true, composed: true }));
    } catch (error) {
      this.message = storageMessage(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<section aria-labelledby="demo-title">
      <h2 id="demo-title">${t('demo.heading')}</h2>
      <p>${t('demo.intro')}</p>
      <div class="buttons">
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${this.loadDemo}>
          ${t('demo.load')}
        </button>
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${this.removeDemo}>
          ${t('demo.remove')}
        </button>
      </div>
      <p role="status">${this.message}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-data-panel': DemoDataPanel;
  }
}
