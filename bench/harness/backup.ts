// Times export and import of a full backup with the app's own code, in the browser, on two
// databases of their own (the app's database is not touched). Built for the page by bench/lib/build.mjs.
import { deleteDB } from 'idb';
import { builtinFor } from '../../src/checklist/builtin';
import { checklistModelOf, createSnapshot, hashSource } from '../../src/checklist/snapshot';
import type { Assessment } from '../../src/model/assessment';
import { parseBackupFile, serializeBackup } from '../../src/model/backup';
import { allItems } from '../../src/model/checklist';
import { applyImport, exportFullBackup, planImport } from '../../src/storage/backup';
import { openAppDb, type AppDB } from '../../src/storage/db';

const SOURCE = 'bench-backup-source';
const TARGET = 'bench-backup-target';

/** Stores `count` fully answered assessments (notes, an action and a tally on every item). */
async function seed(db: AppDB, count: number): Promise<void> {
  const made = await createSnapshot(builtinFor('municipality', 'fi').source);
  if (!made.ok) throw new Error('The built-in checklist does not parse');
  const { snapshot } = made;
  const c = snapshot.checklist;
  const ref = { id: c.id, version: c.version, title: c.title, hash: snapshot.hash };
  const items = allItems(c);
  const tx = db.transaction(['assessments', 'snapshots'], 'readwrite');
  void tx.objectStore('snapshots').put(snapshot);
  for (let i = 0; i < count; i++) {
    const answers: Assessment['answers'] = {};
    items.forEach((item, n) => {
      answers[item.id] = {
        level: (i + n) % 5,
        notes: `Muistiinpano ${i}/${n}: järjestöt kuultiin – ${'x'.repeat(200)}`,
        actions: [
          {
            id: `a${i}-${n}`,
            what: 'Sovitaan vastuut',
            who: 'Hyte',
            due: '2027-03-31',
            status: 'planned',
          },
        ],
        tally: { '1': 2, '3': 5, '4': 1 },
      };
    });
    void tx.objectStore('assessments').put({
      id: `bench-${i}`,
      organisation: `Kunta ${i}`,
      organisationType: 'municipality',
      date: '2026-11-23',
      participants: ['Hyte-koordinaattori', 'Järjestöfoorumi'],
      checklist: ref,
      answers,
      createdAt: '2026-11-23T08:00:00.000Z',
      updatedAt: `2026-11-23T08:00:${String(i % 60).padStart(2, '0')}.000Z`,
      revision: i,
    });
  }
  await tx.done;
}

async function clear(db: AppDB): Promise<void> {
  const tx = db.transaction(db.objectStoreNames, 'readwrite');
  await Promise.all([...db.objectStoreNames].map((name) => tx.objectStore(name).clear()));
  await tx.done;
}

/**
 * Exports a backup of `count` assessments and imports it into an empty database, `runs` times.
 * Import is everything a user's import does: parse and check the file (hashes included), plan, write.
 */
export async function timeBackup(count: number, runs: number) {
  await deleteDB(SOURCE);
  await deleteDB(TARGET);
  const source = await openAppDb({ name: SOURCE });
  const target = await openAppDb({ name: TARGET });
  try {
    await seed(source, count);
    const exportMs: number[] = [];
    const importMs: number[] = [];
    let bytes = 0;
    for (let run = 0; run < runs; run++) {
      let start = performance.now();
      const text = serializeBackup(await exportFullBackup(source));
      exportMs.push(performance.now() - start);
      bytes = new TextEncoder().encode(text).length;

      await clear(target);
      start = performance.now();
      const parsed = await parseBackupFile(text, hashSource, checklistModelOf);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
      await planImport(target, parsed.file);
      const result = await applyImport(target, parsed.file, new Map(), { copySuffix: '(copy)' });
      importMs.push(performance.now() - start);
      if (result.added !== count) throw new Error(`Imported ${result.added} of ${count}`);
    }
    return { exportMs, importMs, bytes };
  } finally {
    source.close();
    target.close();
    await deleteDB(SOURCE);
    await deleteDB(TARGET);
  }
}
