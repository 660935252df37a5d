import { expect } from '@open-wc/testing';
import {
  compareVersions,
  findNewerVersion,
  type ChecklistCandidate,
} from '../../src/model/checklist-versions';

const current = { id: 'kunta', version: '1.0.0', title: 'Kunta', hash: 'a'.repeat(64) };

function candidate(over: Partial<ChecklistCandidate>): ChecklistCandidate {
  return {
    kind: 'custom',
    key: 'k',
    checklistId: 'kunta',
    version: '1.1.0',
    language: 'fi',
    title: 'Kunta',
    hash: 'b'.repeat(64),
    ...over,
  };
}

describe('checklist versions', () => {
  it('compares dotted numbers and gives up on free text', () => {
    expect(compareVersions('1.10', '1.2')).to.equal(1);
    expect(compareVersions('1.0', '1.0.0')).to.equal(0);
    expect(compareVersions('1', '2')).to.equal(-1);
    expect(compareVersions('2025-kevät', '1')).to.equal(undefined);
  });

  it('finds a custom checklist with the same id, other content and a higher version', () => {
    const found = findNewerVersion(current, 'fi', [candidate({})]);
    expect(found?.version).to.equal('1.1.0');
  });

  it('ignores the same content, the same version, other ids, other languages and older versions', () => {
    expect(
      findNewerVersion(current, 'fi', [
        candidate({ hash: current.hash }),
        candidate({ version: '1.0.0' }),
        candidate({ checklistId: 'muu' }),
        candidate({ language: 'sv' }),
        candidate({ version: '0.9' }),
      ]),
    ).to.equal(undefined);
  });

  it('accepts a free-text version that differs', () => {
    expect(
      findNewerVersion(current, 'fi', [candidate({ version: 'kevät 2027' })])?.version,
    ).to.equal('kevät 2027');
  });

  it('picks the highest version, the first listed on a tie', () => {
    const found = findNewerVersion(current, 'fi', [
      candidate({ key: 'a', version: '1.2' }),
      candidate({ key: 'b', version: '2.0' }),
      candidate({ key: 'c', kind: 'builtin', version: '2.0' }),
    ]);
    expect(found?.key).to.equal('b');
  });
});
