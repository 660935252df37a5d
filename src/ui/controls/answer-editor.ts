import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Answer, Perspective } from '../../model/assessment';
import type { Scale } from '../../model/checklist';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';
import './action-list';
import './answer-target';
import './perspective-ratings';
import { emit } from './emit';

/** Detail of `answer-edit`: the fields of the answer that changed. */
export interface AnswerEditDetail {
  change: Partial<Answer>;
}

/**
 * What an item's answer holds besides its level, edited alike in the assessment's item card and in
 * workshop mode: the ratings per perspective (when the assessment has perspectives), the notes, the
 * target and priority mark, and the actions. Renders the answer it is given and reports each change; it keeps no copy.
 *
 * @fires answer-edit - {AnswerEditDetail} on every edit.
 */
@customElement('answer-editor')
export class AnswerEditor extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      /* One column no wider than the host, so that wider text spacing wraps (WCAG 1.4.12). */
      :host {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 0.5rem;
      }
      .private {
        background: var(--color-surface-muted);
        border-left: 4px solid var(--muted);
        padding: 0.4rem 0.6rem;
        font-size: 0.92rem;
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) scale!: Scale;
  @property({ attribute: false }) answer!: Answer;
  @property({ attribute: false }) perspectives: Perspective[] = [];
  /** The text under the notes' label. */
  @property() notesHint = '';
  /** `private`: the hint says the notes stay off the projector, and stands out. */
  @property() hintTone: 'hint' | 'private' = 'hint';
  /** The assessment's date (yyyy-mm-dd), for pointing out actions due before it. */
  @property({ attribute: false }) assessmentDate = '';

  private readonly locale = new LocaleController(this);

  private edit(change: Partial<Answer>): void {
    emit(this, 'answer-edit', { change });
  }

  override render() {
    const answer = this.answer;
    return html`
      ${
        this.perspectives.length > 0
          ? html`<perspective-ratings
              .scale=${this.scale}
              .perspectives=${this.perspectives}
              .ratings=${answer.ratings ?? {}}
              @ratings-change=${(e: HTMLElementEventMap['ratings-change']) =>
                this.edit({ ratings: e.detail.ratings })}
            ></perspective-ratings>`
          : nothing
      }
      <div>
        <label for="notes">${t('item.notes')}</label>
        <p class=${this.hintTone} id="notes-hint">${this.notesHint}</p>
      </div>
      <textarea
        id="notes"
        aria-describedby="notes-hint"
        .value=${answer.notes}
        @input=${(e: InputEvent & { target: HTMLTextAreaElement }) =>
          this.edit({ notes: e.target.value })}
      ></textarea>
      <answer-target .scale=${this.scale} .answer=${answer}></answer-target>
      <action-list
        .actions=${answer.actions}
        .assessmentDate=${this.assessmentDate}
        @actions-change=${(e: HTMLElementEventMap['actions-change']) =>
          this.edit({ actions: e.detail.actions })}
      ></action-list>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'answer-editor': AnswerEditor;
  }
  interface HTMLElementEventMap {
    'answer-edit': CustomEvent<AnswerEditDetail>;
  }
}
