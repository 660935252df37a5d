import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { t } from '../../i18n';
import { customChecklistFrom } from '../../checklist/custom';
import type { CustomChecklist } from '../../model/custom-checklist';
import { getCustomChecklist, putCustomChecklist } from '../../storage/checklists';
import { appDb, connectionState, flushBeforeReplaced } from '../../storage/connection';
import { pendingChecklistEdit } from '../../storage/pending';
import { SAVE_DELAY_MS, type SaveState } from './assessment-store';
import { settlePendingEdits, writeEditOnLeave } from './pending-edits';
import { storageMessage } from '../messages/storage-message';

/**
 * Loads one custom checklist for the editor and saves every change to it automatically, like
 * assessments: shortly after typing stops, when the page is hidden and when the editor goes away.
 * A version with errors is saved too, as a draft, so nothing typed is lost. As the page goes away,
 * the text is written at once to the pending store (see AssessmentStore.writeOnLeave), and merged
 * into the checklist when it is next opened.
 */
export class CustomChecklistStore implements ReactiveController {
  record?: CustomChecklist;
  loadError = '';
  saveState: SaveState = 'idle';
  saveError = '';

  private key = '';
  /** Markdown typed but not yet written. */
  private pending?: string;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private stopFlushHook?: () => void;

  private readonly onPageHide = () => this.writeOnLeave();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.stopFlushHook ??= flushBeforeReplaced(() => this.flush());
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.flush().finally(() => {
      this.stopFlushHook?.();
      this.stopFlushHook = undefined;
    });
  }

  /** Loads the checklist with this record key (after writing what is pending for the previous one). */
  async load(key: string): Promise<void> {
    await this.flush();
    this.key = key;
    this.record = undefined;
    this.loadError = '';
    this.host.requestUpdate();
    try {
      const db = await appDb();
      await settlePendingEdits().catch(() => undefined);
      const record = await getCustomChecklist(db, key);
      if (key !== this.key) return;
      if (record) this.record = record;
      else this.loadError = t('editor.notFound');
    } catch (error) {
      this.loadError = storageMessage(error);
    }
    this.host.requestUpdate();
  }

  /** Takes new Markdown and schedules the save. */
  setSource(source: string): void {
    if (!this.record) return;
    this.pending = source;
    this.saveState = 'saving';
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Writes pending changes now. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    // A failed write must never stop the queue: the next change is written all the same.
    this.saving = this.saving.catch(() => undefined).then(() => this.writePending());
    return this.saving;
  }

  /** The save state as a sentence for a status line. */
  get saveText(): string {
    if (this.saveState === 'saving') return t('save.saving');
    if (this.saveState === 'saved') return t('save.saved');
    if (this.saveState === 'failed') return this.saveError;
    return '';
  }

  /** The page is going away: the pending text goes to the pending store at once, on its own. */
  private writeOnLeave(): void {
    clearTimeout(this.timer);
    const current = this.record;
    const pending = this.pending;
    if (!current || pending === undefined || connectionState() === 'replaced') return;
    const now = new Date().toISOString();
    const edit = pendingChecklistEdit(customChecklistFrom(pending, current, now), now);
    // Written in this task: no later one may run (see writeEditOnLeave).
    const written = writeEditOnLeave(edit);
    // If the page lives on (back-forward cache), the edit is merged and the record read again.
    this.saving = this.saving.then(() =>
      written.then(
        async () => {
          await settlePendingEdits();
          const record = await getCustomChecklist(await appDb(), current.key);
          if (record && this.record?.key === record.key) this.record = record;
          if (this.pending === pending) {
            this.pending = undefined;
            this.saveState = 'saved';
          }
          this.host.requestUpdate();
        },
        (error: unknown) => {
          this.saveState = 'failed';
          this.saveError = storageMessage(error);
          this.host.requestUpdate();
        },
      ),
    );
  }

  private async writePending(): Promise<void> {
    const current = this.record;
    const pending = this.pending;
    if (!current || pending === undefined) return;
    this.pending = undefined;
    try {
      // Inside the try: reading the Markdown can fail too, and that failure is shown like any other.
      const next = customChecklistFrom(pending, current, new Date().toISOString());
      await putCustomChecklist(await appDb(), next);
      if (this.record?.key === next.key) this.record = next;
      if (this.pending === undefined) this.saveState = 'saved';
    } catch (error) {
      this.pending ??= pending;
      this.saveState = 'failed';
      this.saveError = storageMessage(error);
    }
    this.host.requestUpdate();
  }
}
