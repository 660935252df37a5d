import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { t } from '../../i18n';
import type { Answer, Assessment } from '../../model/assessment';
import type { ChecklistSnapshot } from '../../model/checklist';
import { mergeAssessment, mergeWithConflicts, type NotesConflict } from '../../model/merge';
import { getAssessment, getSnapshot, saveAssessment } from '../../storage/assessments';
import { appDb, connectionState, flushBeforeReplaced } from '../../storage/connection';
import { StorageError } from '../../storage/errors';
import { pendingAssessmentEdit } from '../../storage/pending';
import { DataChannel, type DataMessage } from './data-channel';
import { settlePendingEdits, whenPendingWritten, writeEditOnLeave } from './pending-edits';
import { storageMessage } from '../messages/storage-message';

/** The budget: a change is in storage within this long after typing pauses. */
export const SAVE_BUDGET_MS = 300;

/** How long typing may pause before the write starts; the rest of the budget is for the write. */
export const SAVE_DELAY_MS = 250;

/** How often a save refused as stale is merged and tried again before it counts as failed. */
const MAX_ATTEMPTS = 5;

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Changes not yet in storage, by assessment id, kept for as long as the page lives: a view that goes
 * away (the user moved elsewhere in the app after a failed save) leaves them here, and the next view
 * of the same assessment lays them over what it reads and saves them.
 */
const unsaved = new Map<string, { base: Assessment; working: Assessment }>();

/**
 * Loads one assessment for a view and saves every change to it automatically:
 * shortly after the user stops typing, when the page is hidden, and when the view goes away.
 *
 * Other tabs may edit the same assessment. Every save is announced on the data channel; a tab that
 * hears of a newer revision reads it and lays its own unsaved changes over it (mergeAssessment), and
 * a save refused as stale does the same and tries again. So no tab overwrites a newer change with
 * an older one, and the edits of both survive.
 */
export class AssessmentStore implements ReactiveController {
  /** The working copy the view shows and edits. */
  assessment?: Assessment;
  snapshot?: ChecklistSnapshot;
  loadError = '';
  saveState: SaveState = 'idle';
  saveError = '';
  /** When the last save of this tab's changes was written. */
  savedAt?: Date;
  /** Notes another tab changed at the same time as this one: this tab's text stays, theirs is offered. */
  conflicts: NotesConflict[] = [];

  private id = '';
  /** The record as last read from or written to storage: what the working copy's changes are against. */
  private base?: Assessment;
  /** Edits made, and how many of them storage is known to hold. */
  private edits = 0;
  private savedEdits = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The record being written by the save under way, if any. */
  private inflight?: Assessment;
  /** Saves and merges run one after another, so revisions are written in order. */
  private saving: Promise<void> = Promise.resolve();
  private channel?: DataChannel;
  private stopFlushHook?: () => void;

