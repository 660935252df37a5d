import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Scale } from '../../model/checklist';
import { LocaleController } from '../shell/locale-controller';
import { fieldsetStyles, sharedStyles } from '../styles/shared';
import { levelLabel } from '../../model/scales';
import { emit } from './emit';

const DONT_KNOW = 'dont-know';

/**
 * A radio group of the scale's levels, each with its description, plus "don't know".
 *
 * @fires level-change - detail `{ level: number | null | undefined }`; null is "don't know", undefined clears.
 * @cssprop --level-font-size - type size of the level labels (larger in workshop mode).
 */
@customElement('level-picker')
export class LevelPicker extends LitElement {
  static override styles = [
    sharedStyles,
    fieldsetStyles,
    css`
      .levels {
        display: grid;
        gap: 0.4rem;
        font-size: var(--level-font-size, 1rem);
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
        background: var(--color-accent-bg);
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
      .desc {
        grid-column: 2;
        color: var(--muted);
        font-size: 0.92em;
      }
    `,
  ];

  @property({ attribute: false }) scale!: Scale;
  /** The chosen level; null is "don't know"; undefined is none yet. */
  @property({ attribute: false }) level: number | null | undefined;
  @property() legend = '';

  private readonly locale = new LocaleController(this);

  private choose(level: number | null | undefined): void {
    emit(this, 'level-change', { level });
  }

  override render() {
    return html`<fieldset>
      <legend>${this.legend || t('item.rating')}</legend>
      <div class="levels">
        ${this.scale.levels.map((l) =>
          this.renderLevel(
            String(l.value),
            levelLabel(this.scale, l.value) ?? '',
            l.description,
            this.level === l.value,
            l.value,
          ),
        )}
        ${this.renderLevel(DONT_KNOW, t('item.dontKnow'), t('item.dontKnowDescription'), this.level === null, null)}
      </div>
      ${
        this.level !== undefined
          ? html`<button type="button" class="secondary" @click=${() => this.choose(undefined)}>
              ${t('item.clearRating')}
            </button>`
          : ''
      }
    </fieldset>`;
  }

  private renderLevel(
    value: string,
    label: string,
    description: string,
    checked: boolean,
    level: number | null,
  ) {
    const id = `level-${value}`;
    return html`<div class="level">
      <input
        type="radio"
        name="level"
        id=${id}
        .value=${value}
        .checked=${checked}
        aria-describedby=${`${id}-desc`}
        @change=${() => this.choose(level)}
      />
      <label for=${id}>${label}</label>
      <span class="desc" id=${`${id}-desc`}>${description}</span>
    </div>`;
  }
}

/** Detail of `level-change`: the level picked; null is "don't know", undefined none. */
export interface LevelChangeDetail {
  level: number | null | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'level-picker': LevelPicker;
  }
  interface HTMLElementEventMap {
    'level-change': CustomEvent<LevelChangeDetail>;
  }
}
