import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { createSnapshot } from '../../src/checklist/snapshot';
import { newAssessment, revise } from '../../src/model/assessment-ops';
import type { ChecklistSnapshot } from '../../src/model/checklist';
import {
  addAssessment,
  addNextRound,
  findNextRound,
  getAssessment,
  getSnapshot,
  listAssessments,
  saveAssessment,
} from '../../src/storage/assessments';
import { openAppDb, type AppDB } from '../../src/storage/db';
import { StorageError } from '../../src/storage/errors';
import { nextRound } from '../../src/model/next-round';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const NAME = 'test-storage-assessments';

async function snapshot(): Promise<ChecklistSnapshot> {
  const made = await createSnapshot(SMALL_CHECKLIST);
  if (!made.ok) throw new Error('fixture does not parse');
  return made.snapshot;
}

function make(id: string, snap: ChecklistSnapshot, when: string) {
  return newAssessment(
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
    when,
  );
}

describe('storage: assessments in IndexedDB', () => {
  let db: AppDB;

  beforeEach(async () => {
    await deleteDB(NAME);
    db = await openAppDb({ name: NAME });
  });

  afterEach(async () => {
    db.close();
    await deleteDB(NAME);
  });

  it('stores an assessment with its checklist snapshot and reads both back after reopening', async () => {
    const snap = await snapshot();
    await addAssessment(db, make('a', snap, '2026-11-23T10:00:00Z'), snap);
    db.close();
    db = await openAppDb({ name: NAME });
    const back = await getAssessment(db, 'a');
    expect(back?.organisation).to.equal('Kunta a');
    const storedSnap = await getSnapshot(db, back!.checklist.hash);
    expect(storedSnap?.checklist).to.deep.equal(snap.checklist);
    expect(storedSnap?.source).to.equal(SMALL_CHECKLIST);
  });

  it('hashes the snapshot by its Markdown (SHA-256)', async () => {
    const snap = await snapshot();
    expect(snap.hash).to.match(/^[0-9a-f]{64}$/);
    const other = await createSnapshot(SMALL_CHECKLIST.replace('Pieni lista', 'Iso lista'));
    expect(other.ok && other.snapshot.hash).to.not.equal(snap.hash);
  });

  it('lists the most recently changed first', async () => {
    const snap = await snapshot();
    await addAssessment(db, make('old', snap, '2026-01-01T00:00:00Z'), snap);
    await addAssessment(db, make('new', snap, '2026-06-01T00:00:00Z'), snap);
    const older = (await getAssessment(db, 'old'))!;
    await saveAssessment(db, revise(older, { organisation: 'Muutettu' }, '2026-12-01T00:00:00Z'));
    expect((await listAssessments(db)).map((a) => a.id)).to.deep.equal(['old', 'new']);
  });

  it('refuses a stale write instead of overwriting a newer revision', async () => {
    const snap = await snapshot();
    const a = make('a', snap, '2026-01-01T00:00:00Z');
    await addAssessment(db, a, snap);
    await saveAssessment(db, revise(a, { organisation: 'Tab 1' }, '2026-01-02T00:00:00Z'));
    let error: unknown;
    try {
      await saveAssessment(db, revise(a, { organisation: 'Tab 2' }, '2026-01-03T00:00:00Z'));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(StorageError);
    expect((error as StorageError).code).to.equal('stale');
    expect((await getAssessment(db, 'a'))?.organisation).to.equal('Tab 1');
  });

  it('stores one next round per assessment, however often or from however many tabs it is started', async () => {
    const snap = await snapshot();
    const first = make('first', snap, '2026-01-01T00:00:00Z');
    await addAssessment(db, first, snap);
    const round = (id: string) => {
      const next = nextRound(
        first,
        snap.checklist,
        snap.checklist,
        first.checklist,
        '2027-01-01',
        id,
        '2027-01-01T00:00:00Z',
        String,
      );
      return { ...next, previousRound: next.previousRound! };
    };
    const [one, two] = await Promise.all([
      addNextRound(db, round('next-a'), snap),
      addNextRound(db, round('next-b'), snap),
    ]);
    expect([one.created, two.created].sort()).to.deep.equal([false, true]);
    expect(one.assessment.id).to.equal(two.assessment.id);
    expect((await listAssessments(db)).map((a) => a.id).sort()).to.deep.equal([
      'first',
      one.assessment.id,
    ]);
    expect((await findNextRound(db, 'first'))?.id).to.equal(one.assessment.id);
    expect(await findNextRound(db, one.assessment.id)).to.equal(undefined);
  });
});
