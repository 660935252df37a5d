import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import { appDb } from '../../storage/connection';
import { countDemoData, restoreDemoData, trashDemoData } from '../../storage/demo';
import { DataChannel } from '../state/data-channel';
import { LocaleController } from '../shell/locale-controller';
import { storageMessage } from '../messages/storage-message';
import { sharedStyles } from '../styles/shared';
import './confirm-dialog';
import type { ConfirmDialog } from './confirm-dialog';
import './undo-notice';

/**
 * Loads or removes the fictional demo assessments, for NGO forums that present the model.
 * Loading never overwrites a demo record already there (the user may have made it their own);
 * removing asks first, moves them to the trash and offers to undo.
 *
 * @fires data-changed - after demo data was added, removed or put back, so the list reloads.
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
  /** What the removal question says: how many would go, and how many of them were changed. */
  @state() private asking = { total: 0, edited: 0 };
  /** The ids just moved to the trash, while their undo is on offer. */
  @state() private trashed: string[] = [];

  @query('confirm-dialog') private dialog!: ConfirmDialog;

  private readonly locale = new LocaleController(this);

  private async loadDemo(): Promise<void> {
    await this.run(async () => {
      const { loadDemoData } = await import('../state/demo-loader');
      const { added, kept } = await loadDemoData();
      return kept > 0
        ? t('demo.loadedKept', { count: added, kept })
        : t('demo.loaded', { count: added });
    });
  }

  private async askRemove(e: Event): Promise<void> {
    if (this.busy) return;
    const opener = e.currentTarget as HTMLElement;
    try {
      this.asking = await countDemoData(await appDb());
    } catch (error) {
      this.message = storageMessage(error);
      return;
    }
    if (this.asking.total === 0) {
      this.message = t('demo.none');
      return;
    }
    await this.updateComplete;
    await this.dialog.open(opener);
  }

  private async removeDemo(): Promise<void> {
    this.dialog.close();
    await this.run(async () => {
      const entries = await trashDemoData(await appDb(), new Date().toISOString());
      const channel = new DataChannel();
      for (const entry of entries) channel.post({ type: 'trashed', assessmentId: entry.id });
      channel.close();
      this.trashed = entries.map((entry) => entry.id);
      return t('demo.trashed', { count: entries.length });
    });
  }

  private async undoRemove(): Promise<void> {
    const ids = this.trashed;
    this.trashed = [];
    await this.run(async () => {
      const restored = await restoreDemoData(await appDb(), ids);
      const channel = new DataChannel();
      for (const id of ids) channel.post({ type: 'restored', assessmentId: id });
      channel.close();
      return t('demo.restored', { count: restored });
    });
  }

  private async run(work: () => Promise<string>): Promise<void> {
    // The buttons stay focusable while busy (aria-disabled), so focus never drops to the page.
    if (this.busy) return;
    this.busy = true;
    try {
      this.message = await work();
      this.dispatchEvent(new Event('data-changed', { bubbles: true, composed: true }));
    } catch (error) {
      this.message = storageMessage(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const { total, edited } = this.asking;
    return html`<section aria-labelledby="demo-title">
      <h2 id="demo-title">${t('demo.heading')}</h2>
      <p>${t('demo.intro')}</p>
      <div class="buttons">
        <button
          type="button"
          class="secondary"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.loadDemo}
        >
          ${t('demo.load')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.askRemove}
        >
          ${t('demo.remove')}
        </button>
      </div>
      ${
        this.trashed.length > 0
          ? html`<undo-notice
              .message=${this.message}
              .undoLabel=${t('demo.undoLabel')}
              @undo=${this.undoRemove}
              @dismiss=${() => {
                this.trashed = [];
                this.message = '';
              }}
            ></undo-notice>`
          : html`<p role="status">${this.message}</p>`
      }
      <confirm-dialog
        .heading=${t('demo.confirmHeading')}
        .body=${
          edited > 0
            ? t('demo.confirmBodyEdited', { count: total, edited })
            : t('demo.confirmBody', { count: total })
        }
        .confirmLabel=${t('demo.confirmRemove')}
        @confirm=${this.removeDemo}
      ></confirm-dialog>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-data-panel': DemoDataPanel;
  }
  interface HTMLElementEventMap {
    'data-changed': Event;
  }
}
