import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { formatDate, loadMessages, t } from '../../i18n';
import type { Assessment } from '../../model/assessment';
import { revise } from '../../model/assessment-ops';
import type { ChecklistSnapshot } from '../../model/checklist';
import { scoreAssessment } from '../../model/scoring';
import { getSnapshots, listRecentAssessments, saveAssessment } from '../../storage/assessments';
import { appDb, existingAppDb } from '../../storage/connection';
import type { AppDB } from '../../storage/db';
import { countTrash, restoreAssessment, trashAssessment, trashCutoff } from '../../storage/trash';
import '../controls/undo-notice';
import type { UndoNotice } from '../controls/undo-notice';
import { DataChannel } from '../state/data-channel';
import { scoreBadge } from '../controls/score-badge';
import { storageMessage } from '../messages/storage-message';
import { whenIdle } from '../shell/idle';
import { startUpDb } from '../shell/open-database';
import { LocaleController } from '../shell/locale-controller';
import { assessmentHref } from '../shell/route';
import { dialogStyles } from '../styles/dialog';
import { sharedStyles } from '../styles/shared';
import { tableHead } from '../controls/table-head';

/** Rows shown at first and added by each "show more": a long list stays quick to open. */
export const LIST_PAGE_SIZE = 50;
/** The lower panels of the start page: backups, demo data, storage usage. */
const PANELS = 3;

interface Row {
  assessment: Assessment;
  rated: number;
  total: number;
  overall: number | null;
}

/**
 * The start page: every stored assessment with its progress and score, and the ways to open,
 * rename, delete or start one.
 */
@customElement('assessment-list')
export class AssessmentList extends LitElement {
  static override styles = [
    sharedStyles,
    dialogStyles,
    css`
      .top {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: 1rem;
      }
      h1 {
        margin: 0;
      }
      .top-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .row-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      .row-actions button,
      .row-actions .button {
        padding: 0.3em 0.8em;
        min-height: 40px;
      }
      .field input {
        width: 100%;
      }
      .more {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: center;
        margin-top: 1rem;
      }
      .more p {
        margin: 0;
      }
      td.org a {
        font-weight: 600;
      }
      .demo-badge {
        border: 1px solid currentColor;
        border-radius: 4px;
        padding: 0 0.4em;
        margin-left: 0.4em;
        font-size: 0.85rem;
      }
      @media (max-width: 700px) {
        thead {
          display: none;
        }
        tr,
        td {
          display: block;
        }
        tr {
          border-bottom: 2px solid var(--color-border);
          padding: 0.5rem 0;
        }
        td {
          border: none;
          padding: 0.2em 0;
        }
      }
    `,
  ];

  @state() private rows: Row[] = [];
  /** How many rows to show, and how many assessments there are. */
  @state() private limit = LIST_PAGE_SIZE;
  @state() private total = 0;
  @state() private loaded = false;
  @state() private error = '';
  @state() private status = '';
  @state() private renaming?: Assessment;
  @state() private renameError = '';
  /** The assessment just moved to the trash, while its undo is on offer. */
  @state() private deleted?: Assessment;
  @state() private trashCount = 0;
  /** How many loads were started: a load that is not the newest drops what it read. */
  private loads = 0;
  /** The panels below the list (backups, demo data, storage) and their strings are loaded. */
  /** How many of the lower panels are shown: they come one at a time, in idle time. */
  @state() private panelsShown = 0;

  @query('#rename-dialog') private renameDialog!: HTMLDialogElement;
  @query('#rename-input') private renameInput!: HTMLInputElement;
  @query('undo-notice') private undoNotice!: UndoNotice;

  private readonly locale = new LocaleController(this);
  /** The button that opened a dialog, to give focus back when it closes. */
  private opener?: HTMLElement;
  private marked = false;
  /** The first read found no database (a first visit). */
  private sawNoDatabase = false;

  /** Other tabs' changes show here without a reload. */
  private channel?: DataChannel;

  override connectedCallback(): void {
    super.connectedCallback();
    this.channel = new DataChannel(() => void this.load());
    void this.load();
  }

  override disconnectedCallback(): void {
    this.channel?.close();
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    // Read by the benchmark (bench/BUDGETS.md): from here to 'app:list-rendered' is the time to list.
    if (!this.marked) performance.mark('app:list-load');
    // Loads overlap (a change announced by another tab or view while this one reads): only the
    // last one started may show what it read, or an older read lands over a newer one.
    const seq = ++this.loads;
    try {
      // On a first visit there is no database yet, so nothing stored: the empty list shows at
      // once, without waiting for the database to be created. The first read takes what was found
      // at start-up (asked while the modules evaluated).
      const db = await (this.marked ? existingAppDb() : startUpDb());
      if (!this.marked && !db) this.sawNoDatabase = true;
      const { assessments, total, snapshots, trashCount } = db
        ? await readStartPage(db, this.limit)
        : NOTHING_STORED;
      if (seq !== this.loads) return;
      this.total = total;
      this.rows = assessments.map((a) => toRow(a, snapshots.get(a.checklist.hash)));
      this.trashCount = trashCount;
      this.error = '';
      void this.renderRoot.querySelector('storage-usage')?.refresh();
    } catch (error) {
      if (seq !== this.loads) return;
      this.error = storageMessage(error);
    }
    this.loaded = true;
  }

