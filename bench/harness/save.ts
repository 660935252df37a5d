// Times the autosave with the app's own store (AssessmentStore) on a stored assessment of the
// seeded page (the app's database): from the last edit until the write has committed, through the
// store's timer as in the app; the write alone (flush); and, as the reference for the write, one
// plain IndexedDB put of the same record. Built for the page by bench/lib/build.mjs.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getAssessment } from '../../src/storage/assessments';
import { appDb } from '../../src/storage/connection';
import {
  AssessmentStore,
  SAVE_BUDGET_MS,
  SAVE_DELAY_MS,
} from '../../src/ui/state/assessment-store';

/** The least a controller needs from its host; calls `onUpdate` when the store's state may have changed. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  onUpdate = () => {};
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.onUpdate();
  }
  readonly updateComplete = Promise.resolve(true);
}

/** Edits and waits for the store to say the write has committed; resolves with the milliseconds. */
function editAndWait(store: AssessmentStore, host: Host, itemId: string, notes: string) {
  return new Promise<number>((resolve) => {
    const start = performance.now();
    host.onUpdate = () => {
      if (store.saveState === 'saved' && !store.pending) {
        host.onUpdate = () => {};
        resolve(performance.now() - start);
      }
    };
    store.setAnswer(itemId, { notes, actions: [] });
  });
}

export async function timeSave(id: string, runs: number) {
  const host = new Host();
  const store = new AssessmentStore(host);
  host.controllers.forEach((c) => c.hostConnected?.());
  await store.load(id);
  if (!store.assessment || !store.snapshot) throw new Error(`No assessment ${id} to save`);
  const itemId = store.snapshot.checklist.headings[0]!.items[0]!.id;
  const db = await appDb();
  const throughTimer: number[] = [];
  const write: number[] = [];
  const put: number[] = [];
  try {
    for (let run = 0; run <= runs; run++) {
      const timed = await editAndWait(store, host, itemId, `Muistiinpano ${run} – bench`);
      // The store's write alone: an edit, then flush at once (no timer).
      store.setAnswer(itemId, { notes: `Muistiinpano ${run} – flush`, actions: [] });
      let start = performance.now();
      await store.flush();
      const flushed = performance.now() - start;
      // The reference: one plain put of the same record, in a transaction of its own.
      const record = (await getAssessment(db, id))!;
      start = performance.now();
      const tx = db.transaction('assessments', 'readwrite');
      void tx.store.put(record);
      await tx.done;
      const plain = performance.now() - start;
      if (run === 0) continue; // warms the code paths
      throughTimer.push(timed);
      write.push(flushed);
      put.push(plain);
    }
  } finally {
    host.controllers.forEach((c) => c.hostDisconnected?.());
  }
  return { throughTimer, write, put, delayMs: SAVE_DELAY_MS, budgetMs: SAVE_BUDGET_MS };
}
