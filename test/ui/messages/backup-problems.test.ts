import { expect } from '@open-wc/testing';
import { fi } from '../../../src/i18n/fi';
import { loadMessages } from '../../../src/i18n';
import { BACKUP_PROBLEM_CODES } from '../../../src/model/backup';
import { backupProblemMessage } from '../../../src/ui/messages/backup-problems';

describe('backup problems as sentences', () => {
  // Only the backup panel, which loads with this part, turns problems into sentences.
  before(() => loadMessages('views'));

  it('has a sentence for every problem code', () => {
    for (const code of BACKUP_PROBLEM_CODES) expect(fi).to.have.property(`backupProblem.${code}`);
  });

  it('says where in the file, and names types in the user’s language', () => {
    expect(
      backupProblemMessage({
        code: 'invalidType',
        path: 'assessments[3].answers.A1.level',
        params: { expected: 'number', found: 'string' },
      }),
    ).to.equal('Kohta assessments[3].answers.A1.level: Pitäisi olla luku, mutta on teksti.');
    expect(
      backupProblemMessage({ code: 'tooLarge', path: '', params: { size: 1, limit: 52428800 } }),
    ).to.equal('Tiedosto on liian suuri (enintään 50 Mt).');
  });
});
