import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { t } from '../../i18n';
import type { BackupProblem } from '../../model/backup';
import { listAssessments } from '../../storage/assessments';
import type { ImportResult } from '../../storage/backup';
import { appDb } from '../../storage/connection';
import { backupProblemMessage } from '../messages/backup-problems';
import { LocaleController } from '../shell/locale-controller';
import { storageMessage } from '../messages/storage-message';
import { sharedStyles } from '../styles/shared';
import type { BackupExportDialog } from './backup-export-dialog';
import type { BackupImportDialog } from './backup-import-dialog';

/** Problems listed at most; the rest are counted. */
const SHOWN_PROBLEMS = 20;

/**
 * Export and import on the start page: a full backup, chosen assessments, and importing a file by
 * the file picker or by dropping it here. Reading files loads zod, so that part and the dialogs
 * load on demand.
 *
 * @fires data-changed - after an import wrote something, so the list reloads.
 */
@customElement('backup-panel')
export class BackupPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      section {
        margin-top: 2.5rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .drop {
        margin-top: 0.75rem;
        padding: 1.25rem;
        border: 2px dashed var(--border);
        border-radius: 10px;
        text-align: center;
        color: var(--muted);
      }
      .drop.active {
        border-color: var(--accent);
        background: var(--color-accent-bg);
        color: var(--text);
      }
      .problems li {
        margin: 0.3em 0;
      }
      .problems code {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @state() private busy = false;
  @state() private status = '';
  @state() private problems: BackupProblem[] = [];
  @state() private problemFile = '';
  @state() private dragging = false;

  @query('#backup-file') private fileInput!: HTMLInputElement;
  @query('backup-export-dialog') private exportDialog!: BackupExportDialog;
  @query('backup-import-dialog') private importDialog!: BackupImportDialog;

  private readonly locale = new LocaleController(this);

  private async exportAll(): Promise<void> {
    await this.run(async () => {
      const { downloadFullBackup } = await import('../state/backup-actions');
      const { fileName, count } = await downloadFullBackup();
      return exportedMessage(fileName, count);
    }, 'backup.exportFailed');
  }

  private async exportSelected(e: Event): Promise<void> {
    const opener = e.currentTarget as HTMLElement;
    await this.run(async () => {
      const assessments = await listAssessments(await appDb());
      if (assessments.length === 0) return t('backup.nothingToExport');
      await import('./backup-export-dialog');
      const ids = await this.exportDialog.choose(assessments);
      if (!ids) return '';
      const { downloadAssessments } = await import('../state/backup-actions');
      const { fileName, count } = await downloadAssessments(ids);
      return exportedMessage(fileName, count);
    }, 'backup.exportFailed');
    // After `run`: the dialog took focus; give it back to the button that opened it.
    await this.updateComplete;
    opener.focus();
  }

  private onFileChosen(): void {
    const file = this.fileInput.files?.[0];
    if (file) void this.importFile(file, this.renderRoot.querySelector('#import-button'));
    this.fileInput.value = '';
  }

  private onDragOver(e: DragEvent): void {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging = false;
    const files = e.dataTransfer?.files;
    if (!files || files.length === 0) return;
    if (files.length > 1) {
      this.status = t('backup.oneFile');
      return;
    }
    void this.importFile(files[0]!, this.renderRoot.querySelector('#import-button'));
  }

  /** Reads, checks and (after the user's review) imports one file. */
  async importFile(file: File, returnFocus?: HTMLElement | null): Promise<void> {
    this.problems = [];
    this.problemFile = '';
    await this.run(async () => {
      this.status = t('backup.reading', { file: file.name });
      const [actions] = await Promise.all([
        import('../state/backup-actions'),
        import('./backup-import-dialog'),
      ]);
      let read: Awaited<ReturnType<typeof actions.readImportFile>>;
      try {
        read = await actions.readImportFile(file);
      } catch (error) {
        if (error instanceof DOMException) {
          return t('backup.readFailed', { file: file.name, reason: error.message });
        }
        throw error;
      }
      if (!read.ok) {
        this.problems = read.problems;
        this.problemFile = file.name;
        return '';
      }
      const choices = await this.importDialog.review(file.name, read.plan);
      if (!choices) return t('backup.importCancelled');
      const result = await actions.importBackupFile(read.file, choices);
      this.dispatchEvent(new Event('data-changed', { bubbles: true, composed: true }));
      return resultMessage(result);
    }, 'backup.importFailed');
    await this.updateComplete;
    returnFocus?.focus();
  }

  private async run(
    work: () => Promise<string>,
    failure: 'backup.exportFailed' | 'backup.importFailed',
  ): Promise<void> {
    // The buttons stay focusable while busy (aria-disabled), so focus never drops to the page.
    if (this.busy) return;
    this.busy = true;
    try {
      this.status = await work();
    } catch (error) {
      this.status = t(failure, { reason: storageMessage(error) });
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<section aria-labelledby="backup-title">
      <h2 id="backup-title">${t('backup.heading')}</h2>
      <p>${t('backup.intro')}</p>
      <div class="buttons">
        <button
          type="button"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.exportAll}
        >
          ${t('backup.exportAll')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.exportSelected}
        >
          ${t('backup.exportSelected')}
        </button>
        <button
          id="import-button"
          type="button"
          class="secondary"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => {
            if (!this.busy) this.fileInput.click();
          }}
        >
          ${t('backup.import')}
        </button>
        <input
          id="backup-file"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          tabindex="-1"
          aria-label=${t('backup.fileInput')}
          @change=${this.onFileChosen}
        />
      </div>
      <div
        class="drop ${this.dragging ? 'active' : ''}"
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        ${this.dragging ? t('backup.dropActive') : t('backup.dropZone')}
      </div>
      <p role="status">${this.status}</p>
      ${this.renderProblems()}
      <backup-export-dialog></backup-export-dialog>
      <backup-import-dialog></backup-import-dialog>
    </section>`;
  }

  private renderProblems() {
    if (this.problems.length === 0) return nothing;
    const shown = this.problems.slice(0, SHOWN_PROBLEMS);
    const more = this.problems.length - shown.length;
    return html`<div class="problems card" role="alert">
      <p class="error">
        ${t('backup.invalid', { file: this.problemFile, count: this.problems.length })}
      </p>
      <ul>
        ${shown.map((p) => html`<li>${backupProblemMessage(p)}</li>`)}
      </ul>
      ${more > 0 ? html`<p>${t('backup.moreProblems', { count: more })}</p>` : nothing}
    </div>`;
  }
}

function exportedMessage(file: string, count: number): string {
  return t('backup.exported', { file, count });
}

function resultMessage(result: ImportResult): string {
  const count = result.added + result.replaced + result.copied;
  return `${t('backup.imported', { count })} ${t('backup.importedDetails', { ...result })}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'backup-panel': BackupPanel;
  }
  interface HTMLElementEventMap {
    'data-changed': Event;
  }
}
