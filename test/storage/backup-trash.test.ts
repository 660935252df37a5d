import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { checklistModelOf, hashSource } from '../../src/checklist/snapshot';
import { parseBackupFile, serializeBackup } from '../../src/model/backup';
import { applyImport, exportAssessments, exportFullBackup } from '../../src/storage/backup';
import { openAppDb, type AppDB } from '../../src/storage/db';
import { listTrash, restoreAssessment, trashAssessment } from '../../src/storage/trash';
import { getAssessment } from '../../src/storage/assessments';
import { fixtureFile } from '../fixtures/backups';

const NAME = 'test-storage-backup-trash';
const OPTIONS = { copySuffix: '(tuotu)' };

describe('storage: the trash in the full backup', () => {
  let db: AppDB;
  beforeEach(async () => {
    await deleteDB(NAME);
    db = await openAppDb({ name: NAME });
  });
  afterEach(async () => {
    db.close();
    await deleteDB(NAME);
  });

  it('a full backup carries the trash with its deletion dates, and a restore brings it back', async () => {
    await applyImport(db, await fixtureFile('v1-backup.json'), new Map(), OPTIONS);
    const deletedAt = '2026-11-30T08:15:00.000Z';
    const trashed = await trashAssessment(db, 'fixture-v1-b', deletedAt);

    const file = await exportFullBackup(db, '2026-12-01T00:00:00.000Z');
    expect(file.trash).to.deep.equal([trashed]);
    // The trashed assessment's snapshot is in the file too, though no live assessment uses it.
    expect(file.snapshots.map((s) => s.hash)).to.include(trashed.assessment.checklist.hash);
    // A file of chosen assessments has no trash.
    expect((await exportAssessments(db, ['fixture-v1-a'])).trash).to.equal(undefined);

    // Into an empty database (the browser's data was cleared): the trash comes back as it was.
    const parsed = await parseBackupFile(serializeBackup(file), hashSource, checklistModelOf);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    db.close();
    await deleteDB(NAME);
    db = await openAppDb({ name: NAME });
    await applyImport(db, parsed.file, new Map(), OPTIONS);
    expect(await listTrash(db)).to.deep.equal([trashed]);
    expect(await getAssessment(db, 'fixture-v1-b')).to.equal(undefined);
    await restoreAssessment(db, 'fixture-v1-b');
    expect(await getAssessment(db, 'fixture-v1-b')).to.deep.equal(trashed.assessment);

    // Imported again over a trash that holds another version of the entry: both are kept.
    await trashAssessment(db, 'fixture-v1-b', '2026-12-01T09:00:00.000Z');
    await applyImport(db, parsed.file, new Map(), { ...OPTIONS, newId: () => 'copy-1' });
    const ids = (await listTrash(db)).map((e) => e.id).sort();
    expect(ids).to.deep.equal(['copy-1', 'fixture-v1-b']);
  });

  it('refuses a trash entry whose snapshot is not in the file, with its place', async () => {
    await applyImport(db, await fixtureFile('v1-backup.json'), new Map(), OPTIONS);
    await trashAssessment(db, 'fixture-v1-b', '2026-11-30T08:15:00.000Z');
    const file = await exportFullBackup(db);
    const broken = {
      ...file,
      snapshots: file.snapshots.filter((s) => s.hash !== file.trash![0]!.assessment.checklist.hash),
    };
    const parsed = await parseBackupFile(serializeBackup(broken), hashSource, checklistModelOf);
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path)).to.include('trash[0].assessment.checklist.hash');
  });
});
