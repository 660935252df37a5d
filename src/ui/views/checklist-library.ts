import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { formatDate, getLocale, languageTag, t, type Locale } from '../../i18n';
import { BUILTIN_CHECKLISTS, type BuiltinChecklist } from '../../checklist/builtin';
import {
  blankChecklist,
  checklistFileName,
  customChecklistFrom,
  decodeChecklistFile,
} from '../../checklist/custom';
import { parseChecklist } from '../../checklist/parse';
import type { CustomChecklist } from '../../model/custom-checklist';
import {
  deleteCustomChecklist,
  listCustomChecklists,
  putCustomChecklist,
} from '../../storage/checklists';
import { appDb } from '../../storage/connection';
import '../controls/checklist-drop-zone';
import '../controls/confirm-dialog';
import type { ConfirmDialog } from '../controls/confirm-dialog';
import { MEDIA_TYPES, downloadFile } from '../files/download';
import { localDay } from '../../model/local-date';
import { LocaleController } from '../shell/locale-controller';
import { problemMessage } from '../messages/problem-message';
import { checklistEditorHref } from '../shell/route';
import { storageMessage } from '../messages/storage-message';
import { sharedStyles } from '../styles/shared';
import { tableHead } from '../controls/table-head';

interface Note {
  text: string;
  failed: boolean;
}

/**
 * The custom checklists: the list with their state, new ones from a built-in or a blank template,
 * and import of Markdown files by file picker or drag and drop.
 */
