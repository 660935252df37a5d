import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Perspective } from '../../model/assessment';
import type { Scale } from '../../model/checklist';
import { LocaleController } from '../shell/locale-controller';
import { fieldsetStyles, sharedStyles } from '../styles/shared';
import { levelLabel } from '../../model/scales';
import { emit } from './emit';

const DONT_KNOW = 'dont-know';

/**
 * One rating per perspective (e.g. the municipality's and the NGOs' view) for an item.
 *
 * @fires ratings-change - detail `{ ratings: Record<string, number | null> }`; unrated perspectives are left out.
 */
@customElement('perspective-ratings')
export class PerspectiveRatings extends LitElement {
  static override styles = [
    sharedStyles,
    fieldsetStyles,
    css`
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
      }
      /* A select is as wide as its longest option; in a narrow column it keeps to the column. */
      .field {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 0.2rem;
        min-width: 0;
        max-width: 100%;
      }
      select {
        max-width: 100%;
      }
    `,
  ];

  @property({ attribute: false }) scale!: Scale;
  @property({ attribute: false }) perspectives: Perspective[] = [];
  @property({ attribute: false }) ratings: Record<string, number | null> = {};

  private readonly locale = new LocaleController(this);

  private change(id: string, value: string): void {
    const ratings = { ...this.ratings };
    if (value === '') delete ratings[id];
    else ratings[id] = value === DONT_KNOW ? null : Number(value);
    emit(this, 'ratings-change', { ratings });
  }

  override render() {
    return html`<fieldset>
      <legend>${t('perspectives.heading')}</legend>
      ${this.perspectives.map((p) => {
        const current = this.ratings[p.id];
        const value = current === undefined ? '' : current === null ? DONT_KNOW : String(current);
        return html`<div class="field">
          <label for=${`rating-${p.id}`}>${t('perspectives.rating', { name: p.name })}</label>
          <select
            id=${`rating-${p.id}`}
            @change=${(e: Event) => this.change(p.id, (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${value === ''}>${t('perspectives.notRated')}</option>
            ${this.scale.levels.map(
              (l) =>
                html`<option value=${String(l.value)} ?selected=${value === String(l.value)}>
                  ${levelLabel(this.scale, l.value)}
                </option>`,
            )}
            <option value=${DONT_KNOW} ?selected=${value === DONT_KNOW}>
              ${t('item.dontKnow')}
            </option>
          </select>
        </div>`;
      })}
    </fieldset>`;
  }
}

/** Detail of `ratings-change`: the level per perspective id (null: "don't know"). */
export interface RatingsChangeDetail {
  ratings: Record<string, number | null>;
}

declare global {
  interface HTMLElementTagNameMap {
    'perspective-ratings': PerspectiveRatings;
  }
  interface HTMLElementEventMap {
    'ratings-change': CustomEvent<RatingsChangeDetail>;
  }
}
