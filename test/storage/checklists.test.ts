import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import type { CustomChecklist } from '../../src/model/custom-checklist';
import {
  deleteCustomChecklist,
  getCustomChecklist,
  listCustomChecklists,
  putCustomChecklist,
} from '../../src/storage/checklists';
import { DB_VERSION, openAppDb, type AppDB } from '../../src/storage/db';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const NAME = 'test-storage-checklists';

function record(key: string, updatedAt: string): CustomChecklist {
  return {
    key,
    source: SMALL_CHECKLIST,
    title: `Lista ${key}`,
    checklistId: 'pieni',
    version: '1',
    draft: false,
    createdAt: updatedAt,
    updatedAt,
  };
}

describe('storage: custom checklists in IndexedDB', () => {
  let db: AppDB;

  beforeEach(async () => {
    await deleteDB(NAME);
    db = await openAppDb({ name: NAME });
  });

  afterEach(() => db.close());

  it('stores, lists newest first, replaces and deletes', async () => {
    await putCustomChecklist(db, record('a', '2026-01-01T00:00:00Z'));
    await putCustomChecklist(db, record('b', '2026-02-01T00:00:00Z'));
    expect((await listCustomChecklists(db)).map((c) => c.key)).to.deep.equal(['b', 'a']);

    await putCustomChecklist(db, { ...record('a', '2026-03-01T00:00:00Z'), draft: true });
    expect((await listCustomChecklists(db)).map((c) => c.key)).to.deep.equal(['a', 'b']);
    expect((await getCustomChecklist(db, 'a'))?.draft).to.equal(true);

    await deleteCustomChecklist(db, 'a');
    expect(await getCustomChecklist(db, 'a')).to.equal(undefined);
  });

  it('upgrades a version 1 database and keeps its assessments', async () => {
    db.close();
    await deleteDB(NAME);
    const v1 = await openDB(NAME, 1, {
      upgrade(database) {
        const store = database.createObjectStore('assessments', { keyPath: 'id' });
        store.createIndex('by-updated', 'updatedAt');
        database.createObjectStore('snapshots', { keyPath: 'hash' });
      },
    });
    await v1.put('assessments', { id: 'old', updatedAt: '2025-01-01' });
    v1.close();

    db = await openAppDb({ name: NAME });
    expect(db.version).to.equal(DB_VERSION);
    expect([...db.objectStoreNames].sort()).to.deep.equal([
      'assessments',
      'checklists',
      'pending',
      'snapshots',
      'trash',
    ]);
    expect((await db.get('assessments', 'old'))?.id).to.equal('old');
  });
});
