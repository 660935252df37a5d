import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Perspective } from '../../model/assessment';
import type { Scale } from '../../model/checklist';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

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
    css`
      fieldset {
        border: 2px solid #d0d4da;
        border-radius: 8px;
        margin: 1rem 0;
        padding: 0.75rem 1rem;
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
      }
      legend {
        font-weight: 700;
        padding: 0 0.3em;
      }
      .field {
        display: grid;
        gap: 0.2rem;
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
    this.ratings = ratings;
    this.dispatchEvent(
      new CustomEvent('ratings-change', { detail: { ratings }, bubbles: true, composed: true }),
    );
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
                  ${l.value} – ${l.label}
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

declare global {
  interface HTMLElementTagNameMap {
    'perspective-ratings': PerspectiveRatings;
  }
}