@customElement('checklist-library')
export class ChecklistLibrary extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      section {
        margin: 2rem 0;
      }
      .row-actions,
      .new-buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      .row-actions button,
      .row-actions .button {
        padding: 0.3em 0.8em;
        min-height: 40px;
      }
      .state-draft {
        color: var(--danger);
        font-weight: 600;
      }
      .notes p {
        margin: 0.3rem 0;
      }
    `,
  ];

  @state() private checklists: CustomChecklist[] = [];
  @state() private loaded = false;
  @state() private error = '';
  @state() private notes: Note[] = [];
  @state() private deleting?: CustomChecklist;

  @query('confirm-dialog') private deleteDialog!: ConfirmDialog;

  private readonly locale = new LocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.checklists = await listCustomChecklists(await appDb());
      this.error = '';
    } catch (error) {
      this.error = storageMessage(error);
    }
    this.loaded = true;
  }

  /** Stores a new checklist with this Markdown and opens it in the editor. */
  private async create(source: string, basedOn?: string): Promise<void> {
    const now = new Date().toISOString();
    const record = customChecklistFrom(
      source,
      { key: crypto.randomUUID(), basedOn, createdAt: now },
      now,
    );
    try {
      await putCustomChecklist(await appDb(), record);
      location.hash = checklistEditorHref(record.key);
    } catch (error) {
      this.error = storageMessage(error);
    }
  }

  private createBlank(): void {
    const language = getLocale();
    void this.create(
      blankChecklist(language, {
        id: t('template.id'),
        title: t('template.title'),
        heading: t('template.heading'),
        statement: t('template.statement'),
        explanation: t('template.explanation'),
        evidence: t('template.evidence'),
        question: t('template.question'),
      }),
    );
  }

  private async importFiles(e: HTMLElementEventMap['files-chosen']): Promise<void> {
    const notes: Note[] = [];
    for (const file of e.detail.files) {
      notes.push(await this.importFile(file));
      await this.load();
    }
    this.notes = notes;
  }

  private async importFile(file: File): Promise<Note> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return { text: t('import.unreadable', { file: file.name }), failed: true };
    }
    const decoded = decodeChecklistFile(file.name, bytes);
    if (!decoded.ok)
      return { text: t(`import.${decoded.problem}`, { file: file.name }), failed: true };
    // The same file twice would make two identical drafts: say where it already is instead.
    const same = this.checklists.find((c) => c.source === decoded.source);
    if (same) {
      return {
        text: t('import.duplicate', {
          file: file.name,
          title: same.title || t('checklists.untitled'),
        }),
        failed: false,
      };
    }
    const now = new Date().toISOString();
    const parsed = parseChecklist(decoded.source);
    const record = customChecklistFrom(
      decoded.source,
      { key: crypto.randomUUID(), createdAt: now },
      now,
      parsed,
    );
    try {
      await putCustomChecklist(await appDb(), record);
    } catch (error) {
      return { text: storageMessage(error), failed: true };
    }
    if (parsed.ok)
      return { text: t('import.done', { file: file.name, title: record.title }), failed: false };
    return {
      text: t('import.doneDraft', {
        file: file.name,
        count: parsed.errors.length,
        first: problemMessage(parsed.errors[0]!),
      }),
      failed: true,
    };
  }

  private download(c: CustomChecklist): void {
    const file = checklistFileName(c.checklistId, c.version);
    downloadFile(file, c.source, MEDIA_TYPES.markdown);
    this.notes = [{ text: t('checklists.downloaded', { file }), failed: false }];
  }

  private openDelete(c: CustomChecklist, opener: HTMLElement): void {
    this.deleting = c;
    void this.deleteDialog.open(opener);
  }

  private async confirmDelete(): Promise<void> {
    const target = this.deleting;
    if (!target) return;
    try {
      await deleteCustomChecklist(await appDb(), target.key);
      this.deleteDialog.close(false);
      await this.load();
      // The message and the shorter list appear together.
      this.notes = [
        { text: t('checklists.deleted', { title: this.titleOf(target) }), failed: false },
      ];
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.deleteDialog.close();
      this.error = storageMessage(error);
    }
  }

  private titleOf(c: CustomChecklist): string {
    return c.title || t('checklists.untitled');
  }

  override render() {
    return html`
      <p><a href="#/">${t('app.backToList')}</a></p>
      <h1 tabindex="-1">${t('checklists.heading')}</h1>
      <p>${t('checklists.intro')}</p>
      <div class="notes" role="status">
        ${this.notes.map((n) => html`<p class=${n.failed ? 'error' : ''}>${n.text}</p>`)}
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <section aria-labelledby="own-title">
        <h2 id="own-title">${t('checklists.own')}</h2>
        ${this.loaded ? this.renderTable() : html`<p>${t('app.loading')}</p>`}
      </section>
      <section aria-labelledby="new-title">
        <h2 id="new-title">${t('checklists.newHeading')}</h2>
        <div class="new-buttons">
          ${BUILTIN_CHECKLISTS.map((b) => this.renderNewFrom(b))}
          <button type="button" class="secondary" @click=${this.createBlank}>
            ${t('checklists.newBlank')}
          </button>
        </div>
      </section>
      <section aria-labelledby="import-title">
        <h2 id="import-title">${t('import.heading')}</h2>
        <p>${t('import.intro')}</p>
        <checklist-drop-zone
          .label=${t('import.choose')}
          .dropText=${t('import.drop')}
          @files-chosen=${this.importFiles}
        ></checklist-drop-zone>
      </section>
      ${this.renderDialog()}
    `;
  }

  private renderNewFrom(b: BuiltinChecklist) {
    const title = builtinTitle(b);
    const lang = (b.language as Locale) === getLocale() ? nothing : languageTag(b.language);
    return html`<button
      type="button"
      class="secondary"
      @click=${() => void this.create(b.source, b.key)}
    >
      <span>${t('checklists.newFrom')}</span>
      <span lang=${lang}>${title}</span>
    </button>`;
  }

  private renderTable() {
    if (this.checklists.length === 0) return html`<p class="card">${t('checklists.empty')}</p>`;
    return html`
      <table>
        ${tableHead(t('checklists.own'), [t('checklists.columnTitle'), t('checklists.columnVersion'), t('checklists.columnState'), t('checklists.columnUpdated'), t('checklists.columnActions')])}
        <tbody>
          ${this.checklists.map((c) => {
            const title = this.titleOf(c);
            return html`<tr>
              <td><a href=${checklistEditorHref(c.key)}>${title}</a></td>
              <td>${c.version || '–'}</td>
              <td class=${c.draft ? 'state-draft' : ''}>
                ${c.draft ? t('checklists.stateDraft') : t('checklists.stateReady')}
              </td>
              <td>${formatDate(localDay(c.updatedAt))}</td>
              <td>
                <div class="row-actions">
                  <a
                    class="button secondary"
                    href=${checklistEditorHref(c.key)}
                    aria-label=${`${t('checklists.edit')}: ${title}`}
                    >${t('checklists.edit')}</a
                  >
                  <button
                    type="button"
                    class="secondary"
                    aria-label=${`${t('checklists.download')}: ${title}`}
                    @click=${() => this.download(c)}
                  >
                    ${t('checklists.download')}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    aria-label=${`${t('checklists.delete')}: ${title}`}
                    @click=${(e: Event) => this.openDelete(c, e.currentTarget as HTMLElement)}
                  >
                    ${t('checklists.delete')}
                  </button>
                </div>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  }

  private renderDialog() {
    return html`<confirm-dialog
      .heading=${t('checklists.deleteHeading')}
      .body=${this.deleting ? t('checklists.deleteBody', { title: this.titleOf(this.deleting) }) : ''}
      .confirmLabel=${t('checklists.deleteConfirm')}
      @confirm=${this.confirmDelete}
    ></confirm-dialog>`;
  }
}

const titles = new Map<string, string>();
/** The title of a built-in checklist (parsed once). */
function builtinTitle(builtin: BuiltinChecklist): string {
  let title = titles.get(builtin.key);
  if (title === undefined) {
    const parsed = parseChecklist(builtin.source);
    title = parsed.ok ? parsed.checklist.title : builtin.key;
    titles.set(builtin.key, title);
  }
  return title;
}

declare global {
  interface HTMLElementTagNameMap {
    'checklist-library': ChecklistLibrary;
  }
}
