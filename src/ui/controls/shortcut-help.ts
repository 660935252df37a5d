import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { t, type MessageKey } from '../../i18n';
import { LocaleController } from '../shell/locale-controller';
import { sharedStyles } from '../styles/shared';

const SINGLE_KEYS = 'jy-workshop-shortcuts';

/** Whether single-character shortcuts (digits, letters) are on: a choice kept in this browser. */
export function singleKeyShortcutsOn(): boolean {
  return localStorage.getItem(SINGLE_KEYS) !== 'off';
}

function setSingleKeyShortcuts(on: boolean): void {
  if (on) localStorage.removeItem(SINGLE_KEYS);
  else localStorage.setItem(SINGLE_KEYS, 'off');
}

/** The workshop's keyboard shortcuts, as shown in the help overlay. */
export const WORKSHOP_SHORTCUTS: ReadonlyArray<{ keys: string; action: MessageKey }> = [
  { keys: '0 – 4', action: 'workshop.keyLevels' },
  { keys: 'X', action: 'workshop.keyDontKnow' },
  { keys: '→ ←  PageDown PageUp', action: 'workshop.keyMove' },
  { keys: 'Home End', action: 'workshop.keyFirstLast' },
  { keys: 'S', action: 'workshop.keySummary' },
  { keys: 'T', action: 'workshop.keyTimer' },
  { keys: 'R', action: 'workshop.keyTimerReset' },
  { keys: 'V', action: 'workshop.keyVotes' },
  { keys: 'C', action: 'workshop.keyCount' },
  { keys: 'P', action: 'workshop.keyProjector' },
  { keys: 'W', action: 'workshop.keyProjectorWindow' },
  { keys: '? H', action: 'workshop.keyHelp' },
  { keys: 'Esc', action: 'workshop.keyEscape' },
];

/** A modal overlay listing the workshop shortcuts; Escape or the button closes it and focus returns. */
@customElement('shortcut-help')
export class ShortcutHelp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dialog {
        border: none;
        border-radius: 10px;
        padding: 1.5rem;
        max-width: 40rem;
        box-shadow: 0 10px 40px var(--color-shadow);
      }
      dialog::backdrop {
        background: var(--color-backdrop-strong);
      }
      kbd {
        font-family: ui-monospace, monospace;
        font-weight: 700;
        white-space: pre;
      }
      .switch {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        font-weight: 600;
        margin: 1rem 0 0.25rem;
      }
    `,
  ];

  /** The digit keys that set a level on the current scale, e.g. "0 – 4" or "1 – 5". */
  @property() levelKeys = '0 – 4';
  @query('dialog') private dialog!: HTMLDialogElement;
  private readonly locale = new LocaleController(this);
  private opener?: Element | null;
  @state() private singleKeys = singleKeyShortcutsOn();

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the overlay and remembers where focus was. */
  show(): void {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    this.opener = active;
    this.singleKeys = singleKeyShortcutsOn();
    this.dialog.showModal();
  }

  override render() {
    return html`<dialog
      aria-labelledby="help-title"
      @close=${() => (this.opener as HTMLElement | null)?.focus?.()}
    >
      <h2 id="help-title">${t('workshop.help')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('workshop.keyColumn')}</th>
            <th scope="col">${t('workshop.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          ${WORKSHOP_SHORTCUTS.map(
            (s) =>
              html`<tr>
                <td><kbd>${s.action === 'workshop.keyLevels' ? this.levelKeys : s.keys}</kbd></td>
                <td>${t(s.action)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p class="hint">${t('workshop.keysNote')}</p>
      <label class="switch">
        <input
          type="checkbox"
          aria-describedby="single-keys-hint"
          .checked=${this.singleKeys}
          @change=${(e: Event) => {
            this.singleKeys = (e.target as HTMLInputElement).checked;
            setSingleKeyShortcuts(this.singleKeys);
          }}
        />
        ${t('workshop.singleKeys')}
      </label>
      <p class="hint" id="single-keys-hint">${t('workshop.singleKeysHint')}</p>
      <button type="button" @click=${() => this.dialog.close()}>${t('workshop.helpClose')}</button>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'shortcut-help': ShortcutHelp;
  }
}
