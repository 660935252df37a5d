import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { PriorityItem } from '../../model/priorities';
import { roundScore } from '../../model/scoring';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/** The items in priority order: the group's marked priorities first, each item's flags in words. */
@customElement('plan-priorities')
export class PlanPriorities extends LitElement {
  static override styles = [sharedStyles];

  @property({ attribute: false }) priorities: PriorityItem[] = [];
  /** BCP 47 tag of the checklist's language, for the statements. */
  @property() statementLang = '';

  private readonly locale = new LocaleController(this);

  override render() {
    return html`<h3>${t('priorities.heading')}</h3>
      <ol class="priorities">
        ${this.priorities.map(
          (p) =>
            html`<li>
              <span lang=${this.statementLang}>${p.statement}</span>
              ${p.priority ? html`<strong>${t('priorities.marked')}</strong>` : nothing}
              ${
                p.gap === null
                  ? nothing
                  : html`<span>${t('priorities.gap', { gap: roundScore(p.gap) })}</span>`
              }
              ${
                p.flags.length > 0
                  ? html`<ul>
                      ${p.flags.map((f) => html`<li>${t(`priorities.flag.${f}`)}</li>`)}
                    </ul>`
                  : nothing
              }
            </li>`,
        )}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-priorities': PlanPriorities;
  }
}
