import { expect } from '@open-wc/testing';
import type { Assessment } from '../../src/model/assessment';
import { getAssessment } from '../../src/storage/assessments';
import { appDb } from '../../src/storage/connection';
import { pendingAssessmentEdit, writePendingEdit } from '../../src/storage/pending';
import { settlePendingEdits } from '../../src/ui/state/pending-edits';
import { storeSmallAssessment as stored } from '../fixtures/stored';

// Logic rather than a UI flow, but in the flows folder on purpose: it settles the app's own
// database and clears localStorage, so it must not run beside the unit group's other files (which
// run several at once and count the pending store).

/** Where a closing page keeps its edit in localStorage (src/ui/state/pending-edits.ts). */
const STASH_PREFIX = 'jy.pending:';

/** A close-time edit of the record that sets item I1's notes, made now. */
const editWithNotes = (record: Assessment, notes: string) =>
  pendingAssessmentEdit(
    record,
    { ...record, answers: { ...record.answers, I1: { notes, actions: [] } } },
    undefined,
    new Date().toISOString(),
  );

const stashKeys = () =>
  Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k) =>
    k?.startsWith(STASH_PREFIX),
  );

describe('close-time edits kept in localStorage as well', () => {
  beforeEach(() => {
    for (const key of stashKeys()) localStorage.removeItem(key!);
  });

  it('merges an edit whose pending-store write never got in, and removes its copy', async () => {
    const record = await stored(`stash-only-${Date.now()}`);
    const edit = editWithNotes(record, 'ennen sulkemista');
    // What writeEditOnLeave leaves when the browser drops the page's IndexedDB write.
    localStorage.setItem(STASH_PREFIX + edit.key, JSON.stringify(edit));
    const settled = await settlePendingEdits();
    const after = await getAssessment(await appDb(), record.id);
    expect(after?.answers.I1?.notes).to.equal('ennen sulkemista');
    expect(after?.revision).to.equal(record.revision + 1);
    expect(settled.assessments).to.deep.include({ id: record.id, revision: record.revision + 1 });
    expect(stashKeys()).to.deep.equal([]);
    expect(await (await appDb()).count('pending')).to.equal(0);
  });

  it('applies an edit that is in both places once: its notes are not doubled', async () => {
    const record = await stored(`stash-both-${Date.now()}`);
    const edit = editWithNotes(record, 'kerran');
    await writePendingEdit(await appDb(), edit);
    localStorage.setItem(STASH_PREFIX + edit.key, JSON.stringify(edit));
    await settlePendingEdits();
    const after = await getAssessment(await appDb(), record.id);
    expect(after?.answers.I1?.notes).to.equal('kerran');
    expect(after?.revision).to.equal(record.revision + 1);
    expect(stashKeys()).to.deep.equal([]);
    // Nothing left to apply a second time.
    await settlePendingEdits();
    expect((await getAssessment(await appDb(), record.id))?.revision).to.equal(record.revision + 1);
  });

  it('drops entries that are not an edit of this app, and still merges the good one', async () => {
    const record = await stored(`stash-bad-${Date.now()}`);
    localStorage.setItem(`${STASH_PREFIX}broken`, '{not json');
    localStorage.setItem(
      `${STASH_PREFIX}wrong-shape`,
      JSON.stringify({ key: 'wrong-shape', kind: 'assessment' }),
    );
    localStorage.setItem(
      `${STASH_PREFIX}other-key`,
      JSON.stringify({ key: 'x', kind: 'checklist', id: 'c', at: 'a', record: {} }),
    );
    const edit = editWithNotes(record, 'hyvä');
    localStorage.setItem(STASH_PREFIX + edit.key, JSON.stringify(edit));
    await settlePendingEdits();
    expect((await getAssessment(await appDb(), record.id))?.answers.I1?.notes).to.equal('hyvä');
    expect(stashKeys()).to.deep.equal([]);
  });
});
