import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Perspective } from '../../model/assessment';
import type { OrganisationType } from '../../model/checklist';
import { defaultPerspectives } from '../../model/perspectives';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';
import { emit } from './emit';

/**
 * Turns separate ratings per group on or off and names the groups.
 *
 * @fires perspectives-change - detail `{ perspectives: Perspective[] }`.
 */
@customElement('perspective-settings')
export class PerspectiveSettings extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      details {
        border: 2px solid var(--color-border);
        border-radius: 8px;
        padding: 0.5rem 1rem;
      }
      summary {
        cursor: pointer;
        font-weight: 700;
        min-height: 32px;
      }
      .field {
        display: grid;
        gap: 0.2rem;
        margin: 0.5rem 0;
      }
    `,
  ];

  @property({ attribute: false }) perspectives: Perspective[] = [];
  @property() organisationType: OrganisationType = 'municipality';

  private readonly locale = new LocaleController(this);

  private emit(perspectives: Perspective[]): void {
    emit(this, 'perspectives-change', { perspectives });
  }

  override render() {
    const on = this.perspectives.length > 0;
    return html`<details ?open=${on}>
      <summary>${t('perspectives.heading')}</summary>
      <p class="hint">${t('perspectives.intro')}</p>
      ${this.perspectives.map(
        (p, i) =>
          html`<div class="field">
            <label for=${`perspective-${p.id}`}>${t('perspectives.name', { n: i + 1 })}</label>
            <input
              id=${`perspective-${p.id}`}
              type="text"
              .value=${p.name}
              @input=${(e: Event) =>
                this.emit(
                  this.perspectives.map((q) =>
                    q.id === p.id ? { ...q, name: (e.target as HTMLInputElement).value } : q,
                  ),
                )}
            />
          </div>`,
      )}
      <button
        type="button"
        class="secondary"
        @click=${() =>
          this.emit(
            on
              ? []
              : defaultPerspectives({
                  organisation: t(`orgType.${this.organisationType}`),
                  ngos: t('perspectives.defaultNgo'),
                }),
          )}
      >
        ${on ? t('perspectives.disable') : t('perspectives.enable')}
      </button>
    </details>`;
  }
}

/** Detail of `perspectives-change`: the whole new list. */
export interface PerspectivesChangeDetail {
  perspectives: Perspective[];
}

declare global {
  interface HTMLElementTagNameMap {
    'perspective-settings': PerspectiveSettings;
  }
  interface HTMLElementEventMap {
    'perspectives-change': CustomEvent<PerspectivesChangeDetail>;
  }
}
