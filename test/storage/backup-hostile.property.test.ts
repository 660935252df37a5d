import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { deleteDB } from 'idb';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { parseChecklist } from '../../src/checklist/parse';
import { checklistModelOf, createSnapshot, hashSource } from '../../src/checklist/snapshot';
import type { Assessment } from '../../src/model/assessment';
import { buildBackupFile, parseBackupFile, serializeBackup } from '../../src/model/backup';
import type { Checklist, ChecklistSnapshot } from '../../src/model/checklist';
import { comparePerspectives } from '../../src/model/perspectives';
import { buildImprovementPlan } from '../../src/model/plan';
import { buildRegionMatrices } from '../../src/model/region-matrix';
import { scoreAssessment } from '../../src/model/scoring';
import { addAssessment } from '../../src/storage/assessments';
import { applyImport } from '../../src/storage/backup';
import { openAppDb, type AppDB } from '../../src/storage/db';
import { assessmentArb } from '../fixtures/arbitraries';
import { SMALL_CHECKLIST, shapedChecklist } from '../fixtures/checklists';
import { clearDatabase } from '../fixtures/db-dump';

const NAME = 'test-storage-backup-hostile';
const OPTIONS = { copySuffix: '(tuotu)' };
// Seeded and bounded: the same cases on every run, a few seconds in all.
const RUNS = { seed: 120_2026, numRuns: 60 } as const;

/** A random checklist: its Markdown (1–4 headings of 1–5 items, any preset scale) or a built-in one. */
const checklistSource = fc.oneof(
  fc
    .tuple(
      fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
      fc.constantFrom('maturity-0-4', 'scale-1-5', 'yes-no'),
    )
    .map(([counts, scale]) => shapedChecklist(counts, [`scale: ${scale}`])),
  fc.constantFrom(...BUILTIN_CHECKLISTS.map((b) => b.source)),
);

/** What a forger might change in a parsed model: a statement, a score, an item dropped or added. */
const forgery = fc.record({
  statement: fc.string({ minLength: 1, maxLength: 20 }),
  score: fc.integer({ min: 0, max: 100 }),
  drop: fc.boolean(),
});

function forge(
  model: Checklist,
  f: { statement: string; score: number; drop: boolean },
): Checklist {
  const copy = structuredClone(model);
  const heading = copy.headings[0]!;
  heading.items[0]!.statement = f.statement;
  copy.scale.levels[0]!.score = f.score;
  if (f.drop && heading.items.length > 1) heading.items.pop();
  else heading.items.push({ ...heading.items[0]!, id: 'Forged1' });
  return copy;
}

/** What every view computes from an assessment; throws when a value breaks one of them. */
function renderEverything(assessment: Assessment, checklist: Checklist): void {
  const score = scoreAssessment(checklist, assessment.answers);
  buildImprovementPlan(checklist, assessment, score);
  comparePerspectives(checklist, assessment.perspectives ?? [], assessment.answers);
  buildRegionMatrices([{ assessment, checklist }]);
  encodeURIComponent(assessment.id);
  new Intl.DateTimeFormat('fi', { dateStyle: 'short' }).format(new Date(assessment.date));
  for (const item of checklist.headings.flatMap((h) => h.items)) {
    const answer = Object.hasOwn(assessment.answers, item.id)
      ? assessment.answers[item.id]
      : undefined;
    if (answer) expect(answer.actions).to.be.an('array');
    const level = answer?.level;
    if (typeof level === 'number') {
      expect(checklist.scale.levels.map((l) => l.value)).to.include(level);
    }
  }
  expect(new Date(assessment.date).getUTCFullYear()).to.be.within(1900, 2199);
  expect(assessment.revision + 1).to.be.at.most(Number.MAX_SAFE_INTEGER);
  expect(assessment.date).to.equal(new Date(assessment.date).toISOString().slice(0, 10));
}

