import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { builtinFor } from '../../src/checklist/builtin';
import { createSnapshot, hashSource } from '../../src/checklist/snapshot';
import type { Assessment } from '../../src/model/assessment';
import { parseBackupFile, serializeBackup } from '../../src/model/backup';
import { allItems } from '../../src/model/checklist';
import { applyImport, exportFullBackup, planImport } from '../../src/storage/backup';
import { openAppDb } from '../../src/storage/db';
import { clearDatabase } from '../fixtures/db-dump';

const NAME = 'test-storage-backup-scale';
const COUNT = 300;
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('storage: a 300-assessment backup', function () {
  this.timeout(120000);

  it('exports and imports 300 full assessments well within a second each (medians printed)', async () => {
    await deleteDB(NAME);
    const source = await openAppDb({ name: `${NAME}-source` });
    const target = await openAppDb({ name: NAME });
    try {
      const made = await createSnapshot(builtinFor('municipality', 'fi').source);
      if (!made.ok) throw new Error('built-in checklist');
      const snapshot = made.snapshot;
      const c = snapshot.checklist;
      const ref = { id: c.id, version: c.version, title: c.title, hash: snapshot.hash };
      const items = allItems(c);
      const tx = source.transaction(['assessments', 'snapshots'], 'readwrite');
      void tx.objectStore('snapshots').put(snapshot);
      for (let i = 0; i < COUNT; i++) {
        const answers: Assessment['answers'] = {};
        items.forEach((item, n) => {
          answers[item.id] = {
            level: (i + n) % 5,
            notes: `Muistiinpano ${i}/${n}: järjestöt kuultiin – ${'x'.repeat(200)}`,
            actions: [
              { id: `a${i}-${n}`, what: 'Sovitaan vastuut', who: 'Hyte', due: '2027-03-31' },
            ],
            tally: { '1': 2, '3': 5, '4': 1 },
          };
        });
        void tx.objectStore('assessments').put({
          id: `scale-${i}`,
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

      const exportMs: number[] = [];
      const importMs: number[] = [];
      let bytes = 0;
      for (let run = 0; run < RUNS; run++) {
        let start = performance.now();
        const text = serializeBackup(await exportFullBackup(source));
        exportMs.push(performance.now() - start);
        bytes = new TextEncoder().encode(text).length;

        await clearDatabase(target);
        start = performance.now();
        const parsed = await parseBackupFile(text, hashSource);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
        const plan = await planImport(target, parsed.file);
        const result = await applyImport(target, parsed.file, new Map(), { copySuffix: '(tuotu)' });
        importMs.push(performance.now() - start);
        expect(plan.fresh).to.have.length(COUNT);
        expect(result.added).to.equal(COUNT);
      }
      console.log(
        `backup of ${COUNT} assessments (${(bytes / 1024 / 1024).toFixed(1)} MB): export median ${median(exportMs).toFixed(0)} ms, import median ${median(importMs).toFixed(0)} ms`,
      );
      expect(await target.count('assessments')).to.equal(COUNT);
      expect(median(exportMs)).to.be.below(3000);
      expect(median(importMs)).to.be.below(5000);
    } finally {
      source.close();
      target.close();
      await deleteDB(`${NAME}-source`);
      await deleteDB(NAME);
    }
  });
});
