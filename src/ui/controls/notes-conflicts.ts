import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { NotesConflict } from '../../model/merge';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/** Which item a conflict is about. */
export interface ConflictChoiceDetail {
  itemId: string;
}

/**
 * The notes of an item that this tab and another tab changed at the same time: this tab's text
 * stays in the field, and the other tab's text is shown here with a button that puts it back, so
 * neither is dropped without a word.
 *
 * @fires conflict-take - use the other tab's text for the item.
 * @fires conflict-keep - keep this tab's text and close the offer.
 */
@customElement('notes-conflicts')
export class NotesConflicts extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .conflict {
        border-left: 6px solid var(--color-warning-700);
        background: var(--color-warning-bg-soft);
        padding: 0.5rem 0.75rem;
        margin: 0.5rem 0;
        border-radius: 6px;
      }
      .conflict p {
        margin: 0.25rem 0;
      }
      blockquote {
        margin: 0.4rem 0;
        padding: 0.4rem 0.6rem;
        background: var(--color-surface);
        white-space: pre-wrap;
        border: 1px solid var(--color-warning-border);
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) conflicts: NotesConflict[] = [];
  /** The item's number as the user sees it, by item id. */
  @property({ attribute: false }) numbers: Record<string, number> = {};

  private readonly locale = new LocaleController(this);

  private fire(type: 'conflict-take' | 'conflict-keep', itemId: string): void {
    this.dispatchEvent(
      new CustomEvent<ConflictChoiceDetail>(type, {
        detail: { itemId },
        bubbles: true,
        composed: true,
      }),
    );
  }

  override render() {
    return html`<div role="status">
      ${this.conflicts.map((c) => {
        const number = this.numbers[c.itemId] ?? c.itemId;
        return html`<div class="conflict">
          <p><strong>${t('conflict.heading', { number })}</strong></p>
          <p>${t('conflict.body')}</p>
          <blockquote>${c.theirs || t('conflict.empty')}</blockquote>
          <div class="buttons">
            <button type="button" @click=${() => this.fire('conflict-take', c.itemId)}>
              ${t('conflict.take', { number })}
            </button>
            <button
              type="button"
              class="secondary"
              @click=${() => this.fire('conflict-keep', c.itemId)}
            >
              ${t('conflict.keep', { number })}
            </button>
          </div>
        </div>`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'notes-conflicts': NotesConflicts;
  }
  interface HTMLElementEventMap {
    'conflict-take': CustomEvent<ConflictChoiceDetail>;
    'conflict-keep': CustomEvent<ConflictChoiceDetail>;
  }
}
