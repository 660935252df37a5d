import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Answer, Perspective, PreviousItem } from '../../model/assessment';
import { copyLastTimeAnswer } from '../../model/next-round';
import { emptyAnswer } from '../../model/assessment-ops';
import type { Item, Scale } from '../../model/checklist';
import '../controls/level-picker';
import '../controls/answer-editor';
import '../controls/last-time';
import { draftBadge } from '../controls/draft-badge';
import { inlineMarkdown, markdown } from '../controls/markdown';
import { LocaleController } from '../shell/locale-controller';
import { detailsStyles, sharedStyles } from '../styles/shared';
import { emit } from '../controls/emit';

/** Detail of the `answer-change` event. */
export interface AnswerChangeDetail {
  itemId: string;
  answer: Answer;
}

type ListKey = 'item.evidence' | 'item.questions' | 'item.legal';

/** The checklist texts of an item that help a room decide: evidence, questions, law. */
/** The evidence, questions and legal references of an item; `lang` is the checklist's language. */
export function itemDetails(item: Item, lang?: string) {
  const list = (labelKey: ListKey, entries: string[]) =>
    entries.length === 0
      ? nothing
      : html`<details>
          <summary>${t(labelKey)}</summary>
          <ul lang=${lang ?? nothing}>
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
    detailsStyles,
    css`
      article {
        background: var(--surface);
        border: 1px solid var(--color-border);
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
      summary {
        min-height: 32px;
      }
    `,
  ];

  /** BCP 47 tag of the checklist's language, set on its texts (WCAG 3.1.2: the UI may be in another). */
  @property() contentLang = '';
  @property({ attribute: false }) item!: Item;
  @property({ type: Number }) number = 0;
  @property({ attribute: false }) scale!: Scale;
  /** The assessment's date: an action due before it is pointed out. */
  @property({ attribute: false }) assessmentDate = '';
  @property({ attribute: false }) answer?: Answer;
  @property({ attribute: false }) perspectives: Perspective[] = [];
  /** How the item stood last round, when this assessment is a next round. */
  @property({ attribute: false }) previous?: PreviousItem;
  /** The previous round's date (yyyy-mm-dd). */
  @property({ attribute: false }) previousDate = '';

  private readonly locale = new LocaleController(this);

  /**
   * The answer this card last reported, until the next answer arrives from the store: a second
   * edit in the same task (before the card re-renders) builds on the first instead of undoing it.
   */
  private reported?: Answer;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('answer')) this.reported = undefined;
  }

  private get current(): Answer {
    return this.reported ?? this.answer ?? emptyAnswer();
  }

  private emit(change: Partial<Answer>): void {
    const answer: Answer = { ...this.current, ...change };
    if (answer.level === undefined) delete answer.level;
    this.reported = answer;
    emit(this, 'answer-change', { itemId: this.item.id, answer });
  }

  override render() {
    const item = this.item;
    const answer = this.current;
    const titleId = `statement-${item.id}`;
    return html`
      <article aria-labelledby=${titleId}>
        <h3 id=${titleId}>
          <span class="number">${t('item.number', { n: this.number })}</span>
          <span lang=${this.contentLang || nothing}>${item.statement}</span>
          ${draftBadge(item.draft)}
        </h3>
        ${item.explanation ? html`<div class="explanation" lang=${this.contentLang || nothing}>${markdown(item.explanation)}</div>` : nothing}
        ${itemDetails(item, this.contentLang || undefined)}
        <last-time
          .previous=${this.previous}
          .date=${this.previousDate}
          .scale=${this.scale}
          contentLang=${this.contentLang}
          @last-time-copy=${() =>
            this.previous && this.emit(copyLastTimeAnswer(answer, this.previous, this.scale))}
        ></last-time>
        <level-picker
          .scale=${this.scale}
          .level=${answer.level}
          @level-change=${(e: HTMLElementEventMap['level-change']) =>
            this.emit({ level: e.detail.level })}
        ></level-picker>
        <answer-editor
          .scale=${this.scale}
          .answer=${answer}
          .perspectives=${this.perspectives}
          .notesHint=${t('item.notesHint')}
          .assessmentDate=${this.assessmentDate}
          @answer-edit=${(e: HTMLElementEventMap['answer-edit']) => this.emit(e.detail.change)}
        ></answer-editor>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'item-card': ItemCard;
  }
  interface HTMLElementEventMap {
    'answer-change': CustomEvent<AnswerChangeDetail>;
  }
}
