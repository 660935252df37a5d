import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import type { Answer } from '../../src/model/assessment';
import { buildPriorities } from '../../src/model/priorities';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const parsed = parseChecklist(SMALL_CHECKLIST);
if (!parsed.ok) throw new Error('fixture does not parse');
const checklist = parsed.checklist;

const act = (id: string, who: string, due: string): Answer['actions'][number] => ({
  id,
  what: 'Tehdään',
  who,
  due,
  status: 'planned',
});

describe('buildPriorities', () => {
  it('orders by gap to the target, top of the scale without one; ties keep checklist order', () => {
    const list = buildPriorities(checklist, {
      // gap 75 − 25 = 50
      I1: { level: 1, notes: '', actions: [], target: { level: 3, by: '' } },
      // gap 100 − 50 = 50: same as I1, so I1 (earlier) first
      I2: { level: 2, notes: '', actions: [] },
      // gap 100 − 0 = 100
      I3: { level: 0, notes: '', actions: [] },
    });
    expect(list.map((i) => [i.itemId, i.gap])).to.deep.equal([
      ['I3', 100],
      ['I1', 50],
      ['I2', 50],
    ]);
    expect(list.find((i) => i.itemId === 'I1')!.hasTarget).to.equal(true);
  });

  it('puts the marked priorities first, and unknown gaps last', () => {
    const list = buildPriorities(checklist, {
      I1: { level: null, notes: '', actions: [] },
      I2: { level: 3, notes: '', actions: [], priority: true },
      I3: { level: 0, notes: '', actions: [] },
    });
    expect(list.map((i) => [i.itemId, i.priority])).to.deep.equal([
      ['I2', true],
      ['I3', false],
      ['I1', false],
    ]);
  });

  it('flags a low score without action, and not once an action is agreed', () => {
    const flags = (a: Answer): string[] =>
      buildPriorities(checklist, { I1: a }).find((i) => i.itemId === 'I1')!.flags;
    expect(flags({ level: 0, notes: '', actions: [] })).to.deep.equal(['low-no-action']);
    expect(
      flags({ level: 0, notes: '', actions: [{ ...act('e', 'x', ''), what: ' ' }] }),
    ).to.include('low-no-action');
    expect(
      flags({ level: 0, notes: '', actions: [act('a', 'Liisa', '2027-01-01')] }),
    ).to.deep.equal([]);
    expect(flags({ level: 2, notes: '', actions: [] })).to.deep.equal([]);
  });

  it('flags "don\'t know", a target below today, and actions without owner or due date', () => {
    const list = buildPriorities(checklist, {
      I1: { level: null, notes: '', actions: [] },
      I2: { level: 3, notes: '', actions: [], target: { level: 1, by: '2028' } },
      I3: { level: 2, notes: '', actions: [act('a', ' ', '2027-01-01'), act('b', 'Liisa', '')] },
    });
    const by = (id: string): string[] => list.find((i) => i.itemId === id)!.flags;
    expect(by('I1')).to.deep.equal(['dont-know']);
    expect(by('I2')).to.deep.equal(['target-below-today']);
    expect(by('I3')).to.deep.equal(['no-owner', 'no-due']);
  });

  it('ignores a target level that is not on the scale', () => {
    const [item] = buildPriorities(checklist, {
      I1: { level: 1, notes: '', actions: [], target: { level: 9, by: '' } },
    });
    expect([item!.itemId, item!.hasTarget, item!.targetScore]).to.deep.equal(['I1', false, 100]);
  });
});
