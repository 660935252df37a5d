import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { t } from '../i18n';
import type { Answer, Assessment } from '../model/assessment';
import { revise } from '../model/assessment-ops';
import type { ChecklistSnapshot } from '../model/checklist';
import { getAssessment, getSnapshot, saveAssessment } from '../storage/assessments';
import { appDb } from '../storage/connection';
import { storageMessage } from './storage-message';

/** How long typing may pause before the change is written (budget: within 300 ms). */
export const SAVE_DELAY_MS = 300;

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Loads one assessment for a view and saves every change to it automatically:
 * shortly after the user stops typing, when the page is hidden, and when the view goes away.
 * The stored assessment stays the one source of truth; this holds the working copy being edited.
 */
export class AssessmentStore implements ReactiveController {
  assessment?: Assessment;
  snapshot?: ChecklistSnapshot;
  loadError = '';
  saveState: SaveState = 'idle';
  saveError = '';

  private id = '';
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Saves run one after another, so revisions are written in order. */
  private saving: Promise<void> = Promise.resolve();

  private readonly onPageHide = () => void this.flush();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.flush();
  }

  /** Loads the assessment with this id (after writing what is pending for the previous one). */
  async load(id: string): Promise<void> {
    if (id === this.id && (this.assessment || this.loadError)) return;
    await this.flush();
    this.id = id;
    this.assessment = undefined;
    this.snapshot = undefined;
    this.loadError = '';
    this.host.requestUpdate();
    try {
      const db = await appDb();
      const assessment = await getAssessment(db, id);
      const snapshot = assessment && (await getSnapshot(db, assessment.checklist.hash));
      if (id !== this.id) return;
      if (!assessment || !snapshot) {
        this.loadError = t('assessment.notFound');
      } else {
        this.assessment = assessment;
        this.snapshot = snapshot;
      }
    } catch (error) {
      this.loadError = storageMessage(error);
    }
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
    this.dirty = true;
    this.saveState = 'saving';
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Writes pending changes now. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.saving = this.saving.then(() => this.writePending());
    return this.saving;
  }

  /** The save state as a sentence for a status line. */
  get saveText(): string {
    switch (this.saveState) {
      case 'saving':
        return t('save.saving');
      case 'saved':
        return t('save.saved');
      case 'failed':
        return this.saveError;
      default:
        return '';
    }
  }

  private async writePending(): Promise<void> {
    const current = this.assessment;
    if (!this.dirty || !current) return;
    this.dirty = false;
    const next = revise(current, {}, new Date().toISOString());
    try {
      await saveAssessment(await appDb(), next);
      // Changes made during the write stay in memory; only the bookkeeping moves on.
      if (this.assessment?.id === next.id) {
        this.assessment = {
          ...this.assessment,
          revision: next.revision,
          updatedAt: next.updatedAt,
        };
      }
      if (!this.dirty) this.saveState = 'saved';
    } catch (error) {
      this.dirty = true;
      this.saveState = 'failed';
      this.saveError = storageMessage(error);
    }
    this.host.requestUpdate();
  }
}
