import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { Action } from '../../model/assessment';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

/**
 * The actions agreed for one item: what, who, by when; add and remove.
 *
 * @fires actions-change - detail `{ actions: Action[] }` on every edit.
 */
@customElement('action-list')
export class ActionList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      fieldset.actions {
        border: 2px solid #d0d4da;
        border-radius: 8px;
        margin: 1rem 0;
        padding: 0.75rem 1rem;
      }
      legend {
        font-weight: 700;
        padding: 0 0.3em;
      }
      .action {
        display: grid;
        grid-template-columns: var(--action-columns, 2fr 1fr auto auto);
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
      .field {
        display: grid;
        gap: 0.2rem;
      }
      .field input {
        width: 100%;
      }
      @media (max-width: 700px) {
        .action {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  @property({ attribute: false }) actions: Action[] = [];

  private readonly locale = new LocaleController(this);
  /** Id of a new action whose first field takes focus after the next render. */
  private focusId?: string;

  private emit(actions: Action[]): void {
    this.actions = actions;
    this.dispatchEvent(
      new CustomEvent('actions-change', { detail: { actions }, bubbles: true, composed: true }),
    );
  }

  private updateAction(id: string, change: Partial<Action>): void {
    this.emit(this.actions.map((a) => (a.id === id ? { ...a, ...change } : a)));
  }

  private addAction(): void {
    const action: Action = { id: crypto.randomUUID(), what: '', who: '', due: '' };
    this.focusId = action.id;
    this.emit([...this.actions, action]);
  }

  private removeAction(id: string): void {
    this.emit(this.actions.filter((a) => a.id !== id));
    this.renderRoot.querySelector<HTMLElement>('.add-action')?.focus();
  }

  protected override updated(): void {
    if (this.focusId) {
      this.renderRoot.querySelector<HTMLElement>(`#what-${this.focusId}`)?.focus();
      this.focusId = undefined;
    }
  }

  override render() {
    return html`<fieldset class="actions">
      <legend>${t('item.actions')}</legend>
      ${this.actions.map((a, i) => this.renderAction(a, i + 1))}
      <button type="button" class="secondary add-action" @click=${this.addAction}>
        ${t('item.addAction')}
      </button>
    </fieldset>`;
  }

  private renderAction(action: Action, n: number) {
    const text = (key: 'what' | 'who', labelKey: 'item.actionWhat' | 'item.actionWho') => html`
      <div class="field">
        <label for=${`${key}-${action.id}`}>${t(labelKey)}</label>
        <input
          id=${`${key}-${action.id}`}
          type="text"
          .value=${action[key]}
          @input=${(e: Event) => this.updateAction(action.id, { [key]: (e.target as HTMLInputElement).value })}
        />
      </div>
    `;
    return html`<fieldset class="action">
      <legend>${t('item.actionLegend', { n })}</legend>
      ${text('what', 'item.actionWhat')} ${text('who', 'item.actionWho')}
      <div class="field">
        <label for=${`due-${action.id}`}>${t('item.actionDue')}</label>
        <input
          id=${`due-${action.id}`}
          type="date"
          .value=${action.due}
          @change=${(e: Event) => this.updateAction(action.id, { due: (e.target as HTMLInputElement).value })}
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
    'action-list': ActionList;
  }
}
