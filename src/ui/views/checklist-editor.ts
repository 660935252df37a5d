import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { t } from '../../i18n';
import { checklistFileName } from '../../checklist/custom';
import { parseChecklist, type ParseResult } from '../../checklist/parse';
import { hashSource } from '../../checklist/snapshot';
import type { ChecklistRef } from '../../model/assessment';
import type { Checklist } from '../../model/checklist';
import { listAssessments } from '../../storage/assessments';
import { appDb } from '../../storage/connection';
import '../controls/checklist-preview';
import '../controls/checklist-problems';
import '../controls/markdown-source';
import type { MarkdownSource } from '../controls/markdown-source';
import { CustomChecklistStore } from '../state/custom-checklist-store';
import { MEDIA_TYPES, downloadFile } from '../files/download';
import { LocaleController } from '../shell/locale-controller';
import { ViewSubjectController } from '../shell/view-subject';
import { CHECKLISTS_HREF } from '../shell/route';
import { sharedStyles } from '../styles/shared';

/** How long typing may pause before the preview and the problems follow. */
const PREVIEW_DELAY_MS = 150;

/**
 * The checklist editor: the Markdown with line numbers, the errors and warnings that lead to their line,
 * and a live preview. Every change is saved automatically; a version with errors is kept as a draft.
 */
