import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import { emptyAnswer, type Action, type Answer } from '../../model/assessment';
import type { Item, Scale } from '../../model/checklist';
import { inlineMarkdown, markdown } from '../controls/markdown';
import { LocaleController } from '../locale-controller';
import { sharedStyles } from '../styles/shared';

/** Detail of the `answer-change` event. */
export interface AnswerChangeDetail {
  itemId: string;
  answer: Answer;
}

const DONT_KNOW = 'dont-know';

/**
 * One checklist item to answer: its texts, a rating on the scale (or "don't know"),
 * notes, and the actions agreed for it.
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
      .draft {
        background: #fff1c2;
        color: #5c4300;
        border: 1px solid currentColor;
        border-radius: 4px;
        padding: 0 0.4em;
        font-size: 0.85rem;
        margin-left: 0.5em;
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
      fieldset {
        border: 2px solid #d0d4da;
        border-radius: 8px;
        margin: 1rem 0;
        padding: 0.75rem 1rem;
      }
      legend {
        font-weight: 700;
        padding: 0 0.3em;
      }
      .levels {
        display: grid;
        gap: 0.4rem;
      }
      .level {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.1rem 0.6rem;
        align-items: start;
        padding: 0.45rem 0.6rem;
        border: 2px solid transparent;
        border-radius: 6px;
      }
      .level:has(input:checked) {
        border-color: var(--accent);
        background: #e8f0fa;
      }
      .level input {
        width: 1.3rem;
        height: 1.3rem;
        margin: 0.15rem 0 0;
        grid-row: span 2;
      }
      .level label {
        cursor: pointer;
      }
      .level .desc {
        grid-column: 2;
        color: var(--muted);
        font-size: 0.92rem;
      }
      .action {
        display: grid;
        grid-template-columns: 2fr 1fr auto auto;
        gap: 0.5rem;
        align-items: end;
        margin: 0.5rem 0;
        padding: 0.5rem;
        border: 1px solid #d0d4da;
        border-radius: 6px;
      }
      .action legend {
        font-weight: 600;
        font-size: 0.9rem;
      }
      .action .field {
        display: grid;
        gap: 0.2rem;
      }
      .action input {
        width: 100%;
      }
      @media (max-width: 700px) {
        .action {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  @property({ attribute: false }) item!: Item;
  @property({ type: Number }) number = 0;
  @property({ attribute: false }) scale!: Scale;
  @property({ attribute: false }) answer?: Answer;

  private readonly locale = new LocaleController(this);
  /** Id of an action whose first field should take focus after the next render. */
  private focusActionId?: string;

  private get current(): Answer {
    return this.answer ?? emptyAnswer();
  }

  private emit(answer: Answer): void {
    this.answer = answer;
    this.dispatchEvent(
      new CustomEvent<AnswerChangeDetail>('answer-change', {
        detail: { itemId: this.item.id, answer },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private setLevel(value: string): void {
    const level = value === DONT_KNOW ? null : Number(value);
    this.emit({ ...this.current, level });
  }

  private clearLevel(): void {
    const { level: _cleared, ...rest } = this.current;
    this.emit(rest);
  }

  private updateAction(id: string, change: Partial<Action>): void {
    const actions = this.current.actions.map((a) => (a.id === id ? { ...a, ...change } : a));
    this.emit({ ...this.current, actions });
  }

  private addAction(): void {
    const action: Action = { id: crypto.randomUUID(), what: '', who: '', due: '' };
    this.focusActionId = action.id;
    this.emit({ ...this.current, actions: [...this.current.actions, action] });
  }

  private removeAction(id: string): void {
    this.emit({ ...this.current, actions: this.current.actions.filter((a) => a.id !== id) });
    this.renderRoot.querySelector<HTMLElement>('.add-action')?.focus();
  }

  protected override updated(): void {
    if (this.focusActionId) {
      this.renderRoot.querySelector<HTMLElement>(`#what-${this.focusActionId}`)?.focus();
      this.focusActionId = undefined;
    }
  }

  override render() {
    const item = this.item;
    const answer = this.current;
    const level = answer.level;
    const titleId = `statement-${item.id}`;
    return html`
      <article aria-labelledby=${titleId}>
        <h3 id=${titleId}>
          <span class="number">${t('item.number', { n: this.number })}</span>
          ${item.statement}
          ${item.draft ? html`<span class="draft">${t('item.draft')}</span>` : nothing}
        </h3>
        ${item.explanation ? html`<div class="explanation">${markdown(item.explanation)}</div>` : nothing}
        ${this.renderList('item.evidence', item.evidence)}
        ${this.renderList('item.questions', item.questions)}
        ${this.renderList('item.legal', item.legalRefs)}

        <fieldset>
          <legend>${t('item.rating')}</legend>
          <div class="levels">
            ${this.scale.levels.map((l) =>
              this.renderLevel(
                String(l.value),
                `${l.value} – ${l.label}`,
                l.description,
                level === l.value,
              ),
            )}
            ${this.renderLevel(DONT_KNOW, t('item.dontKnow'), t('item.dontKnowDescription'), level === null)}
          </div>
          ${
            level !== undefined
              ? html`<button type="button" class="secondary" @click=${this.clearLevel}>
                  ${t('item.clearRating')}
                </button>`
              : nothing
          }
        </fieldset>

        <label for="notes">${t('item.notes')}</label>
        <p class="hint" id="notes-hint">${t('item.notesHint')}</p>
        <textarea
          id="notes"
          aria-describedby="notes-hint"
          .value=${answer.notes}
          @input=${(e: Event) =>
            this.emit({ ...this.current, notes: (e.target as HTMLTextAreaElement).value })}
        ></textarea>

        <fieldset>
          <legend>${t('item.actions')}</legend>
          ${answer.actions.map((a, i) => this.renderAction(a, i + 1))}
          <button type="button" class="secondary add-action" @click=${this.addAction}>
            ${t('item.addAction')}
          </button>
        </fieldset>
      </article>
    `;
  }

  private renderList(
    labelKey: 'item.evidence' | 'item.questions' | 'item.legal',
    entries: string[],
  ) {
    if (entries.length === 0) return nothing;
    return html`<details>
      <summary>${t(labelKey)}</summary>
      <ul>
        ${entries.map((e) => html`<li>${inlineMarkdown(e)}</li>`)}
      </ul>
    </details>`;
  }

  private renderLevel(value: string, label: string, description: string, checked: boolean) {
    const id = `level-${value}`;
    return html`<div class="level">
      <input
        type="radio"
        name="level"
        id=${id}
        .value=${value}
        .checked=${checked}
        aria-describedby=${`${id}-desc`}
        @change=${() => this.setLevel(value)}
      />
      <label for=${id}>${label}</label>
      <span class="desc" id=${`${id}-desc`}>${description}</span>
    </div>`;
  }

  private renderAction(action: Action, n: number) {
    const field = (key: 'what' | 'who', labelKey: 'item.actionWhat' | 'item.actionWho') => html`
      <div class="field">
        <label for=${`${key}-${action.id}`}>${t(labelKey)}</label>
        <input
          id=${`${key}-${action.id}`}
          type="text"
          .value=${action[key]}
          @input=${(e: Event) =>
            this.updateAction(action.id, { [key]: (e.target as HTMLInputElement).value })}
        />
      </div>
    `;
    return html`<fieldset class="action">
      <legend>${t('item.actionLegend', { n })}</legend>
      ${field('what', 'item.actionWhat')} ${field('who', 'item.actionWho')}
      <div class="field">
        <label for=${`due-${action.id}`}>${t('item.actionDue')}</label>
        <input
          id=${`due-${action.id}`}
          type="date"
          .value=${action.due}
          @change=${(e: Event) =>
            this.updateAction(action.id, { due: (e.target as HTMLInputElement).value })}
        />
      </div>
      <button type="button" class="secondary" @click=${() => this.removeAction(action.id)}>
        ${t('item.removeAction', { n })}
      </button>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'item-card': ItemCard;
  }
}
