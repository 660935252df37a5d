import { expect } from '@open-wc/testing';
import { hashSource } from '../../src/checklist/snapshot';
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
  const result = await parseBackupFile(text, hashSource);
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
      const result = await parseBackupFile(await fixtureText(fixture.name), hashSource);
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
    const result = await parseBackupFile(await fixtureText('v1-backup.json'), hashSource);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.file).to.deep.equal(await base());
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
    for (const v of [0, -1, 1.5, '1', null]) {
      const ps = await problemsAfter((f) => (f.formatVersion = v));
      expect(brief(ps), String(v)).to.deep.equal(['unsupportedVersion@formatVersion']);
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
    file.assessments = new Array(1_000_000).fill(0);
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
