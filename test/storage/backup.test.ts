import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { checklistModelOf, hashSource } from '../../src/checklist/snapshot';
import { parseBackupFile, serializeBackup, type BackupFile } from '../../src/model/backup';
import { getAssessment, listAssessments, saveAssessment } from '../../src/storage/assessments';
import {
  applyImport,
  conflictKey,
  exportAssessments,
  exportFullBackup,
  planImport,
  type ConflictChoice,
} from '../../src/storage/backup';
import { listCustomChecklists, putCustomChecklist } from '../../src/storage/checklists';
import { openAppDb, type AppDB } from '../../src/storage/db';
import { StorageError } from '../../src/storage/errors';
import { BACKUP_FIXTURES, fixtureFile } from '../fixtures/backups';
import { dumpDatabase } from '../fixtures/db-dump';

const NAME = 'test-storage-backup';
const OPTIONS = { copySuffix: '(tuotu)' };
const none = new Map<string, ConflictChoice>();

async function roundTrip(file: BackupFile): Promise<BackupFile> {
  const result = await parseBackupFile(serializeBackup(file), hashSource, checklistModelOf);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

describe('storage: export and import files', () => {
  let db: AppDB;

  beforeEach(async () => {
    await deleteDB(NAME);
    db = await openAppDb({ name: NAME });
  });

  afterEach(async () => {
    db.close();
    await deleteDB(NAME);
  });

  it('imports every format fixture into an empty database', async () => {
    for (const fixture of BACKUP_FIXTURES) {
      db.close();
      await deleteDB(NAME);
      db = await openAppDb({ name: NAME });
      const file = await fixtureFile(fixture.name);
      const plan = await planImport(db, file);
      expect(plan.conflicts, fixture.name).to.deep.equal([]);
      await applyImport(db, file, none, OPTIONS);
      for (const a of file.assessments) expect(await getAssessment(db, a.id)).to.deep.equal(a);
      expect(await listCustomChecklists(db)).to.have.length(fixture.checklists);
    }
  });

  it('exports chosen assessments with the snapshots they point at, and a full backup', async () => {
    const file = await fixtureFile('v1-backup.json');
    await applyImport(db, file, none, OPTIONS);
    const one = await exportAssessments(db, ['fixture-v1-b'], '2026-12-01T00:00:00.000Z');
    expect(one.kind).to.equal('assessments');
    expect(one.assessments.map((a) => a.id)).to.deep.equal(['fixture-v1-b']);
    expect(one.snapshots.map((s) => s.hash)).to.deep.equal([one.assessments[0]!.checklist.hash]);
    expect(one.checklists).to.deep.equal([]);
    const full = await exportFullBackup(db, '2026-12-01T00:00:00.000Z');
    expect(full.kind).to.equal('backup');
    expect(full.assessments).to.have.deep.members(file.assessments);
    expect(full.snapshots).to.have.deep.members(file.snapshots);
    expect(full.checklists).to.have.deep.members(file.checklists);
    expect(await roundTrip(full)).to.deep.equal(full);
    try {
      await exportAssessments(db, ['missing']);
      expect.fail('should throw');
    } catch (error) {
      expect((error as StorageError).code).to.equal('notFound');
    }
  });

  it('plans: new records, identical ones, and conflicts with both versions shown', async () => {
    const file = await fixtureFile('v1-backup.json');
    await applyImport(db, file, none, OPTIONS);
    expect(await planImport(db, file)).to.deep.equal({ fresh: [], conflicts: [], unchanged: 4 });
    const stored = (await getAssessment(db, 'fixture-v1-a'))!;
    await saveAssessment(db, {
      ...stored,
      organisation: 'Inari (muokattu)',
      updatedAt: '2026-12-01T09:00:00.000Z',
      revision: stored.revision + 1,
    });
    const plan = await planImport(db, file);
    expect(plan.unchanged).to.equal(3);
    expect(plan.conflicts).to.deep.equal([
      {
        kind: 'assessment',
        id: 'fixture-v1-a',
        mine: {
          name: 'Inari (muokattu)',
          updatedAt: '2026-12-01T09:00:00.000Z',
          date: '2026-11-23',
          revision: 13,
        },
        theirs: {
          name: 'Inarin kunta',
          updatedAt: '2026-11-23T10:30:00.000Z',
          date: '2026-11-23',
          revision: 12,
        },
      },
    ]);
  });

  it('resolves each conflict as chosen: keep mine, take theirs, keep both', async () => {
    const file = await fixtureFile('v1-backup.json');
    await applyImport(db, file, none, OPTIONS);
    for (const a of file.assessments) {
      await saveAssessment(db, { ...a, organisation: `${a.organisation} X`, revision: 20 });
    }
    const checklist = file.checklists[0]!;
    await putCustomChecklist(db, { ...checklist, source: `${checklist.source}\nmuokattu` });
    const choices = new Map<string, ConflictChoice>([
      [conflictKey('assessment', 'fixture-v1-a'), 'mine'],
      [conflictKey('assessment', 'fixture-v1-b'), 'both'],
      [conflictKey('checklist', checklist.key), 'theirs'],
    ]);
    const result = await applyImport(db, file, choices, { ...OPTIONS, newId: () => 'copy-1' });
    expect(result).to.deep.equal({
      added: 0,
      replaced: 0,
      copied: 1,
      kept: 1,
      unchanged: 0,
      checklists: 1,
    });
    expect((await getAssessment(db, 'fixture-v1-a'))?.organisation).to.equal('Inarin kunta X');
    expect((await getAssessment(db, 'fixture-v1-b'))?.organisation).to.equal(
      'Lapin hyvinvointialue X',
    );
    expect(await getAssessment(db, 'copy-1')).to.deep.equal({
      ...file.assessments[1],
      id: 'copy-1',
      organisation: 'Lapin hyvinvointialue (tuotu)',
      revision: 0,
    });
    expect((await listCustomChecklists(db)).find((c) => c.key === checklist.key)).to.deep.equal(
      checklist,
    );

    // Taking theirs lifts the revision above mine, so an open editor of mine cannot overwrite it
    const taken = await applyImport(
      db,
      file,
      new Map<string, ConflictChoice>([
        [conflictKey('assessment', 'fixture-v1-a'), 'theirs'],
        [conflictKey('assessment', 'fixture-v1-b'), 'mine'],
      ]),
      OPTIONS,
    );
    expect(taken.replaced).to.equal(1);
    const replaced = await getAssessment(db, 'fixture-v1-a');
    expect(replaced).to.deep.equal({ ...file.assessments[0], revision: 21 });
  });

  it('writes nothing when a conflict has no choice', async () => {
    const file = await fixtureFile('v1-backup.json');
    await applyImport(db, { ...file, assessments: [file.assessments[1]!] }, none, OPTIONS);
    await saveAssessment(db, { ...file.assessments[1]!, organisation: 'Muutettu', revision: 5 });
    const before = await dumpDatabase(db);
    try {
      // The first assessment and the checklists are new; the second clashes and has no choice.
      await applyImport(db, file, none, OPTIONS);
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(StorageError);
      expect((error as StorageError).code).to.equal('stale');
    }
    expect(await dumpDatabase(db)).to.equal(before);
  });

  it('writes nothing when IndexedDB refuses a write half-way', async () => {
    const file = await fixtureFile('v1-backup.json');
    await applyImport(db, { ...file, assessments: [file.assessments[1]!] }, none, OPTIONS);
    await saveAssessment(db, { ...file.assessments[1]!, organisation: 'Muutettu', revision: 5 });
    const before = await dumpDatabase(db);
    // "Keep both" with an id that is taken: the add fails inside the transaction.
    const choices = new Map([[conflictKey('assessment', 'fixture-v1-b'), 'both' as const]]);
    const failed = await applyImport(db, file, choices, {
      ...OPTIONS,
      newId: () => 'fixture-v1-a',
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failed).to.be.instanceOf(StorageError);
    expect(await dumpDatabase(db)).to.equal(before);
    expect(await listAssessments(db)).to.have.length(1);
  });
});
