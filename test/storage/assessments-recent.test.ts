import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { createSnapshot } from '../../src/checklist/snapshot';
import { newAssessment } from '../../src/model/assessment-ops';
import type { ChecklistSnapshot } from '../../src/model/checklist';
import { listAssessments, listRecentAssessments } from '../../src/storage/assessments';
import { openAppDb, type AppDB } from '../../src/storage/db';
import { storeDemoData } from '../../src/storage/demo';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const NAME = 'test-storage-recent';

async function snapshot(): Promise<ChecklistSnapshot> {
  const made = await createSnapshot(SMALL_CHECKLIST);
  if (!made.ok) throw new Error('fixture does not parse');
  return made.snapshot;
}

/** Assessments changed at the given times (ISO), ids a0, a1, … in that order. */
async function store(db: AppDB, times: string[]): Promise<void> {
  const snap = await snapshot();
  const ref = {
    id: snap.checklist.id,
    version: snap.checklist.version,
    title: snap.checklist.title,
    hash: snap.hash,
  };
  const assessments = times.map((when, i) =>
    newAssessment(
      {
        organisation: `Kunta ${i}`,
        organisationType: 'municipality',
        date: '2026-11-23',
        participants: [],
      },
      ref,
      `a${i}`,
      when,
    ),
  );
  await storeDemoData(db, assessments, [snap]);
}

describe('storage: the most recent assessments, for a long list', () => {
  let db: AppDB;

  beforeEach(async () => {
    await deleteDB(NAME);
    db = await openAppDb({ name: NAME });
  });

  afterEach(async () => {
    db.close();
    await deleteDB(NAME);
  });

  it('reads the newest first, no more than asked, and counts them all', async () => {
    const times = Array.from(
      { length: 30 },
      (_, i) =>
        `2026-01-${String(((i * 7) % 28) + 1).padStart(2, '0')}T10:${String(i).padStart(2, '0')}:00.000Z`,
    );
    await store(db, times);
    const all = (await listAssessments(db)).map((a) => a.id);
    for (const limit of [1, 2, 5, 29, 30, 31, 100]) {
      const { assessments, total } = await listRecentAssessments(db, limit);
      expect(total).to.equal(30);
      expect(
        assessments.map((a) => a.id),
        `limit ${limit}`,
      ).to.deep.equal(all.slice(0, limit));
    }
  });

  it('keeps the same order as the full list when several share a time at the cut', async () => {
    const same = '2026-05-01T12:00:00.000Z';
    await store(db, [
      '2026-06-01T00:00:00.000Z',
      same,
      same,
      same,
      same,
      '2026-04-01T00:00:00.000Z',
    ]);
    const all = (await listAssessments(db)).map((a) => a.id);
    for (const limit of [1, 2, 3, 4, 5, 6]) {
      const { assessments } = await listRecentAssessments(db, limit);
      expect(
        assessments.map((a) => a.id),
        `limit ${limit}`,
      ).to.deep.equal(all.slice(0, limit));
    }
  });

  it('gives nothing and a count of zero for an empty database', async () => {
    expect(await listRecentAssessments(db, 50)).to.deep.equal({ assessments: [], total: 0 });
  });
});
