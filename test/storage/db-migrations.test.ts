import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { DB_VERSION, openAppDb } from '../../src/storage/db';
import { dbFixtures, withPlannedActions, type DbFixture } from '../fixtures/db-versions';

const NAME = 'test-db-migrations';

/** Creates a database as an old version of the app left it, with the raw IndexedDB API. */
async function createOld(fixture: DbFixture): Promise<void> {
  await deleteDB(NAME);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(NAME, fixture.version);
    request.onupgradeneeded = () => {
      for (const [name, store] of Object.entries(fixture.stores)) {
        const created = request.result.createObjectStore(name, { keyPath: store.keyPath });
        for (const [index, keyPath] of Object.entries(store.indexes)) {
          created.createIndex(index, keyPath);
        }
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(Object.keys(fixture.stores), 'readwrite');
  for (const [name, store] of Object.entries(fixture.stores)) {
    for (const record of store.records) tx.objectStore(name).put(record);
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('storage: database migrations from every released version', () => {
  afterEach(() => deleteDB(NAME));

  it('has a fixture for every schema version before the current one', async () => {
    const versions = (await dbFixtures()).map((f) => f.version);
    for (let v = 1; v <= DB_VERSION; v++) {
      expect(versions, `a fixture of database version ${v}`).to.include(v);
    }
  });

  it('opens each old version with the current code, keeping every record and index', async () => {
    const fixtures = await dbFixtures();
    const newest = fixtures.find((f) => f.version === DB_VERSION)!;
    for (const fixture of fixtures) {
      await createOld(fixture);
      const db = await openAppDb({ name: NAME });
      try {
        expect(db.version, `from v${fixture.version}`).to.equal(DB_VERSION);
        // Every store and index the current version has, whatever version we started from
        for (const [name, store] of Object.entries(newest.stores)) {
          expect(
            db.objectStoreNames.contains(name as never),
            `${name} from v${fixture.version}`,
          ).to.equal(true);
          const tx = db.transaction(name as never);
          expect([...tx.store.indexNames]).to.have.members(Object.keys(store.indexes));
          await tx.done;
        }
        // Every record of the old version, unchanged but for actions from before v4 now `planned`
        for (const [name, store] of Object.entries(fixture.stores)) {
          const stored = await db.getAll(name as never);
          const records =
            fixture.version < 4 ? store.records.map(withPlannedActions) : store.records;
          expect(stored, `${name} from v${fixture.version}`).to.deep.equal(
            [...records].sort((a, b) => (key(a, store.keyPath) < key(b, store.keyPath) ? -1 : 1)),
          );
        }
      } finally {
        db.close();
      }
    }
  });
});

function key(record: unknown, keyPath: string): string {
  return String((record as Record<string, unknown>)[keyPath]);
}