  private readonly onPageHide = () => this.writeOnLeave();
  /** Back from the back-forward cache: merge what this page wrote as it left, then carry on. */
  private readonly onPageShow = (e: PageTransitionEvent) => {
    if (e.persisted) void this.enqueue(() => this.settleAndRebase());
  };
  /** Changes that could not be saved are still only here: let the browser ask before leaving. */
  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (this.pending && this.saveState === 'failed') e.preventDefault();
  };
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('pageshow', this.onPageShow);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.channel ??= new DataChannel((message) => this.onDataMessage(message));
    this.stopFlushHook ??= flushBeforeReplaced(() => this.flush());
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('pageshow', this.onPageShow);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.flush().finally(() => {
      this.channel?.close();
      this.channel = undefined;
      this.stopFlushHook?.();
      this.stopFlushHook = undefined;
    });
  }

  /** Whether this tab has changes that storage does not hold yet. */
  get pending(): boolean {
    return this.edits !== this.savedEdits;
  }

  /** Loads the assessment with this id (after writing what is pending for the previous one). */
  async load(id: string): Promise<void> {
    if (id === this.id && (this.assessment || this.loadError)) return;
    await this.flush();
    this.id = id;
    this.assessment = undefined;
    this.base = undefined;
    this.snapshot = undefined;
    this.loadError = '';
    this.edits = this.savedEdits = 0;
    this.conflicts = [];
    this.saveState = 'idle';
    this.host.requestUpdate();
    try {
      const db = await appDb();
      // Edits a closing page left behind come first, so that what is shown is the newest.
      await settlePendingEdits(this.channel).catch(() => undefined);
      const assessment = await getAssessment(db, id);
      const snapshot = assessment && (await getSnapshot(db, assessment.checklist.hash));
      if (id !== this.id) return;
      if (!assessment || !snapshot) {
        this.loadError = t('assessment.notFound');
      } else {
        this.assessment = assessment;
        this.base = assessment;
        this.snapshot = snapshot;
        const left = unsaved.get(id);
        if (left) {
          // A view of this assessment went away with changes storage does not hold: they come back.
          this.assessment = mergeAssessment(left.base, left.working, assessment);
          this.edits = 1;
          this.saveState = 'saving';
          void this.flush();
        }
      }
    } catch (error) {
      this.loadError = storageMessage(error);
    }
    this.host.requestUpdate();
  }

  /** Takes the other tab's text for an item whose notes both tabs changed. */
  takeTheirs(itemId: string): void {
    const conflict = this.conflicts.find((c) => c.itemId === itemId);
    const answer = this.assessment?.answers[itemId];
    this.dismissConflict(itemId);
    if (conflict && answer) this.setAnswer(itemId, { ...answer, notes: conflict.theirs });
  }

  /** Keeps this tab's text and forgets the other one's offer. */
  dismissConflict(itemId: string): void {
    this.conflicts = this.conflicts.filter((c) => c.itemId !== itemId);
    this.host.requestUpdate();
  }

  /** Replaces one item's answer and schedules the save. */
  setAnswer(itemId: string, answer: Answer): void {
    if (!this.assessment) return;
    this.update({ answers: { ...this.assessment.answers, [itemId]: answer } });
  }

  /** Changes fields of the assessment and schedules the save. */
  update(change: Partial<Assessment>): void {
    if (!this.assessment) return;
    this.assessment = { ...this.assessment, ...change };
    this.edits++;
    this.remember();
    this.saveState = 'saving';
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Writes pending changes now. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    return this.enqueue(() => this.writePending());
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.saving = this.saving.then(work, work);
    return this.saving;
  }

  private async writePending(): Promise<void> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const { base, assessment: working } = this;
      if (!base || !working || !this.pending) return;
      const seq = this.edits;
      const next = { ...working, revision: base.revision + 1, updatedAt: new Date().toISOString() };
      try {
        this.inflight = next;
        await saveAssessment(await appDb(), next);
        this.confirmSaved(next, seq);
        return;
      } catch (error) {
        // Another tab saved first: take its record, lay ours over it, and try again.
        if (error instanceof StorageError && error.code === 'stale') {
          try {
            if (await this.rebase()) continue;
          } catch (readError) {
            this.fail(readError);
            return;
          }
        }
        this.fail(error);
        return;
      } finally {
        this.inflight = undefined;
      }
    }
    this.fail(new StorageError('stale', 'Too many concurrent saves'));
  }

  /**
   * The page is going away (reload, close, navigation): IndexedDB callbacks may never run again, so
   * the edit is written at once, on its own, to the pending store (never queued behind this tab's
   * save under way or another tab's long transaction on the records), with a copy in localStorage
   * in case the browser drops that write (writeEditOnLeave). Whoever opens the data next
   * merges it into the record with the revision check every save has; the open tabs are told now.
   */
  private writeOnLeave(): void {
    clearTimeout(this.timer);
    const { base, assessment: working, inflight } = this;
    if (!base || !working || !this.pending || connectionState() === 'replaced') return;
    const edit = pendingAssessmentEdit(base, working, inflight, new Date().toISOString());
    const written = writeEditOnLeave(edit);
    this.channel?.post({ type: 'pending', assessmentId: working.id, key: edit.key });
    // If the page lives on (back-forward cache), the edit is merged and the bookkeeping catches up.
    void this.enqueue(() =>
      written.then(
        () => this.settleAndRebase(),
        (error: unknown) => this.fail(error),
      ),
    );
  }

  /** Merges the pending close-time edits into their records, then reads this one if it is newer. */
  private async settleAndRebase(): Promise<void> {
    try {
      await settlePendingEdits(this.channel);
      await this.rebase();
      if (this.pending && this.saveState !== 'failed') await this.writePending();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Keeps the unsaved changes beyond this view's life, or forgets them once storage has them. */
  private remember(): void {
    if (!this.id) return;
    if (this.pending && this.base && this.assessment) {
      unsaved.set(this.id, { base: this.base, working: this.assessment });
    } else unsaved.delete(this.id);
  }

  private confirmSaved(next: Assessment, seq: number): void {
    if (this.assessment?.id !== next.id) return;
    this.base = next;
    this.savedEdits = Math.max(this.savedEdits, seq);
    // Changes made during the write stay in the working copy; only the bookkeeping moves on.
    this.assessment = { ...this.assessment, revision: next.revision, updatedAt: next.updatedAt };
    this.savedAt = new Date();
    this.saveState = this.pending ? 'saving' : 'saved';
    this.remember();
    this.channel?.post({ type: 'saved', assessmentId: next.id, revision: next.revision });
    this.host.requestUpdate();
  }

  private fail(error: unknown): void {
    this.saveState = 'failed';
    this.saveError = storageMessage(error);
    this.host.requestUpdate();
  }

  /**
   * Reads the stored record and, when it is newer than the base, makes it the base with this tab's
   * unsaved changes laid over it. False when the record is gone.
   */
  private async rebase(): Promise<boolean> {
    const stored = await getAssessment(await appDb(), this.id);
    const { base, assessment: working } = this;
    if (!stored || !base || !working || stored.id !== working.id) return false;
    if (stored.revision <= base.revision) return true;
    if (this.pending) {
      const { merged, conflicts } = mergeWithConflicts(base, working, stored);
      this.assessment = merged;
      for (const conflict of conflicts) {
        this.conflicts = [...this.conflicts.filter((c) => c.itemId !== conflict.itemId), conflict];
      }
    } else this.assessment = stored;
    this.base = stored;
    this.remember();
    this.host.requestUpdate();
    return true;
  }

  private onDataMessage(message: DataMessage): void {
    if (message.type === 'added' || message.assessmentId !== this.id) return;
    if (message.type === 'trashed') {
      // Deleted in another tab: edits here can no longer be saved, and the status says so.
      this.fail(new StorageError('notFound', `Assessment ${this.id} was moved to the trash`));
      return;
    }
    if (message.type === 'pending') {
      void this.enqueue(() => this.settleAndRebase());
      // The write may not be visible yet: once it is, merge again (nothing happens if it was merged).
      void whenPendingWritten(message.key).then(
        async (found) => {
          if (found) await this.enqueue(() => this.settleAndRebase());
        },
        () => undefined,
      );
      return;
    }
    if (message.type === 'restored') {
      if (this.pending) void this.flush();
      else this.saveState = 'idle';
      this.host.requestUpdate();
      return;
    }
    if (!this.base || message.revision <= this.base.revision) return;
    void this.enqueue(async () => {
      try {
        await this.rebase();
      } catch (error) {
        this.fail(error);
      }
    });
  }
}