@customElement('checklist-editor')
export class ChecklistEditor extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h1 {
        margin: 0 0 0.25rem;
      }
      .meta {
        color: var(--muted);
        margin: 0;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: center;
        margin: 1rem 0;
      }
      .save {
        font-weight: 600;
        min-height: 1.5em;
        margin: 0;
      }
      .save.failed {
        color: var(--danger);
      }
      .state {
        border-left: 6px solid var(--color-success);
        background: var(--color-success-bg);
        padding: 0.5rem 0.75rem;
        margin: 0;
      }
      .state.draft {
        border-color: var(--color-danger);
        background: var(--color-danger-bg);
      }
      .columns {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 1.5rem;
        align-items: start;
      }
      @media (max-width: 900px) {
        .columns {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      h2 {
        font-size: 1.2rem;
        margin: 0 0 0.5rem;
      }
      .side > section {
        margin-bottom: 1.5rem;
      }
      .preview {
        max-height: 75vh;
        overflow: auto;
      }
    `,
  ];

  @property() checklistKey = '';

  /** The text as typed; the text area owns it while editing. */
  private source = '';
  /** The text the editor was opened with. */
  @state() private loadedSource = '';
  @state() private parsed?: ParseResult;
  /** The last version without errors, so the preview stays useful while a line is half typed. */
  @state() private lastGood?: Checklist;
  @state() private message = '';
  /** How many assessments use this id and version with other content; 0 when none. */
  @state() private clashes = 0;

  @query('markdown-source') private editor!: MarkdownSource;

  private readonly locale = new LocaleController(this);
  private readonly store = new CustomChecklistStore(this);
  private readonly subject = new ViewSubjectController(this, () =>
    this.store.record ? this.store.record.title || t('checklists.untitled') : undefined,
  );
  private parseTimer: ReturnType<typeof setTimeout> | undefined;
  /** The checklist refs of the stored assessments, to warn when an edit keeps a version in use. */
  private used: ChecklistRef[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('checklistKey')) void this.open(this.checklistKey);
  }

  override disconnectedCallback(): void {
    clearTimeout(this.parseTimer);
    super.disconnectedCallback();
  }

  private async open(key: string): Promise<void> {
    await this.store.load(key);
    const record = this.store.record;
    if (!record) return;
    try {
      this.used = (await listAssessments(await appDb())).map((a) => a.checklist);
    } catch {
      // Only the warning about a version in use depends on it.
      this.used = [];
    }
    this.source = record.source;
    this.loadedSource = record.source;
    this.parsed = undefined;
    this.lastGood = undefined;
    this.reparse();
  }

  private onInput(e: HTMLElementEventMap['source-input']): void {
    this.source = e.detail.value;
    this.store.setSource(this.source);
    clearTimeout(this.parseTimer);
    this.parseTimer = setTimeout(() => this.reparse(), PREVIEW_DELAY_MS);
  }

  /** Parses the current text for the preview and the list of problems. */
  private reparse(): void {
    const source = this.source;
    const parsed = parseChecklist(source);
    this.parsed = parsed;
    if (parsed.ok) this.lastGood = parsed.checklist;
    void this.checkVersion(source, parsed);
  }

  private async checkVersion(source: string, parsed: ParseResult): Promise<void> {
    if (!parsed.ok) return;
    const { id, version } = parsed.checklist;
    const same = this.used.filter((r) => r.id === id && r.version === version);
    const hash = same.length > 0 ? await hashSource(source) : '';
    if (source === this.source) this.clashes = same.filter((r) => r.hash !== hash).length;
  }

  private goTo(e: HTMLElementEventMap['problem-select']): void {
    this.editor.goTo(e.detail.line, e.detail.column);
  }

  private async download(): Promise<void> {
    await this.store.flush();
    const record = this.store.record;
    if (!record) return;
    const file = checklistFileName(record.checklistId, record.version);
    downloadFile(file, this.source, MEDIA_TYPES.markdown);
    this.message = t('checklists.downloaded', { file });
  }

  override render() {
    const { record, loadError } = this.store;
    if (loadError) {
      return html`<h1 tabindex="-1">${t('editor.heading')}</h1>
        <p class="error" role="alert">${loadError}</p>
        <p><a href=${CHECKLISTS_HREF}>${t('editor.back')}</a></p>`;
    }
    if (!record || !this.parsed) return html`<p>${t('app.loading')}</p>`;
    const parsed = this.parsed;
    const errors = parsed.ok ? [] : parsed.errors;
    const draft = !parsed.ok;
    return html`
      <p><a href=${CHECKLISTS_HREF}>${t('editor.back')}</a></p>
      <h1 tabindex="-1">${t('editor.heading')}</h1>
      <p class="meta">
        ${t('editor.about', {
          title: record.title || t('checklists.untitled'),
          id: record.checklistId || '–',
          version: record.version || '–',
        })}
      </p>
      <div class="bar">
        <p class="state ${draft ? 'draft' : ''}" role="status">
          ${draft ? t('editor.draftNotice') : t('editor.readyNotice')}
        </p>
        <button type="button" class="secondary" @click=${this.download}>
          ${t('editor.download')}
        </button>
        <p class="save ${this.store.saveState}" role="status">${this.store.saveText}</p>
        <p class="hint" role="status">${this.message}</p>
      </div>
      ${
        this.clashes > 0 && !draft
          ? html`<p class="state draft" role="status">
              ${t('editor.versionInUse', { version: this.lastGood?.version ?? '', count: this.clashes })}
            </p>`
          : nothing
      }
      <div class="columns">
        ${keyed(
          record.key,
          // A fresh text area per checklist, so one checklist's unsent edits never land in another.
          html`<markdown-source
            .value=${this.loadedSource}
            .label=${t('editor.source')}
            .hint=${`${t('editor.sourceHint')} ${t('editor.versionHint')}`}
            @source-input=${this.onInput}
          ></markdown-source>`,
        )}
        <div class="side">
          <section aria-labelledby="problems-title">
            <h2 id="problems-title">${t('editor.problems')}</h2>
            <checklist-problems
              .errors=${errors}
              .warnings=${parsed.warnings}
              @problem-select=${this.goTo}
            ></checklist-problems>
          </section>
          <section>
            <h2 id="preview-title">${t('editor.preview')}</h2>
            ${
              draft
                ? html`<p class="hint">
                    ${this.lastGood ? t('editor.previewStale') : t('editor.previewNone')}
                  </p>`
                : nothing
            }
            <div class="preview" role="region" tabindex="0" aria-labelledby="preview-title">
              <checklist-preview .checklist=${this.lastGood}></checklist-preview>
            </div>
          </section>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'checklist-editor': ChecklistEditor;
  }
}
