import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import type { Assessment } from '../../src/model/assessment';
import { addAssessment, getAssessment, saveAssessment } from '../../src/storage/assessments';
import { openAppDb, type AppDB } from '../../src/storage/db';
import { pendingAssessmentEdit, settlePending, writePendingEdit } from '../../src/storage/pending';
import { trashAssessment } from '../../src/storage/trash';
import { fixtureFile } from '../fixtures/backups';

const NAME = 'test-storage-pending';
const withNotes = (a: Assessment, notes: string, revision = a.revision): Assessment => ({
  ...a,
  revision,
  answers: { ...a.answers, A1: { notes, actions: [] } },
});

describe('storage: close-time edits in the pending store', () => {
  let db: AppDB;
  let record: Assessment;
  beforeEach(async () => {
    await deleteDB(NAME);
    db = await openAppDb({ name: NAME });
    const file = await fixtureFile('v1-assessments.json');
    record = { ...file.assessments[0]!, answers: {} };
    await addAssessment(db, record, file.snapshots[0]!);
  });
  afterEach(async () => {
    db.close();
    await deleteDB(NAME);
  });

  it('merges an edit over a newer revision, keeping the newer one’s changes', async () => {
    const other = {
      ...record,
      revision: record.revision + 1,
      answers: { B4: { notes: 'toinen', actions: [] } },
    };
    await saveAssessment(db, other);
    await writePendingEdit(
      db,
      pendingAssessmentEdit(
        record,
        withNotes(record, 'suljettaessa'),
        undefined,
        '2026-12-02T10:00:00.000Z',
      ),
    );
    const settled = await settlePending(db, '2026-12-02T10:00:01.000Z');
    const stored = (await getAssessment(db, record.id))!;
    expect(settled.assessments).to.deep.equal([{ id: record.id, revision: other.revision + 1 }]);
    expect(stored.answers.A1?.notes).to.equal('suljettaessa');
    expect(stored.answers.B4?.notes).to.equal('toinen');
    expect(await db.count('pending')).to.equal(0);
    // Settling again finds nothing and writes nothing.
    expect((await settlePending(db)).assessments).to.deep.equal([]);
  });

  it('takes the committed in-flight save as the base, so the tab’s own text is not doubled', async () => {
    const inflight = withNotes(record, 'kirjoitettu', record.revision + 1);
    await saveAssessment(db, inflight);
    await writePendingEdit(
      db,
      pendingAssessmentEdit(
        record,
        withNotes(record, 'kirjoitettu lisää'),
        inflight,
        '2026-12-02T10:00:00.000Z',
      ),
    );
    await settlePending(db);
    expect((await getAssessment(db, record.id))?.answers.A1?.notes).to.equal('kirjoitettu lisää');
  });

  it('puts an edit for a trashed assessment into its trash entry, never re-creating it', async () => {
    await trashAssessment(db, record.id, '2026-12-02T09:00:00.000Z');
    await writePendingEdit(
      db,
      pendingAssessmentEdit(
        record,
        withNotes(record, 'poiston jälkeen'),
        undefined,
        '2026-12-02T10:00:00.000Z',
      ),
    );
    const settled = await settlePending(db);
    expect(settled.trashed).to.deep.equal([record.id]);
    expect(await getAssessment(db, record.id)).to.equal(undefined);
    expect((await db.get('trash', record.id))?.assessment.answers.A1?.notes).to.equal(
      'poiston jälkeen',
    );
  });

  it('writes while another connection holds a long transaction on the records', async () => {
    const other = await openAppDb({ name: NAME });
    let release = false;
    const tx = other.transaction('assessments', 'readwrite');
    const hold = (): void => {
      if (!release) void tx.store.get(record.id).then(hold);
    };
    hold();
    try {
      // Resolves while the records' store is still held: the pending store is not blocked.
      await writePendingEdit(
        db,
        pendingAssessmentEdit(
          record,
          withNotes(record, 'kiireessä'),
          undefined,
          '2026-12-02T10:00:00.000Z',
        ),
      );
      expect(await db.count('pending')).to.equal(1);
    } finally {
      release = true;
      await tx.done;
      other.close();
    }
    await settlePending(db);
    expect((await getAssessment(db, record.id))?.answers.A1?.notes).to.equal('kiireessä');
  });
});
