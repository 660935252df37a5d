import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import type { Action, Assessment } from '../../src/model/assessment';
import type { Checklist } from '../../src/model/checklist';
import {
  carryableCount,
  carryUnfinished,
  copyLastTime,
  copyLastTimeAnswer,
  nextRound,
} from '../../src/model/next-round';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const parsed = parseChecklist(SMALL_CHECKLIST);
if (!parsed.ok) throw new Error('fixture');
const v1 = parsed.checklist;

/** Version 2: I2 is gone, I4 is new. */
const v2: Checklist = {
  ...v1,
  version: '2',
  headings: [
    { ...v1.headings[0]!, items: [v1.headings[0]!.items[0]!] },
    {
      ...v1.headings[1]!,
      items: [...v1.headings[1]!.items, { ...v1.headings[1]!.items[0]!, id: 'I4' }],
    },
  ],
};

const act = (id: string, status: Action['status']): Action => ({
  id,
  what: `do ${id}`,
  who: 'Liisa',
  due: '2026-01-31',
  status,
});

const previous: Assessment = {
  id: 'old',
  organisation: 'Raision kaupunki',
  organisationType: 'municipality',
  date: '2025-05-01',
  participants: ['Liisa'],
  checklist: { id: 'pieni', version: '1', title: 'Pieni lista', hash: 'a'.repeat(64) },
  answers: {
    I1: {
      level: 2,
      notes: 'hyvä',
      target: { level: 3, by: '2026' },
      actions: [act('a1', 'planned'), act('a2', 'in-progress'), act('a3', 'done')],
    },
    I2: { level: 1, notes: 'poistuu', actions: [act('a4', 'planned')] },
  },
  createdAt: '2025-05-01T10:00:00Z',
  updatedAt: '2025-05-02T10:00:00Z',
  revision: 3,
};
const ref = { id: 'pieni', version: '2', title: 'Pieni lista', hash: 'b'.repeat(64) };

function start(): Assessment {
  return nextRound(previous, v1, v2, ref, '2026-05-01', 'new', '2026-05-01T09:00:00Z', (l) =>
    String(l),
  );
}

describe('the next round', () => {
  it('starts empty with last time for items the new version still has', () => {
    const next = start();
    expect(next.answers).to.deep.equal({});
    expect(next.previousRound!.items['I1']).to.include({ level: 2, notes: 'hyvä' });
    expect(next.previousRound!.items['I1']!.target).to.deep.equal({ level: 3, by: '2026' });
    expect(next.previousRound!.items['I2']).to.equal(undefined);
    expect(next.previousRound!.items['I4']).to.equal(undefined);
    expect(next.review!.map((r) => r.action.id)).to.deep.equal(['a1', 'a2', 'a3', 'a4']);
    expect(next.review!.every((r) => r.outcome === undefined)).to.equal(true);
  });

  it('carries unfinished actions once, and only into items that still exist', () => {
    let n = 0;
    const once = carryUnfinished(start(), v2, () => `c${++n}`);
    expect(once.answers['I1']!.actions.map((a) => a.carriedFrom)).to.deep.equal(['a1', 'a2']);
    expect(once.answers['I2']).to.equal(undefined);
    expect(carryableCount(start().review!, v2)).to.equal(2);
    expect(carryableCount(once.review!, v2)).to.equal(0);
    const twice = carryUnfinished(once, v2, () => `c${++n}`);
    expect(twice.answers['I1']!.actions).to.have.length(2);
    expect(twice.review!.find((r) => r.action.id === 'a1')!.carriedInto).to.equal('c1');
  });

  it('copies last time for one item', () => {
    const copied = copyLastTime(start(), 'I1', v2.scale);
    expect(copied.answers['I1']).to.include({ level: 2, notes: 'hyvä' });
    expect(copied.answers['I1']!.target).to.deep.equal({ level: 3, by: '2026' });
    expect(copyLastTime(start(), 'I4', v2.scale).answers['I4']).to.equal(undefined);
  });

  it('keeps notes typed this round and adds last time below them, once', () => {
    const last = start().previousRound!.items['I1']!;
    const mine = { notes: 'uusi havainto', actions: [] };
    const once = copyLastTimeAnswer(mine, last, v2.scale);
    expect(once.notes).to.equal('uusi havainto\n\nhyvä');
    expect(copyLastTimeAnswer(once, last, v2.scale).notes).to.equal(once.notes);
  });

  it('copies no level or target the new scale lacks', () => {
    const last = { score: 50, level: 2, notes: '', target: { level: 3, by: '' } };
    const yesNo = {
      levels: [
        { value: 0, label: 'Ei', description: '', score: 0 },
        { value: 1, label: 'Kyllä', description: '', score: 100 },
      ],
    };
    const copied = copyLastTimeAnswer({ level: 1, notes: '', actions: [] }, last, yesNo);
    expect(copied.level).to.equal(1);
    expect(copied.target).to.equal(undefined);
    const dontKnow = copyLastTimeAnswer(
      { notes: '', actions: [] },
      { ...last, level: null },
      yesNo,
    );
    expect(dontKnow.level).to.equal(null);
  });
});

describe('change since last round', () => {
  it('gives previous, today, target and the signed change per item and heading', async () => {
    const { roundChange, formatChange } = await import('../../src/model/round-change');
    const next = { ...start(), answers: { I1: { level: 3, notes: '', actions: [] } } };
    const change = roundChange(next, v2);
    const i1 = change.items.find((r) => r.id === 'I1')!;
    expect(i1.previous).to.not.equal(null);
    expect(i1.change).to.equal(i1.today! - i1.previous!);
    expect(change.items.find((r) => r.id === 'I4')!.previous).to.equal(null);
    const h = change.headings[0]!;
    expect(h.previous).to.equal(next.previousRound!.headings[h.id]);
    expect(h.change).to.equal(h.today! - h.previous!);
    expect(formatChange(12)).to.equal('▲ +12');
    expect(formatChange(-5)).to.equal('▼ −5');
    expect(formatChange(null)).to.equal('');
  });
});
