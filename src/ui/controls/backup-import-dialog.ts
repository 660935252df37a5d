import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { formatDate, t } from '../../i18n';
import type {
  ConflictChoice,
  ImportConflict,
  ImportPlan,
  ImportVersion,
} from '../../storage/backup';
import { formatTimestamp } from '../messages/backup-problems';
import { LocaleController } from '../shell/locale-controller';
import { dialogStyles, wideDialogStyles } from '../styles/dialog';
import { sharedStyles } from '../styles/shared';

const CHOICES: ReadonlyArray<
  [ConflictChoice, 'backup.choiceMine' | 'backup.choiceTheirs' | 'backup.choiceBoth']
> = [
  ['mine', 'backup.choiceMine'],
  ['theirs', 'backup.choiceTheirs'],
  ['both', 'backup.choiceBoth'],
];

/** The key of a conflict in the choices map (matches conflictKey in storage/backup). */
const keyOf = (c: ImportConflict) => `${c.kind}:${c.id}`;

/**
 * Shows what an import would do and, for each record that clashes with a stored one, both versions
 * and the choice: keep mine, take theirs, keep both. `review()` resolves with the choices, or
 * undefined when the user cancels.
 */
@customElement('backup-import-dialog')
export class BackupImportDialog extends LitElement {
  static override styles = [
    sharedStyles,
    dialogStyles,
    wideDialogStyles,
    css`
      td fieldset {
        border: none;
        padding: 0;
      }
      .version {
        font-size: 0.92em;
      }
    `,
  ];

  @state() private fileName = '';
  @state() private plan: ImportPlan = { fresh: [], conflicts: [], unchanged: 0 };
  @state() private choices = new Map<string, ConflictChoice>();
  @state() private error = '';
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly locale = new LocaleController(this);
  private resolve?: (choices: Map<string, ConflictChoice> | undefined) => void;

  /** Opens the dialog for a checked file and its import plan. */
  async review(
    fileName: string,
    plan: ImportPlan,
  ): Promise<Map<string, ConflictChoice> | undefined> {
    this.fileName = fileName;
    this.plan = plan;
    this.choices = new Map();
    this.error = '';
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(choices: Map<string, ConflictChoice> | undefined): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    if (this.dialog.open) this.dialog.close();
    resolve?.(choices);
  }

  private choose(conflict: ImportConflict, choice: ConflictChoice): void {
    this.choices = new Map(this.choices).set(keyOf(conflict), choice);
    this.error = '';
  }

  private submit(e: Event): void {
    e.preventDefault();
    const missing = this.plan.conflicts.findIndex((c) => !this.choices.has(keyOf(c)));
    if (missing >= 0) {
      this.error = t('backup.chooseEach');
      this.renderRoot.querySelector<HTMLInputElement>(`input[name="choice-${missing}"]`)?.focus();
      return;
    }
    this.finish(this.choices);
  }

  override render() {
    const { fresh, conflicts, unchanged } = this.plan;
    return html`<dialog
      aria-labelledby="import-title"
      aria-describedby="import-summary"
      @close=${() => this.finish(undefined)}
    >
      <form @submit=${this.submit}>
        <h2 id="import-title" tabindex="-1">${t('backup.reviewHeading')}</h2>
        <p id="import-summary">
          ${t('backup.reviewSummary', {
            file: this.fileName,
            fresh: fresh.length,
            same: unchanged,
            conflicts: conflicts.length,
          })}
        </p>
        ${conflicts.length > 0 ? this.renderConflicts(conflicts) : nothing}
        <p class="error" role="alert">${this.error}</p>
        <div class="dialog-buttons">
          <button type="button" class="secondary" @click=${() => this.finish(undefined)}>
            ${t('backup.cancel')}
          </button>
          <button type="submit">${t('backup.confirm')}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderConflicts(conflicts: ImportConflict[]) {
    return html`<p>${t('backup.conflictsIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('backup.columnName')}</th>
            <th scope="col">${t('backup.columnMine')}</th>
            <th scope="col">${t('backup.columnTheirs')}</th>
            <th scope="col">${t('backup.columnChoice')}</th>
          </tr>
        </thead>
        <tbody>
          ${conflicts.map(
            (c, i) =>
              html`<tr>
                <th scope="row">${c.mine.name || c.theirs.name}</th>
                <td class="version">${describe(c, c.mine)}</td>
                <td class="version">${describe(c, c.theirs)}</td>
                <td>
                  <fieldset>
                    <legend class="visually-hidden">
                      ${t('backup.columnChoice')}: ${c.mine.name || c.theirs.name}
                    </legend>
                    ${CHOICES.map(
                      ([choice, label]) =>
                        html`<label class="choice"
                          ><input
                            type="radio"
                            name=${`choice-${i}`}
                            .checked=${this.choices.get(keyOf(c)) === choice}
                            @change=${() => this.choose(c, choice)}
                          />${t(label)}</label
                        >`,
                    )}
                  </fieldset>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

function describe(conflict: ImportConflict, version: ImportVersion): string {
  const updated = formatTimestamp(version.updatedAt);
  const line =
    conflict.kind === 'assessment'
      ? t('backup.versionAssessment', {
          date: formatDate(version.date),
          updated,
          revision: version.revision,
        })
      : t('backup.versionChecklist', { updated });
  return version.name !== conflict.mine.name ? `${version.name}: ${line}` : line;
}

declare global {
  interface HTMLElementTagNameMap {
    'backup-import-dialog': BackupImportDialog;
  }
}
