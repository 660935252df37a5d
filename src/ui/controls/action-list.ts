import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import { ACTION_STATUSES, type Action, type ActionStatus } from '../../model/assessment';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';
import { emit } from './emit';

/**
 * The actions agreed for one item: what, who, by when, status, resources; add and remove.
 *
 * @fires actions-change - detail `{ actions: Action[] }` on every edit.
 */
@customElement('action-list')
export class ActionList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      fieldset.actions {
        border: 2px solid var(--color-border);
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
        grid-template-columns: var(--action-columns, 2fr 1fr auto auto auto 1fr auto);
        gap: 0.5rem;
        align-items: end;
        margin: 0.5rem 0;
        padding: 0.5rem;
        border: 1px solid var(--color-border);
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
  /** The assessment's date (yyyy-mm-dd); a due date before it is pointed out in words. */
  @property({ attribute: false }) assessmentDate = '';
  /** Actions whose due date field holds a half-typed date: it is not saved, the field says why. */
  @state() private badDue = new Set<string>();

  private readonly locale = new LocaleController(this);
  /** Id of a new action whose first field takes focus after the next render. */
  private focusId?: string;

  private emit(actions: Action[]): void {
    emit(this, 'actions-change', { actions });
  }

  private updateAction(id: string, change: Partial<Action>): void {
    this.emit(this.actions.map((a) => (a.id === id ? { ...a, ...change } : a)));
  }

  private addAction(): void {
    const action: Action = {
      id: crypto.randomUUID(),
      what: '',
      who: '',
      due: '',
      status: 'planned',
    };
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

  /** Saves a whole date or an emptied field; a half-typed date keeps the saved one and is named. */
  private changeDue(id: string, input: HTMLInputElement): void {
    const bad = new Set(this.badDue);
    if (input.validity.badInput) bad.add(id);
    else {
      bad.delete(id);
      this.updateAction(id, { due: input.value });
    }
    this.badDue = bad;
  }

  private renderAction(action: Action, n: number) {
    const bad = this.badDue.has(action.id);
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
          aria-invalid=${bad ? 'true' : 'false'}
          aria-describedby=${`due-error-${action.id}`}
          @change=${(e: Event) => this.changeDue(action.id, e.target as HTMLInputElement)}
        />
        <p id=${`due-error-${action.id}`} class="error">
          ${bad ? t('create.dateRequired') : nothing}
        </p>
        ${
          this.assessmentDate !== '' && action.due !== '' && action.due < this.assessmentDate
            ? html`<p id=${`due-note-${action.id}`} class="note">
                ${t('item.actionDueBeforeAssessment')}
              </p>`
            : nothing
        }
      </div>
      <div class="field">
        <label for=${`status-${action.id}`}>${t('item.actionStatus')}</label>
        <select
          id=${`status-${action.id}`}
          .value=${action.status}
          @change=${(e: Event) =>
            this.updateAction(action.id, {
              status: (e.target as HTMLSelectElement).value as ActionStatus,
            })}
        >
          ${ACTION_STATUSES.map(
            (st) =>
              html`<option value=${st} ?selected=${st === action.status}>
                ${t(`status.${st}`)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for=${`resources-${action.id}`}>${t('item.actionResources')}</label>
        <input
          id=${`resources-${action.id}`}
          type="text"
          .value=${action.resources ?? ''}
          @input=${(e: Event) =>
            this.updateAction(action.id, { resources: (e.target as HTMLInputElement).value })}
        />
      </div>
      <button type="button" class="secondary" @click=${() => this.removeAction(action.id)}>
        ${t('item.removeAction', { n })}
      </button>
    </fieldset>`;
  }
}

/** Detail of `actions-change`: the whole new list. */
export interface ActionsChangeDetail {
  actions: Action[];
}

declare global {
  interface HTMLElementTagNameMap {
    'action-list': ActionList;
  }
  interface HTMLElementEventMap {
    'actions-change': CustomEvent<ActionsChangeDetail>;
  }
}
