import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { parseChecklist } from '../../src/checklist/parse';
import { createSnapshot } from '../../src/checklist/snapshot';
import { newAssessment } from '../../src/model/assessment-ops';
import { ChecklistSnapshotSchema } from '../../src/model/checklist';
import { addAssessment, getAssessment, getSnapshot } from '../../src/storage/assessments';
import { openAppDb } from '../../src/storage/db';
import {
  CUSTOM_SCALE_CHECKLIST,
  SHAPE_1x7,
  SHAPE_2_2_2_1,
  SHAPE_3x9,
  SMALL_CHECKLIST,
} from '../fixtures/checklists';

const NAME = 'test-storage-snapshot-roundtrip';

const SOURCES: [string, string][] = [
  ['small, with a draft item', SMALL_CHECKLIST],
  ['1 × 7', SHAPE_1x7],
  ['2/2/2/1 on yes-no', SHAPE_2_2_2_1],
  ['3 × 9 on 1–5', SHAPE_3x9],
  ['custom scale', CUSTOM_SCALE_CHECKLIST],
  ...BUILTIN_CHECKLISTS.map((c): [string, string] => [c.key, c.source]),
];

describe('storage: a parsed checklist survives IndexedDB unchanged', () => {
  beforeEach(() => deleteDB(NAME));
  after(() => deleteDB(NAME));

  for (const [name, source] of SOURCES) {
    it(`parse → model → stored snapshot → reload → the same model (${name})`, async () => {
      const parsed = parseChecklist(source);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const made = await createSnapshot(source);
      if (!made.ok) throw new Error('snapshot');
      const assessment = newAssessment(
        {
          organisation: 'Tallennusla',
          organisationType: 'municipality',
          date: '2026-11-23',
          participants: [],
        },
        {
          id: made.snapshot.checklist.id,
          version: made.snapshot.checklist.version,
          title: made.snapshot.checklist.title,
          hash: made.snapshot.hash,
        },
        'round-trip',
        '2026-11-23T10:00:00Z',
      );

      const db = await openAppDb({ name: NAME });
      await addAssessment(db, assessment, made.snapshot);
      db.close();

      // A fresh connection, as after a reload of the page
      const again = await openAppDb({ name: NAME });
      const stored = await getSnapshot(
        again,
        (await getAssessment(again, 'round-trip'))!.checklist.hash,
      );
      again.close();

      expect(stored).to.not.equal(undefined);
      expect(ChecklistSnapshotSchema.safeParse(stored).success).to.equal(true);
      expect(stored!.checklist).to.deep.equal(parsed.checklist);
      expect(stored!.source).to.equal(source);
      // The stored Markdown still parses to the very same model
      const reparsed = parseChecklist(stored!.source);
      expect(reparsed.ok && reparsed.checklist).to.deep.equal(parsed.checklist);
    });
  }
});
