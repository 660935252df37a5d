import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { deleteDB } from 'idb';
import { checklistModelOf, createSnapshot, hashSource } from '../../src/checklist/snapshot';
import type { ChecklistRef } from '../../src/model/assessment';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_LIMITS,
  buildBackupFile,
  parseBackupFile,
  serializeBackup,
} from '../../src/model/backup';
import type { ChecklistSnapshot } from '../../src/model/checklist';
import {
  applyImport,
  conflictKey,
  exportAssessments,
  exportFullBackup,
  planImport,
} from '../../src/storage/backup';
import { openAppDb, type AppDB } from '../../src/storage/db';
import { assessmentsArb } from '../fixtures/arbitraries';
import { fixtureFile, fixtureText } from '../fixtures/backups';
import { SMALL_CHECKLIST } from '../fixtures/checklists';
import { clearDatabase, dumpDatabase } from '../fixtures/db-dump';

const NAME = 'test-storage-backup-property';
const OPTIONS = { copySuffix: '(tuotu)' };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON value: its path and the value there. */
function places(
  value: Json,
  path: Array<string | number> = [],
): Array<[Array<string | number>, Json]> {
  const out: Array<[Array<string | number>, Json]> = [[path, value]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...places(v, [...path, i])));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...places(v, [...path, k]));
  }
  return out;
}

