import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Action, Answer, Perspective } from '../../model/assessment';
import { emptyAnswer } from '../../model/assessment-ops';
import type { Item, Scale } from '../../model/checklist';
import '../controls/action-list';
import '../controls/level-picker';
import '../controls/perspective-ratings';
import { draftBadge } from '../controls/draft-badge';
import { inlineMarkdown, markdown } from '../controls/markdown';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/** Detail of the `answer-change` event. */
export interface AnswerChangeDetail {
  itemId: string;
  answer: Answer;
}

type ListKey = 'item.evidence' | 'item.questions' | 'item.legal';

/** The checklist texts of an item that help a room decide: evidence, questions, law. */
export function itemDetails(item: Item) {
  const list = (labelKey: ListKey, entries: string[]) =>
    entries.length === 0
      ? nothing
      : html`<details>
          <summary>${t(labelKey)}</summary>
          <ul>
            ${entries.map((e) => html`<li>${inlineMarkdown(e)}</li>`)}
          </ul>
        </details>`;
  return html`${list('item.evidence', item.evidence)} ${list('item.questions', item.questions)}
  ${list('item.legal', item.legalRefs)}`;
}

/**
 * One checklist item to answer: its texts, a rating on the scale (or "don't know"),
 * per-perspective ratings when the assessment has perspectives, notes, and the actions agreed for it.
 *
 * @fires answer-change - {AnswerChangeDetail} on every edit; the assessment view saves it.
 */
@customElement('item-card')
export class ItemCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      article {
        background: var(--surface);
        border: 1px solid #d0d4da;
        border-radius: 10px;
        padding: 1.25rem 1.5rem;
      }
      h3 {
        margin: 0 0 0.5rem;
        font-size: 1.2rem;
      }
      .number {
        color: var(--muted);
        font-weight: 600;
        display: block;
        font-size: 0.9rem;
      }
      details {
        margin: 0.4rem 0;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        color: var(--accent);
        min-height: 32px;
      }
    `,
  ];

  @property({ attribute: false }) item!: Item;
  @property({ type: Number }) number = 0;
  @property({ attribute: false }) scale!: Scale;
  @property({ attribute: false }) answer?: Answer;
  @property({ attribute: false }) perspectives: Perspective[] = [];

  private readonly locale = new LocaleController(this);

  private get current(): Answer {
    return this.answer ?? emptyAnswer();
  }

  private emit(change: Partial<Answer>): void {
    const answer: Answer = { ...this.current, ...change };
    if (answer.level === undefined) delete answer.level;
    this.answer = answer;
    this.dispatchEvent(
      new CustomEvent<AnswerChangeDetail>('answer-change', {
        detail: { itemId: this.item.id, answer },
        bubbles: true,
        composed: true,
      }),
    );
  }

  override render() {
    const item = this.item;
    const answer = this.current;
    const titleId = `statement-${item.id}`;
    return html`
      <article aria-labelledby=${titleId}>
        <h3 id=${titleId}>
          <span class="number">${t('item.number', { n: this.number })}</span>
          ${item.statement} ${draftBadge(item.draft)}
        </h3>
        ${item.explanation ? html`<div class="explanation">${markdown(item.explanation)}</div>` : nothing}
        ${itemDetails(item)}
        <level-picker
          .scale=${this.scale}
          .level=${answer.level}
          @level-change=${(e: CustomEvent<{ level: number | null | undefined }>) =>
            this.emit({ level: e.detail.level })}
        ></level-picker>
        ${
          this.perspectives.length > 0
            ? html`<perspective-ratings
                .scale=${this.scale}
                .perspectives=${this.perspectives}
                .ratings=${answer.ratings ?? {}}
                @ratings-change=${(e: CustomEvent<{ ratings: Record<string, number | null> }>) =>
                  this.emit({ ratings: e.detail.ratings })}
              ></perspective-ratings>`
            : nothing
        }
        <label for="notes">${t('item.notes')}</label>
        <p class="hint" id="notes-hint">${t('item.notesHint')}</p>
        <textarea
          id="notes"
          aria-describedby="notes-hint"
          .value=${answer.notes}
          @input=${(e: Event) => this.emit({ notes: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <action-list
          .actions=${answer.actions}
          @actions-change=${(e: CustomEvent<{ actions: Action[] }>) => this.emit({ actions: e.detail.actions })}
        ></action-list>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'item-card': ItemCard;
  }
}