describe('storage: hostile files, property-based', function () {
  this.timeout(60000);
  let db: AppDB;
  let small: ChecklistSnapshot;

  before(async () => {
    await deleteDB(NAME);
    db = await openAppDb({ name: NAME });
    const made = await createSnapshot(SMALL_CHECKLIST);
    if (!made.ok) throw new Error('fixture');
    small = made.snapshot;
  });

  after(async () => {
    db.close();
    await deleteDB(NAME);
  });

  it('for any checklist and any forged model, the stored model is what the parser makes of the Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(checklistSource, forgery, async (source, f) => {
        await clearDatabase(db);
        const parsed = parseChecklist(source);
        if (!parsed.ok) throw new Error('fixture does not parse');
        const hash = await hashSource(source);
        const forged: ChecklistSnapshot = { hash, source, checklist: forge(parsed.checklist, f) };
        const { id, version, title } = parsed.checklist;
        const assessment: Assessment = {
          id: 'a1',
          organisation: 'Väärennyskylä',
          organisationType: 'municipality',
          date: '2026-11-30',
          participants: [],
          checklist: { id, version, title, hash },
          answers: {},
          createdAt: '2026-11-30T10:00:00.000Z',
          updatedAt: '2026-11-30T10:00:00.000Z',
          revision: 1,
        };
        const text = serializeBackup(
          buildBackupFile('assessments', { assessments: [assessment], snapshots: [forged] }, 'x'),
        );
        const result = await parseBackupFile(text, hashSource, checklistModelOf);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        await applyImport(db, result.file, new Map(), OPTIONS);
        expect((await db.get('snapshots', hash))?.checklist).to.deep.equal(parsed.checklist);
        // A new assessment on the same (say, built-in) checklist gets the parser's model too.
        const fresh = await createSnapshot(source);
        if (!fresh.ok) throw new Error('fixture');
        await addAssessment(db, { ...assessment, id: 'a2' }, fresh.snapshot);
        expect((await db.get('snapshots', hash))?.checklist).to.deep.equal(parsed.checklist);
      }),
      RUNS,
    );
  });

  it('a file whose fields take hostile but type-correct values is refused, or imports into a state every view computes', async () => {
    const ref = {
      id: small.checklist.id,
      version: small.checklist.version,
      title: small.checklist.title,
      hash: small.hash,
    };
    const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
    const hostileText = fc.oneof(
      fc.constantFrom('\ud800', 'a\udfffb', '\udc00\ud800', ...prototypeNames),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    const hostileDate = fc.oneof(
      fc.constantFrom('2026-02-30', '2026-13-45', '2026-02-31', '0000-00-00', '9999-12-31'),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.nat(99), fc.nat(99))
        .map(([y, m, d]) =>
          [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].join(
            '-',
          ),
        ),
    );
    const hugeInt = fc.oneof(
      fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 31, -5, 99, 1e9 + 1),
      fc.integer({ min: -1e6, max: 1e6 }),
    );
    type Change = (a: Assessment) => void;
    const change: fc.Arbitrary<Change> = fc.oneof(
      hostileDate.map(
        (d): Change =>
          (a) =>
            (a.date = d),
      ),
      hostileDate.map(
        (d): Change =>
          (a) =>
            (a.answers.I1!.actions = [{ id: 'x', what: '', who: '', due: d, status: 'planned' }]),
      ),
      hostileText.map(
        (t): Change =>
          (a) =>
            (a.id = t),
      ),
      hostileText.map(
        (t): Change =>
          (a) =>
            (a.createdAt = t),
      ),
      hostileText.map(
        (t): Change =>
          (a) =>
            (a.answers.I1!.notes = t),
      ),
      hostileText.map(
        (t): Change =>
          (a) =>
            (a.answers[t] = { notes: '', actions: [] }),
      ),
      hostileText.map(
        (t): Change =>
          (a) =>
            (a.perspectives = [{ id: t, name: t }]),
      ),
      hostileText.map(
        (t): Change =>
          (a) =>
            (a.answers.I1!.ratings = { [t]: 1 }),
      ),
      hugeInt.map(
        (n): Change =>
          (a) =>
            (a.revision = n),
      ),
      hugeInt.map(
        (n): Change =>
          (a) =>
            (a.answers.I1!.level = n),
      ),
      hugeInt.map(
        (n): Change =>
          (a) =>
            (a.answers.I1!.tally = { [String(n)]: 1, '2': n }),
      ),
      fc.integer({ min: 150, max: 3000 }).map(
        (n): Change =>
          (a) =>
            (a.answers.I1!.actions = Array.from({ length: n }, (_, i) => ({
              id: `a${i}`,
              what: 'x',
              who: '',
              due: '',
              status: 'planned' as const,
            }))),
      ),
      fc.integer({ min: 10, max: 3000 }).map(
        (n): Change =>
          (a) =>
            (a.perspectives = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: '' }))),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        assessmentArb(ref, small.checklist),
        fc.array(change, { minLength: 1, maxLength: 3 }),
        async (valid, changes) => {
          await clearDatabase(db);
          const assessment = structuredClone(valid);
          assessment.answers.I1 ??= { notes: '', actions: [] };
          for (const c of changes) c(assessment);
          const text = JSON.stringify(
            buildBackupFile('assessments', { assessments: [assessment], snapshots: [small] }, 'x'),
          );
          const result = await parseBackupFile(text, hashSource, checklistModelOf);
          if (!result.ok) {
            expect(result.problems.length).to.be.greaterThan(0);
            expect(await db.count('assessments')).to.equal(0);
            return;
          }
          await applyImport(db, result.file, new Map(), OPTIONS);
          for (const stored of await db.getAll('assessments')) {
            const snapshot = await db.get('snapshots', stored.checklist.hash);
            expect(snapshot, 'its snapshot').to.not.equal(undefined);
            renderEverything(stored, snapshot!.checklist);
          }
        },
      ),
      { ...RUNS, numRuns: 300 },
    );
  });
});