function setAt(root: Json, path: Array<string | number>, value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, Json>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** A value of another type than `original`, so the file cannot stay valid. */
function otherType(original: Json, pick: number): Json {
  const choices: Json[] =
    typeof original === 'string'
      ? [7, true, null, [], {}]
      : typeof original === 'number'
        ? ['7', false, [], { a: 1 }]
        : typeof original === 'boolean'
          ? [1, 'true', null, []]
          : original === null
            ? ['x', true, []]
            : Array.isArray(original)
              ? [{ a: 1 }, 'x', 3, null]
              : [[1], 'x', 3, null];
  return choices[pick % choices.length]!;
}

function nested(depth: number, object: boolean): Json {
  let value: Json = 'pohja';
  for (let i = 0; i < depth; i++) value = object ? { a: value } : [value];
  return value;
}

describe('storage: files, property-based', function () {
  this.timeout(60000);
  let db: AppDB;
  let snapshot: ChecklistSnapshot;
  let ref: ChecklistRef;

  before(async () => {
    await deleteDB(NAME);
    db = await openAppDb({ name: NAME });
    const made = await createSnapshot(SMALL_CHECKLIST);
    if (!made.ok) throw new Error('fixture');
    snapshot = made.snapshot;
    const c = snapshot.checklist;
    ref = { id: c.id, version: c.version, title: c.title, hash: snapshot.hash };
  });

  after(async () => {
    db.close();
    await deleteDB(NAME);
  });

  it('any assessments round-trip: stored → exported → JSON → parsed → imported → read back, unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        assessmentsArb(ref, snapshot.checklist),
        fc.boolean(),
        async (assessments, full) => {
          await clearDatabase(db);
          await db.put('snapshots', snapshot);
          for (const a of assessments) await db.put('assessments', a);
          const exported = full
            ? await exportFullBackup(db)
            : await exportAssessments(
                db,
                assessments.map((a) => a.id),
              );
          await clearDatabase(db);
          const parsed = await parseBackupFile(
            serializeBackup(exported),
            hashSource,
            checklistModelOf,
          );
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
          expect(parsed.file).to.deep.equal(exported);
          const plan = await planImport(db, parsed.file);
          expect(plan.fresh).to.have.length(assessments.length);
          await applyImport(db, parsed.file, new Map(), OPTIONS);
          expect(await db.getAll('assessments')).to.have.deep.members(assessments);
          expect(await db.getAll('snapshots')).to.deep.equal([snapshot]);
          // Importing the same file again changes nothing
          const again = await planImport(db, parsed.file);
          expect(again.unchanged).to.equal(assessments.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('rejects ≥ 1,000 malformed or hostile files, and the database stays byte-for-byte the same', async () => {
    await clearDatabase(db);
    const good = await fixtureText('v1-backup.json');
    const goodFile = await fixtureFile('v1-backup.json');
    await applyImport(db, goodFile, new Map(), OPTIONS);
    // A conflict too, so that an accidental import would have something to overwrite
    await db.put('assessments', {
      ...goodFile.assessments[0]!,
      organisation: 'Minun',
      revision: 99,
    });
    const before = await dumpDatabase(db);
    const base = JSON.parse(good) as Json;
    const all = places(base);
    const json = (v: fc.JsonValue) => v as Json;
    const objects = all.filter(([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v));
    const containers = all.filter(([, v]) => v !== null && typeof v === 'object');

    const hostile = fc.oneof(
      // truncated anywhere
      fc.nat(good.trimEnd().length - 1).map((n) => good.slice(0, n)),
      // one value replaced by one of another type
      fc
        .tuple(fc.integer({ min: 1, max: all.length - 1 }), fc.nat())
        .map(([i, pick]) => JSON.stringify(setAt(base, all[i]![0], otherType(all[i]![1], pick)))),
      // a prototype key in any object
      fc
        .tuple(
          fc.nat(objects.length - 1),
          fc.constantFrom('__proto__', 'constructor', 'prototype'),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([i, key, value]) => {
          const [path] = objects[i]!;
          const text = JSON.stringify(
            setAt(base, path, { ...(objects[i]![1] as object), marker: 1 }),
          );
          return text.replace(
            '"marker":1',
            `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`,
          );
        }),
      // deep nesting placed anywhere
      fc
        .tuple(
          fc.nat(containers.length - 1),
          fc.integer({ min: BACKUP_LIMITS.depth, max: 3000 }),
          fc.boolean(),
        )
        .map(([i, depth, object]) => {
          const [path, v] = containers[i]!;
          const inner = nested(depth, object);
          return JSON.stringify(
            Array.isArray(v)
              ? setAt(base, [...path, 0], inner)
              : setAt(base, [...path, 'deep'], inner),
          );
        }),
      // a huge string
      fc
        .tuple(fc.integer({ min: 1, max: all.length - 1 }), fc.nat(1000))
        .filter(([i]) => typeof all[i]![1] === 'string')
        .map(([i, extra]) =>
          JSON.stringify(
            setAt(base, all[i]![0], 'x'.repeat(BACKUP_LIMITS.stringChars + 1 + extra)),
          ),
        ),
      // wrong format marker or version
      fc
        .oneof(
          fc.jsonValue({ maxDepth: 1 }),
          fc.integer({ min: BACKUP_FORMAT_VERSION + 1 }),
          fc.constant(0),
        )
        .filter((v) => v !== BACKUP_FORMAT_VERSION)
        .map((v) => JSON.stringify(setAt(base, ['formatVersion'], json(v as fc.JsonValue)))),
      fc
        .jsonValue({ maxDepth: 1 })
        .filter((v) => v !== 'jarjestoystavallisyys')
        .map((v) => JSON.stringify(setAt(base, ['format'], json(v)))),
      // a snapshot whose Markdown was tampered with, or that is missing
      fc.string({ minLength: 1, maxLength: 20 }).map((s) => {
        const f = structuredClone(base) as { snapshots: Array<{ source: string }> };
        f.snapshots[0]!.source += s;
        return JSON.stringify(f);
      }),
      fc.constant(JSON.stringify({ ...(base as object), snapshots: [] })),
      // random JSON and random text
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );

    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const result = await parseBackupFile(text, hashSource, checklistModelOf);
        expect(result.ok, text.slice(0, 200)).to.equal(false);
        if (result.ok) await applyImport(db, result.file, new Map(), OPTIONS);
        else {
          expect(result.problems.length).to.be.greaterThan(0);
          for (const p of result.problems) expect(p.code).to.be.a('string');
        }
        rejected++;
      }),
      { numRuns: 1100 },
    );
    expect(rejected).to.be.at.least(1000);
    expect(await dumpDatabase(db)).to.equal(before);
  });

  it('an import that fails half-way leaves the database byte-for-byte the same', async () => {
    await fc.assert(
      fc.asyncProperty(
        assessmentsArb(ref, snapshot.checklist, 4),
        assessmentsArb(ref, snapshot.checklist, 4),
        async (stored, imported) => {
          await clearDatabase(db);
          await db.put('snapshots', snapshot);
          for (const a of stored) await db.put('assessments', a);
          const before = await dumpDatabase(db);
          const file = buildBackupFile(
            'assessments',
            {
              assessments: [...imported, { ...stored[0]!, revision: stored[0]!.revision + 1 }],
              snapshots: [snapshot],
            },
            'now',
          );
          // The clashing record comes last; without a choice for it the whole import is refused.
          const choices = new Map(
            imported.map((a) => [conflictKey('assessment', a.id), 'theirs' as const]),
          );
          choices.delete(conflictKey('assessment', stored[0]!.id));
          const failed = await applyImport(db, file, choices, OPTIONS).then(
            () => false,
            () => true,
          );
          expect(failed).to.equal(true);
          expect(await dumpDatabase(db)).to.equal(before);
        },
      ),
      { numRuns: 40 },
    );
  });
});
