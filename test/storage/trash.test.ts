import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { createSnapshot } from '../../src/checklist/snapshot';
import { newAssessment } from '../../src/model/assessment-ops';
import type { ChecklistSnapshot } from '../../src/model/checklist';
import { addAssessment, getAssessment, listAssessments } from '../../src/storage/assessments';
import { openAppDb, type AppDB } from '../../src/storage/db';
import { StorageError } from '../../src/storage/errors';
import {
  TRASH_DAYS,
  countTrash,
  deleteFromTrash,
  listTrash,
  purgeTrash,
  restoreAssessment,
  trashAssessment,
  trashCutoff,
} from '../../src/storage/trash';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const NAME = 'test-storage-trash';

async function snapshot(): Promise<ChecklistSnapshot> {
  const made = await createSnapshot(SMALL_CHECKLIST);
  if (!made.ok) throw new Error('fixture does not parse');
  return made.snapshot;
}

async function add(db: AppDB, id: string): Promise<void> {
  const snap = await snapshot();
  const a = newAssessment(
    {
      organisation: `Kunta ${id}`,
      organisationType: 'municipality',
      date: '2026-11-23',
      participants: [],
    },
    {
      id: snap.checklist.id,
      version: snap.checklist.version,
      title: snap.checklist.title,
      hash: snap.hash,
    },
    id,
    '2026-11-23T10:00:00Z',
  );
  await addAssessment(
    db,
    { ...a, answers: { I1: { level: 3, notes: 'tärkeä', actions: [] } } },
    snap,
  );
}

async function rejection(work: Promise<unknown>): Promise<StorageError> {
  try {
    await work;
  } catch (error) {
    return error as StorageError;
  }
  throw new Error('expected a rejection');
}

describe('storage: the trash', () => {
  let db: AppDB;

  beforeEach(async () => {
    await deleteDB(NAME);
    db = await openAppDb({ name: NAME });
  });

  afterEach(async () => {
    db.close();
    await deleteDB(NAME);
  });

  it('moves an assessment to the trash whole, and restores it whole', async () => {
    await add(db, 'a');
    const before = await getAssessment(db, 'a');
    const entry = await trashAssessment(db, 'a', '2026-11-24T09:00:00.000Z');
    expect(entry.deletedAt).to.equal('2026-11-24T09:00:00.000Z');
    expect(await getAssessment(db, 'a')).to.equal(undefined);
    db.close();
    db = await openAppDb({ name: NAME });
    const trash = await listTrash(db);
    expect(trash.map((t) => t.id)).to.deep.equal(['a']);
    expect(trash[0]!.assessment).to.deep.equal(before);

    await restoreAssessment(db, 'a');
    expect(await getAssessment(db, 'a')).to.deep.equal(before);
    expect(await listTrash(db)).to.deep.equal([]);
  });

  it('keeps both when the same assessment came back (e.g. by import) before the restore', async () => {
    await add(db, 'a');
    const trashed = await getAssessment(db, 'a');
    await trashAssessment(db, 'a', '2026-11-24T09:00:00.000Z');
    await add(db, 'a');
    const back = await getAssessment(db, 'a');
    await restoreAssessment(db, 'a');
    const all = await listAssessments(db);
    expect(all).to.have.length(2);
    expect(await getAssessment(db, 'a')).to.deep.equal(back);
    const restored = all.find((x) => x.id !== 'a')!;
    expect({ ...restored, id: 'a' }).to.deep.equal(trashed);
    expect(await listTrash(db)).to.deep.equal([]);
  });

  it('lists the most recently deleted first and deletes for good', async () => {
    await add(db, 'a');
    await add(db, 'b');
    await trashAssessment(db, 'a', '2026-11-24T09:00:00.000Z');
    await trashAssessment(db, 'b', '2026-11-25T09:00:00.000Z');
    expect((await listTrash(db)).map((t) => t.id)).to.deep.equal(['b', 'a']);
    expect(await countTrash(db)).to.equal(2);
    await deleteFromTrash(db, 'b');
    expect((await listTrash(db)).map((t) => t.id)).to.deep.equal(['a']);
    expect(await countTrash(db)).to.equal(1);
    expect(await listAssessments(db)).to.deep.equal([]);
  });

  it('refuses to trash or restore what is not there, and changes nothing', async () => {
    await add(db, 'a');
    expect((await rejection(trashAssessment(db, 'nope', '2026-11-24T09:00:00Z'))).code).to.equal(
      'notFound',
    );
    expect((await rejection(restoreAssessment(db, 'a'))).code).to.equal('notFound');
    expect((await listAssessments(db)).map((a) => a.id)).to.deep.equal(['a']);
    expect(await listTrash(db)).to.deep.equal([]);
  });

  it(`purges entries older than ${TRASH_DAYS} days and keeps the rest`, async () => {
    const now = new Date('2026-12-31T12:00:00.000Z');
    for (const id of ['old', 'edge', 'new']) await add(db, id);
    await trashAssessment(db, 'old', '2026-11-01T00:00:00.000Z');
    await trashAssessment(db, 'edge', trashCutoff(now));
    await trashAssessment(db, 'new', '2026-12-30T00:00:00.000Z');
    expect(trashCutoff(now)).to.equal('2026-12-01T12:00:00.000Z');
    expect(await purgeTrash(db, trashCutoff(now))).to.equal(1);
    expect((await listTrash(db)).map((t) => t.id)).to.deep.equal(['new', 'edge']);
  });
});
