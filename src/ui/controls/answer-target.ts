import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Answer } from '../../model/assessment';
import type { Scale } from '../../model/checklist';
import { isValidTargetBy } from '../../model/target-by';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';
import { emit } from './emit';

/**
 * An item's target level (on the checklist's scale), by when (a year or a date), and whether it is
 * one of this period's priorities. A "by" that is neither a year nor a date is not saved; the field
 * says why.
 *
 * @fires answer-edit - {AnswerEditDetail} on every saved change.
 */
@customElement('answer-target')
export class AnswerTarget extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      /* A fieldset is as wide as its widest option by default: let it shrink with the column. */
      fieldset {
        min-width: 0;
        border: 2px solid var(--color-border);
        border-radius: 8px;
        margin: 0;
        padding: 0.75rem 1rem;
        display: grid;
        gap: 0.5rem;
      }
      legend {
        font-weight: 700;
        padding: 0 0.3em;
      }
      .field {
        display: grid;
        gap: 0.2rem;
        min-width: 0;
      }
      select,
      input {
        max-width: 100%;
        min-width: 0;
        box-sizing: border-box;
      }
      p {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) scale!: Scale;
  @property({ attribute: false }) answer!: Answer;
  @state() private badBy = false;

  private readonly locale = new LocaleController(this);

  private edit(change: Partial<Answer>): void {
    emit(this, 'answer-edit', { change });
  }

  private changeLevel(value: string): void {
    if (value === '') this.edit({ target: undefined });
    else this.edit({ target: { level: Number(value), by: this.answer.target?.by ?? '' } });
  }

  private changeBy(input: HTMLInputElement): void {
    const by = input.value.trim();
    this.badBy = !isValidTargetBy(by);
    if (this.badBy || !this.answer.target) return;
    this.edit({ target: { ...this.answer.target, by } });
  }

  override render() {
    const target = this.answer.target;
    return html`<fieldset>
      <legend>${t('target.legend')}</legend>
      <div class="field">
        <label for="target-level">${t('target.level')}</label>
        <select
          id="target-level"
          @change=${(e: Event) => this.changeLevel((e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!target}>${t('target.none')}</option>
          ${this.scale.levels.map(
            (l) =>
              html`<option value=${String(l.value)} ?selected=${target?.level === l.value}>
                ${l.value} – ${l.label}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="target-by">${t('target.by')}</label>
        <p class="hint" id="target-by-hint">${t('target.byHint')}</p>
        <input
          id="target-by"
          type="text"
          inputmode="numeric"
          .value=${target?.by ?? ''}
          ?disabled=${!target}
          aria-invalid=${this.badBy ? 'true' : 'false'}
          aria-describedby="target-by-hint target-by-error"
          @change=${(e: Event) => this.changeBy(e.target as HTMLInputElement)}
        />
        <p id="target-by-error" class="error">${this.badBy ? t('target.byError') : nothing}</p>
      </div>
      <label>
        <input
          id="priority"
          type="checkbox"
          .checked=${this.answer.priority === true}
          @change=${(e: Event) => this.edit({ priority: (e.target as HTMLInputElement).checked })}
        />
        ${t('target.priority')}
      </label>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'answer-target': AnswerTarget;
  }
}
