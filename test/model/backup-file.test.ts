import { expect } from '@open-wc/testing';
import { buildBackupFile } from '../../src/model/backup-file';
import { fixtureFile } from '../fixtures/backups';

describe('backup file: building', () => {
  it('marks the format and version, and lists each snapshot once', async () => {
    const source = await fixtureFile('v1-backup.json');
    const snapshot = source.snapshots[0]!;
    const file = buildBackupFile(
      'assessments',
      { assessments: source.assessments, snapshots: [snapshot, snapshot] },
      '2026-12-01T06:00:00.000Z',
    );
    expect(file.format).to.equal('jarjestoystavallisyys');
    expect(file.formatVersion).to.equal(2);
    expect(file.kind).to.equal('assessments');
    expect(file.snapshots).to.deep.equal([snapshot]);
    expect(file.checklists).to.deep.equal([]);
  });
});
