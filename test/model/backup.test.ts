import { expect } from '@open-wc/testing';
import { checklistModelOf, hashSource } from '../../src/checklist/snapshot';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_LIMITS,
  formatPath,
  parseBackupFile,
  type BackupProblem,
} from '../../src/model/backup';
import { FILE_MIGRATIONS, migrateBackup, type RawBackup } from '../../src/model/backup-migrations';
import { BACKUP_FIXTURES, fixtureText } from '../fixtures/backups';

async function base(): Promise<RawBackup> {
  return JSON.parse(await fixtureText('v1-backup.json')) as RawBackup;
}

async function problemsOf(text: string): Promise<BackupProblem[]> {
  const result = await parseBackupFile(text, hashSource, checklistModelOf);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the raw JSON freely
async function problemsAfter(change: (file: any) => void): Promise<BackupProblem[]> {
  const file = await base();
  change(file);
  return problemsOf(JSON.stringify(file));
}

const brief = (ps: BackupProblem[]) => ps.map((p) => `${p.code}@${p.path}`);

describe('backup file: parse and check', () => {
  it('reads every committed fixture of every format version', async () => {
    for (const fixture of BACKUP_FIXTURES) {
      const result = await parseBackupFile(
        await fixtureText(fixture.name),
        hashSource,
        checklistModelOf,
      );
      expect(result.ok, fixture.name).to.equal(true);
      if (!result.ok) continue;
      expect(result.file.formatVersion).to.equal(BACKUP_FORMAT_VERSION);
      expect(result.file.assessments).to.have.length(fixture.assessments);
      expect(result.file.checklists).to.have.length(fixture.checklists);
    }
    const versions = new Set(BACKUP_FIXTURES.map((f) => f.version));
    for (let v = 1; v <= BACKUP_FORMAT_VERSION; v++) {
      expect((versions as Set<number>).has(v), `a fixture of format version ${v}`).to.equal(true);
    }
  });

  it('keeps every field of a fixture, optional ones included', async () => {
    const text = await fixtureText('v2-backup.json');
    const result = await parseBackupFile(text, hashSource, checklistModelOf);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.file).to.deep.equal(JSON.parse(text));
  });

  it('reads a version 1 file with every action planned, and no target, priority or review invented', async () => {
    const old = await base();
    const result = await parseBackupFile(JSON.stringify(old), hashSource, checklistModelOf);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    // What version 2 makes of it, written out by hand: only the version and the statuses change.
    const expected = JSON.parse(JSON.stringify(old)) as {
      formatVersion: number;
      assessments: { answers: Record<string, { actions: Record<string, unknown>[] }> }[];
    };
    expected.formatVersion = 2;
    for (const a of expected.assessments) {
      for (const answer of Object.values(a.answers)) {
        for (const action of answer.actions) action.status = 'planned';
      }
    }
    expect(result.file).to.deep.equal(expected);
    const text = JSON.stringify(result.file);
    for (const key of ['target', 'priority', 'review', 'previousRound', 'resources']) {
      expect(text, key).not.to.include(`"${key}"`);
    }
  });

  it('refuses a target level that is not on the scale, and an unknown status or outcome', async () => {
    const v2 = JSON.parse(await fixtureText('v2-backup.json')) as RawBackup;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the raw JSON freely
    const file = v2 as any;
    file.assessments[0].answers.I1.target.level = 7;
    file.assessments[0].answers.I1.actions[0].status = 'waiting';
    file.assessments[2].review[0].outcome = 'maybe';
    const problems = brief(await problemsOf(JSON.stringify(file)));
    expect(problems).to.include.members([
      'invalidValue@assessments[0].answers.I1.actions[0].status',
      'invalidValue@assessments[2].review[0].outcome',
    ]);
    file.assessments[0].answers.I1.actions[0].status = 'done';
    file.assessments[2].review[0].outcome = 'partly';
    expect(brief(await problemsOf(JSON.stringify(file)))).to.deep.equal([
      'levelNotOnScale@assessments[0].answers.I1.target.level',
    ]);
  });

  it('rejects text that is not JSON', async () => {
    for (const text of ['{\n  "format": x }', '{"a": 1,}', 'not a backup }']) {
      expect(await problemsOf(text), text).to.deep.equal([
        { code: 'notJson', path: '', params: {} },
      ]);
    }
  });

  it('recognises a truncated file', async () => {
    const text = await fixtureText('v1-backup.json');
    expect(brief(await problemsOf(text.slice(0, text.length / 2)))).to.deep.equal(['truncated@']);
    expect(brief(await problemsOf(''))).to.deep.equal(['truncated@']);
    expect(brief(await problemsOf('{"format": "x", "assessments": ['))).to.deep.equal([
      'truncated@',
    ]);
  });

  it('rejects JSON that is not an object, or not our format', async () => {
    expect(brief(await problemsOf('[1,2]'))).to.deep.equal(['notObject@']);
    expect(brief(await problemsOf('null'))).to.deep.equal(['notObject@']);
    expect(brief(await problemsAfter((f) => (f.format = 'squad-health-check')))).to.deep.equal([
      'wrongFormat@format',
    ]);
    expect(brief(await problemsAfter((f) => delete f.format))).to.deep.equal([
      'wrongFormat@format',
    ]);
  });

  it('rejects unknown and future format versions', async () => {
    for (const v of [0, -1, 1.5]) {
      const ps = await problemsAfter((f) => (f.formatVersion = v));
      expect(brief(ps), String(v)).to.deep.equal(['unsupportedVersion@formatVersion']);
    }
    // A version written as text is a wrong type, not an unknown version "1".
    for (const [v, found] of [
      ['1', 'string'],
      [null, 'null'],
    ] as const) {
      expect(await problemsAfter((f) => (f.formatVersion = v))).to.deep.equal([
        { code: 'invalidType', path: 'formatVersion', params: { expected: 'number', found } },
      ]);
    }
    const future = await problemsAfter((f) => (f.formatVersion = BACKUP_FORMAT_VERSION + 1));
    expect(future).to.deep.equal([
      {
        code: 'futureVersion',
        path: 'formatVersion',
        params: { found: BACKUP_FORMAT_VERSION + 1, supported: BACKUP_FORMAT_VERSION },
      },
    ]);
  });

  it('reports every schema error, each with its path', async () => {
    const ps = await problemsAfter((f) => {
      f.assessments[0].answers.I1.level = 'three';
      f.assessments[0].date = '23.11.2026';
      f.assessments[1].organisationType = 'city';
      f.assessments[1].revision = -1;
      delete f.checklists[0].title;
      f.assessments[0].answers['I 2'] = { notes: 5, actions: [] };
      f.extra = true;
    });
    expect(brief(ps)).to.have.members([
      'invalidType@assessments[0].answers.I1.level',
      'invalidFormat@assessments[0].date',
      'invalidType@assessments[0].answers["I 2"].notes',
      'invalidValue@assessments[1].organisationType',
      'tooSmall@assessments[1].revision',
      'invalidType@checklists[0].title',
      'unknownKey@',
    ]);
    const level = ps.find((p) => p.path === 'assessments[0].answers.I1.level');
    expect(level?.params).to.deep.equal({ expected: 'number', found: 'string' });
    const title = ps.find((p) => p.path === 'checklists[0].title');
    expect(title?.params.found).to.equal('missing');
  });

  it('rejects a snapshot whose hash does not match its Markdown', async () => {
    const ps = await problemsAfter((f) => (f.snapshots[1].source += '\nmuutettu'));
    expect(brief(ps)).to.deep.equal(['snapshotMismatch@snapshots[1].hash']);
  });

  it('rejects an assessment whose snapshot is not in the file', async () => {
    const ps = await problemsAfter((f) => f.snapshots.splice(1, 1));
    expect(brief(ps)).to.deep.equal(['snapshotMissing@assessments[1].checklist.hash']);
  });

  it('rejects the same id twice', async () => {
    const ps = await problemsAfter((f) => {
      f.assessments.push(structuredClone(f.assessments[0]));
      f.checklists[1].key = f.checklists[0].key;
    });
    expect(brief(ps)).to.have.members([
      'duplicateId@assessments[2].id',
      'duplicateId@checklists[1].key',
    ]);
  });

  it('rejects prototype keys anywhere, before anything else is looked at', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = (await fixtureText('v1-backup.json')).replace(
        '"I2": {',
        `"I2": { "${key}": { "polluted": true },`,
      );
      const ps = await problemsOf(text);
      expect(brief(ps), key).to.deep.equal([`forbiddenKey@assessments[0].answers.I2.${key}`]);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('rejects nesting deeper than the limit', async () => {
    const deep = '['.repeat(BACKUP_LIMITS.depth + 5) + ']'.repeat(BACKUP_LIMITS.depth + 5);
    expect((await problemsOf(deep))[0]?.code).to.equal('tooDeep');
    const veryDeep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect((await problemsOf(veryDeep))[0]?.code).to.equal('tooDeep');
  });

  it('rejects absurd strings and keys, and files over the size limit', async () => {
    const huge = 'x'.repeat(BACKUP_LIMITS.stringChars + 1);
    const ps = await problemsAfter((f) => (f.assessments[0].answers.I1.notes = huge));
    expect(ps).to.deep.equal([
      {
        code: 'stringTooLong',
        path: 'assessments[0].answers.I1.notes',
        params: { length: huge.length, limit: BACKUP_LIMITS.stringChars },
      },
    ]);
    const key = 'k'.repeat(BACKUP_LIMITS.keyChars + 1);
    const keyed = await problemsAfter((f) => (f.assessments[0].answers[key] = {}));
    expect(keyed[0]?.code).to.equal('keyTooLong');
    const tooBig = ' '.repeat(BACKUP_LIMITS.fileChars + 1);
    expect(brief(await problemsOf(tooBig))).to.deep.equal(['tooLarge@']);
  });

  it('stops at the problem limit on a file of a million bad entries', async () => {
    const file = await base();
    file.assessments = new Array(BACKUP_LIMITS.entries.assessments).fill(0);
    const start = performance.now();
    const ps = await problemsOf(JSON.stringify(file));
    expect(performance.now() - start).to.be.below(5000);
    expect(ps).to.have.length(BACKUP_LIMITS.problems);
    expect(ps[0]).to.deep.equal({
      code: 'invalidType',
      path: 'assessments[0]',
      params: { expected: 'object', found: 'number' },
    });
  });

  it('refuses a list longer than its limit at once', async () => {
    const file = await base();
    file.assessments = new Array(1_000_000).fill(0);
    expect(await problemsOf(JSON.stringify(file))).to.deep.equal([
      {
        code: 'tooBig',
        path: 'assessments',
        params: { maximum: BACKUP_LIMITS.entries.assessments },
      },
    ]);
  });

  it('writes paths the way the JSON reads', () => {
    expect(formatPath(['assessments', 3, 'answers', 'A1', 'level'])).to.equal(
      'assessments[3].answers.A1.level',
    );
    expect(formatPath(['answers', 'a "b"'])).to.equal('answers["a \\"b\\""]');
    expect(formatPath([])).to.equal('');
  });
});

describe('backup file: format migrations', () => {
  it('has one migration per format version after the first', () => {
    expect(FILE_MIGRATIONS).to.have.length(BACKUP_FORMAT_VERSION - 1);
  });

  it('runs the chain from a file’s version to the newest, in order', () => {
    const chain = [
      (f: RawBackup) => ({ ...f, formatVersion: 2, steps: [...(f.steps as string[]), 'v1→v2'] }),
      (f: RawBackup) => ({ ...f, formatVersion: 3, steps: [...(f.steps as string[]), 'v2→v3'] }),
    ];
    expect(migrateBackup({ formatVersion: 1, steps: [] }, 1, chain)).to.deep.equal({
      formatVersion: 3,
      steps: ['v1→v2', 'v2→v3'],
    });
    expect(migrateBackup({ formatVersion: 2, steps: [] }, 2, chain)).to.deep.equal({
      formatVersion: 3,
      steps: ['v2→v3'],
    });
    expect(migrateBackup({ formatVersion: 3, steps: [] }, 3, chain).steps).to.deep.equal([]);
  });
});

describe('backup file: nothing in a file is trusted beyond its Markdown', () => {
  it('replaces a forged snapshot model with what the parser makes of its Markdown', async () => {
    const file = await base();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reaching into the raw JSON
    const snapshot = (file.snapshots as any[])[0];
    const genuine = structuredClone(snapshot.checklist);
    snapshot.checklist.headings[0].items[0].statement = 'Väärennetty väite';
    snapshot.checklist.scale.levels[0].score = 100;
    const result = await parseBackupFile(JSON.stringify(file), hashSource, checklistModelOf);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    expect(result.file.snapshots[0]!.checklist).to.deep.equal(checklistModelOf(snapshot.source));
    expect(result.file.snapshots[0]!.checklist).to.deep.equal(genuine);
  });

  it('refuses a snapshot whose Markdown does not parse', async () => {
    const file = await base();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reaching into the raw JSON
    const snapshot = (file.snapshots as any[])[1];
    const before = snapshot.hash;
    snapshot.source = snapshot.source.replace(/\{#[A-Za-z0-9]+\}/, '');
    snapshot.hash = await hashSource(snapshot.source);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reaching into the raw JSON
    for (const a of file.assessments as any[]) {
      if (a.checklist.hash === before) a.checklist.hash = snapshot.hash;
    }
    expect(brief(await problemsOf(JSON.stringify(file)))).to.include(
      'snapshotInvalid@snapshots[1].source',
    );
  });

  it('reads a custom checklist’s title, id, version and draft state from its Markdown', async () => {
    const file = await base();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reaching into the raw JSON
    const [ready, draft] = file.checklists as any[];
    const expected = { title: ready.title, checklistId: ready.checklistId, version: ready.version };
    Object.assign(ready, {
      title: 'Järjestöystävällinen kunta',
      checklistId: 'kunta',
      draft: true,
    });
    const result = await parseBackupFile(JSON.stringify(file), hashSource, checklistModelOf);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [r0, r1] = result.file.checklists;
    expect({ title: r0!.title, checklistId: r0!.checklistId, version: r0!.version }).to.deep.equal(
      expected,
    );
    expect(r0!.draft).to.equal(checklistModelOf(ready.source) === undefined);
    expect(r1!.draft).to.equal(checklistModelOf(draft.source) === undefined);
  });
});

describe('backup file: impossible or harmful values are refused with their path', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the raw JSON freely
  const cases: Array<[string, (f: any) => void, string]> = [
    [
      '30 February',
      (f) => (f.assessments[0].date = '2026-02-30'),
      'invalidFormat@assessments[0].date',
    ],
    [
      'month 13',
      (f) => (f.assessments[0].date = '2026-13-45'),
      'invalidFormat@assessments[0].date',
    ],
    [
      'year 9999',
      (f) => (f.assessments[0].date = '9999-12-31'),
      'invalidFormat@assessments[0].date',
    ],
    [
      'a due date of 31 February',
      (f) =>
        (f.assessments[0].answers.I1.actions = [
          { id: 'a', what: 'x', who: '', due: '2026-02-31' },
        ]),
      'invalidFormat@assessments[0].answers.I1.actions[0].due',
    ],
    [
      'createdAt "eilen"',
      (f) => (f.assessments[0].createdAt = 'eilen'),
      'invalidFormat@assessments[0].createdAt',
    ],
    [
      'level 99',
      (f) => (f.assessments[0].answers.I1.level = 99),
      'levelNotOnScale@assessments[0].answers.I1.level',
    ],
    [
      'level -5',
      (f) => (f.assessments[0].answers.I1.level = -5),
      'levelNotOnScale@assessments[0].answers.I1.level',
    ],
    [
      'a tally for level 7',
      (f) => (f.assessments[0].answers.I1.tally = { '7': 3 }),
      'levelNotOnScale@assessments[0].answers.I1.tally["7"]',
    ],
    [
      'an item the checklist lacks',
      (f) => (f.assessments[0].answers.ZZ9 = { notes: '', actions: [] }),
      'unknownItem@assessments[0].answers.ZZ9',
    ],
    [
      'a trashed assessment with level 99',
      (f) => {
        const trashed = structuredClone(f.assessments[0]);
        trashed.answers.I1.level = 99;
        f.trash = [{ id: trashed.id, deletedAt: '2026-11-30T10:00:00.000Z', assessment: trashed }];
      },
      'levelNotOnScale@trash[0].assessment.answers.I1.level',
    ],
    [
      'a trash entry deleted "eilen"',
      (f) => {
        const trashed = structuredClone(f.assessments[0]);
        f.trash = [{ id: trashed.id, deletedAt: 'eilen', assessment: trashed }];
      },
      'invalidFormat@trash[0].deletedAt',
    ],
    [
      'a rating by a perspective the assessment lacks',
      (f) => (f.assessments[0].answers.I1.ratings = { muu: 1 }),
      'unknownPerspective@assessments[0].answers.I1.ratings.muu',
    ],
    [
      'a lone surrogate id',
      (f) => (f.assessments[0].id = '\ud800'),
      'textMalformed@assessments[0].id',
    ],
    [
      'a lone surrogate in notes',
      (f) => (f.assessments[0].answers.I1.notes = 'a\udc00b'),
      'textMalformed@assessments[0].answers.I1.notes',
    ],
    [
      'revision 2^53 - 1',
      (f) => (f.assessments[0].revision = Number.MAX_SAFE_INTEGER),
      'tooBig@assessments[0].revision',
    ],
    [
      'answer key toString',
      (f) => (f.assessments[0].answers.toString = { notes: '', actions: [] }),
      'forbiddenKey@assessments[0].answers.toString',
    ],
    [
      'answer key hasOwnProperty',
      (f) => (f.assessments[0].answers.hasOwnProperty = { notes: '', actions: [] }),
      'forbiddenKey@assessments[0].answers.hasOwnProperty',
    ],
    [
      'a million actions',
      (f) =>
        (f.assessments[0].answers.I1.actions = Array.from({ length: 1_000_000 }, (_, i) => ({
          id: `a${i}`,
          what: '',
          who: '',
          due: '',
        }))),
      'tooBig@assessments[0].answers.I1.actions',
    ],
    [
      'a million perspectives',
      (f) =>
        (f.assessments[0].perspectives = Array.from({ length: 1_000_000 }, (_, i) => ({
          id: `p${i}`,
          name: '',
        }))),
      'tooBig@assessments[0].perspectives',
    ],
    [
      'another checklist title in the reference',
      (f) => (f.assessments[0].checklist.title = 'Väärä lista'),
      'checklistRefMismatch@assessments[0].checklist',
    ],
  ];
  for (const [name, change, expected] of cases) {
    it(name, async () => {
      expect(brief(await problemsAfter(change))).to.include(expected);
    });
  }

  it('refuses an item id that every object inherits in a snapshot’s Markdown', async () => {
    const file = await base();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reaching into the raw JSON
    const snapshot = (file.snapshots as any[])[0];
    const id = /\{#(\w+)\}\n\n/.exec(snapshot.source.split('### ')[1])?.[1];
    expect(id, 'an item id in the fixture').to.be.a('string');
    snapshot.source = snapshot.source.replace(`{#${id}}`, '{#constructor}');
    const hash = await hashSource(snapshot.source);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reaching into the raw JSON
    for (const a of file.assessments as any[])
      if (a.checklist.hash === snapshot.hash) a.checklist.hash = hash;
    snapshot.hash = hash;
    expect(brief(await problemsOf(JSON.stringify(file)))).to.include(
      'snapshotInvalid@snapshots[0].source',
    );
  });
});
