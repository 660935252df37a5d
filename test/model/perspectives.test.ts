import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import { comparePerspectives, defaultPerspectives } from '../../src/model/perspectives';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const parsed = parseChecklist(SMALL_CHECKLIST);
if (!parsed.ok) throw new Error('fixture');
const perspectives = defaultPerspectives({ organisation: 'Kunta', ngos: 'Järjestöt' });

describe('comparing perspectives', () => {
  it('gives each item the levels of each group and the gap between them', () => {
    const gaps = comparePerspectives(parsed.checklist, perspectives, {
      I1: { notes: '', actions: [], ratings: { org: 4, ngo: 1 } },
      I2: { notes: '', actions: [], ratings: { org: 2, ngo: null } },
    });
    expect(gaps.map((g) => [g.item.id, g.gap])).to.deep.equal([
      ['I1', 75],
      ['I2', null],
      ['I3', null],
    ]);
    expect(gaps[0]!.levels).to.deep.equal({ org: 4, ngo: 1 });
    expect(gaps[2]!.levels).to.deep.equal({ org: undefined, ngo: undefined });
  });
});