  protected override updated(): void {
    if (this.loaded && !this.marked) {
      // Read by the benchmark: the list is on screen with its data and ready for input.
      this.marked = true;
      performance.mark('app:list-rendered');
      performance.mark('app:interactive');
      void this.loadPanels();
      if (this.sawNoDatabase) void this.recheckDatabase();
    }
  }

  /**
   * The first read found no database, as of start-up, before this view listened to other tabs:
   * one that wrote meanwhile would not be shown, so the view reads again if a database has appeared.
   */
  private async recheckDatabase(): Promise<void> {
    try {
      if (await existingAppDb()) await this.load();
    } catch {
      // The next read says what failed.
    }
  }

  /**
   * The panels below the list load once it is on screen, so they stay out of the start-up bundle
   * and its first render: in idle time, and rendered one per idle period, so that none of it makes
   * a long task; they follow a moment later, before a user reaches them.
   */
  private async loadPanels(): Promise<void> {
    try {
      await whenIdle();
      await Promise.all([
        import('../controls/backup-panel'),
        import('../controls/demo-data-panel'),
        import('../controls/storage-usage'),
        loadMessages('views'),
      ]);
      for (let shown = 1; shown <= PANELS; shown++) {
        await whenIdle();
        this.panelsShown = shown;
        await this.updateComplete;
      }
    } catch (error) {
      this.error = t('app.loadFailed', {
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private async showMore(): Promise<void> {
    const first = this.rows.length;
    this.limit += LIST_PAGE_SIZE;
    await this.load();
    await this.updateComplete;
    // The button may be gone now; focus moves to the first of the rows just shown.
    this.renderRoot.querySelectorAll<HTMLElement>('td.org a')[first]?.focus();
  }

  private openRename(assessment: Assessment, opener: HTMLElement): void {
    this.opener = opener;
    this.renaming = assessment;
    this.renameError = '';
    this.renameDialog.showModal();
    this.renameInput.value = assessment.organisation;
    this.renameInput.select();
  }

  private async submitRename(e: Event): Promise<void> {
    e.preventDefault();
    const target = this.renaming;
    const name = this.renameInput.value.trim();
    if (!target) return;
    if (name === '') {
      this.renameError = t('create.organisationRequired');
      this.renameInput.focus();
      return;
    }
    try {
      const db = await appDb();
      const renamed = revise(target, { organisation: name }, new Date().toISOString());
      await saveAssessment(db, renamed);
      this.channel?.post({ type: 'saved', assessmentId: renamed.id, revision: renamed.revision });
      this.closeDialog(this.renameDialog);
      await this.load();
    } catch (error) {
      this.renameError = storageMessage(error);
    }
  }

  /** Moves the assessment to the trash at once; the notice that follows offers to undo it. */
  private async deleteNow(target: Assessment): Promise<void> {
    try {
      const db = await appDb();
      await trashAssessment(db, target.id, new Date().toISOString());
      this.channel?.post({ type: 'trashed', assessmentId: target.id });
      await this.load();
      this.deleted = target;
      this.status = t('delete.done', { name: target.organisation });
      // The row with the focused button is gone: focus goes to the undo.
      await this.updateComplete;
      await this.undoNotice.focusUndo();
    } catch (error) {
      this.error = storageMessage(error);
    }
  }

  private async undoDelete(): Promise<void> {
    const target = this.deleted;
    if (!target) return;
    try {
      await restoreAssessment(await appDb(), target.id);
      this.channel?.post({ type: 'restored', assessmentId: target.id });
      await this.load();
      this.deleted = undefined;
      this.status = t('trash.restored', { name: target.organisation });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`a[href="${assessmentHref(target.id)}"]`)?.focus();
    } catch (error) {
      this.error = storageMessage(error);
    }
  }

  private dismissNotice(): void {
    this.deleted = undefined;
    this.status = '';
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private closeDialog(dialog: HTMLDialogElement): void {
    dialog.close();
  }

  private onDialogClose(): void {
    this.renaming = undefined;
    this.opener?.focus();
    this.opener = undefined;
  }

  override render() {
    return html`
      <div class="top">
        <h1 tabindex="-1">${t('list.heading')}</h1>
        <div class="top-actions">
          <a class="button secondary" href="#/region">${t('region.link')}</a>
          <a class="button secondary" href="#/checklists">${t('checklists.link')}</a>
          <a class="button secondary" href="#/trash"
            >${this.trashCount > 0 ? t('trash.linkCount', { count: this.trashCount }) : t('trash.link')}</a
          >
          <a class="button" href="#/new">${t('list.new')}</a>
        </div>
      </div>
      <p>${t('list.intro')}</p>
      <undo-notice
        .message=${this.status}
        .undoLabel=${this.deleted ? t('trash.undoLabel', { name: this.deleted.organisation }) : ''}
        @undo=${this.undoDelete}
        @dismiss=${this.dismissNotice}
      ></undo-notice>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.loaded ? this.renderTable() : html`<p>${t('app.loading')}</p>`}
      ${
        this.panelsShown >= 1
          ? html`<backup-panel @data-changed=${() => void this.load()}></backup-panel>`
          : nothing
      }
      ${
        this.panelsShown >= 2
          ? html`<demo-data-panel @data-changed=${() => void this.load()}></demo-data-panel>`
          : nothing
      }
      ${this.panelsShown >= 3 ? html`<storage-usage></storage-usage>` : nothing}
      ${
        // Only with a row to rename (or while renaming): a first visit's list has no dialog to make.
        this.rows.length > 0 || this.renaming ? this.renderDialogs() : nothing
      }
    `;
  }

  private renderTable() {
    if (this.rows.length === 0) {
      return this.error ? nothing : html`<p class="card">${t('list.empty')}</p>`;
    }
    return html`
      <table>
        ${tableHead(t('list.heading'), [t('list.columnOrganisation'), t('list.columnDate'), t('list.columnProgress'), t('list.columnScore'), t('list.columnActions')])}
        <tbody>
          ${this.rows.map(
            ({ assessment: a, rated, total, overall }) => html`
              <tr>
                <td class="org">
                  <a href=${assessmentHref(a.id)}>${a.organisation}</a>
                  <div class="hint">
                    ${t(`orgType.${a.organisationType}`)}
                    ${a.demo ? html`<span class="demo-badge">${t('demo.badge')}</span>` : nothing}
                  </div>
                </td>
                <td>${formatDate(a.date)}</td>
                <td>${t('list.progress', { rated, total })}</td>
                <td>${scoreBadge(overall)}</td>
                <td>
                  <div class="row-actions">
                    <button
                      class="secondary"
                      aria-label=${`${t('list.rename')}: ${a.organisation}`}
                      @click=${(e: Event) => this.openRename(a, e.currentTarget as HTMLElement)}
                    >
                      ${t('list.rename')}
                    </button>
                    <button
                      class="secondary"
                      aria-label=${`${t('list.delete')}: ${a.organisation}`}
                      @click=${() => void this.deleteNow(a)}
                    >
                      ${t('list.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            `,
          )}
        </tbody>
      </table>
      ${
        this.total > this.rows.length
          ? html`<div class="more">
              <p>${t('list.showing', { shown: this.rows.length, total: this.total })}</p>
              <button type="button" class="secondary" @click=${this.showMore}>
                ${t('list.showMore')}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  private renderDialogs() {
    return html`
      <dialog id="rename-dialog" aria-labelledby="rename-title" @close=${this.onDialogClose}>
        <form @submit=${this.submitRename}>
          <h2 id="rename-title">${t('rename.heading')}</h2>
          <div class="field">
            <label for="rename-input">${t('rename.label')}</label>
            <input
              id="rename-input"
              type="text"
              autocomplete="organization"
              aria-describedby="rename-error"
              aria-invalid=${this.renameError ? 'true' : 'false'}
            />
            <p id="rename-error" class="error">${this.renameError}</p>
          </div>
          <div class="dialog-buttons">
            <button type="button" class="secondary" @click=${() => this.renameDialog.close()}>
              ${t('create.cancel')}
            </button>
            <button type="submit">${t('rename.submit')}</button>
          </div>
        </form>
      </dialog>
    `;
  }
}

/** What the start page shows of the stored data. */
interface StartPageData {
  assessments: Assessment[];
  total: number;
  snapshots: Map<string, ChecklistSnapshot>;
  trashCount: number;
}

const NOTHING_STORED: StartPageData = {
  assessments: [],
  total: 0,
  snapshots: new Map(),
  trashCount: 0,
};

/** The `limit` most recently changed assessments, their checklists, and how many are in the trash. */
async function readStartPage(db: AppDB, limit: number): Promise<StartPageData> {
  const { assessments, total } = await listRecentAssessments(db, limit);
  const snapshots = await getSnapshots(
    db,
    assessments.map((a) => a.checklist.hash),
  );
  // The shell purges old trash in idle time after start-up: what it will purge is not counted.
  const trashCount = await countTrash(db, trashCutoff(new Date()));
  return { assessments, total, snapshots, trashCount };
}

function toRow(assessment: Assessment, snapshot: ChecklistSnapshot | undefined): Row {
  if (!snapshot) return { assessment, rated: 0, total: 0, overall: null };
  const score = scoreAssessment(snapshot.checklist, assessment.answers);
  return {
    assessment,
    rated: score.rated + score.dontKnow,
    total: score.total,
    overall: score.overall,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'assessment-list': AssessmentList;
  }
}
