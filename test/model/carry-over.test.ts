import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import type { Answer, Assessment } from '../../src/model/assessment';
import { carryOverAnswers, nextAssessment } from '../../src/model/carry-over';
import type { Checklist } from '../../src/model/checklist';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const parsed = parseChecklist(SMALL_CHECKLIST);
if (!parsed.ok) throw new Error('fixture');
const v1 = parsed.checklist;

/** Version 2: I2 is gone, I4 is new, and the scale has only levels 0–2. */
const v2: Checklist = {
  ...v1,
  version: '2',
  scale: { id: 'small', levels: v1.scale.levels.slice(0, 3) },
  headings: [
    { ...v1.headings[0]!, items: [v1.headings[0]!.items[0]!] },
    {
      ...v1.headings[1]!,
      items: [...v1.headings[1]!.items, { ...v1.headings[1]!.items[0]!, id: 'I4' }],
    },
  ],
};

const action = {
  id: 'x1',
  what: 'Kirjataan',
  who: 'Liisa',
  due: '2027-01-31' as const,
  status: 'planned' as const,
};

describe('carrying answers over to a new checklist version', () => {
  it('keeps answers of items that still exist, by id, with notes and actions', () => {
    const answers: Record<string, Answer> = {
      I1: { level: 2, notes: 'hyvä', actions: [action] },
      I2: { level: 1, notes: 'poistuu', actions: [] },
    };
    const out = carryOverAnswers(answers, v2);
    expect(out).to.deep.equal({ I1: { level: 2, notes: 'hyvä', actions: [action] } });
    expect(out.I1!.actions[0]).to.not.equal(action);
  });

  it('makes a level the new scale lacks unanswered, and keeps "don\'t know"', () => {
    const out = carryOverAnswers(
      {
        I1: { level: 4, notes: 'n', actions: [] },
        I3: { level: null, notes: '', actions: [] },
      },
      v2,
    );
    expect(out.I1).to.deep.equal({ notes: 'n', actions: [] });
    expect('level' in out.I1!).to.equal(false);
    expect(out.I3).to.deep.equal({ level: null, notes: '', actions: [] });
  });

  it('drops ratings and votes for levels the new scale lacks', () => {
    const out = carryOverAnswers(
      {
        I1: {
          level: 1,
          notes: '',
          actions: [],
          ratings: { org: 3, ngo: 1, other: null },
          tally: { '1': 2, '4': 5 },
        },
        I3: { notes: '', actions: [], ratings: { org: 4 }, tally: { '3': 1 } },
      },
      v2,
    );
    expect(out.I1).to.deep.equal({
      level: 1,
      notes: '',
      actions: [],
      ratings: { ngo: 1, other: null },
      tally: { '1': 2 },
    });
    expect(out.I3).to.deep.equal({ notes: '', actions: [] });
  });

  it('keeps everything when the version only changed its texts', () => {
    const answers: Record<string, Answer> = {
      I1: { level: 4, notes: 'a', actions: [], tally: { '4': 3 } },
      I2: { level: 0, notes: 'b', actions: [] },
      I3: { level: null, notes: 'c', actions: [] },
    };
    expect(carryOverAnswers(answers, { ...v1, version: '1.1' })).to.deep.equal(answers);
  });
});

describe('the next assessment on a new version', () => {
  const previous: Assessment = {
    id: 'old',
    organisation: 'Raision kaupunki',
    organisationType: 'municipality',
    date: '2025-05-01',
    participants: ['Liisa', 'Ánde'],
    checklist: { id: 'pieni', version: '1', title: 'Pieni lista', hash: 'a'.repeat(64) },
    answers: { I1: { level: 2, notes: '', actions: [] }, I2: { level: 1, notes: '', actions: [] } },
    createdAt: '2025-05-01T10:00:00Z',
    updatedAt: '2025-05-02T10:00:00Z',
    revision: 7,
    perspectives: [{ id: 'org', name: 'Kunta' }],
    demo: true,
  };
  const ref = { id: 'pieni', version: '2', title: 'Pieni lista', hash: 'b'.repeat(64) };

  it('keeps organisation, type, participants and perspectives, on the new snapshot and date', () => {
    const next = nextAssessment(previous, v2, ref, '2026-12-01', 'new', '2026-12-01T09:00:00Z');
    expect(next).to.deep.equal({
      id: 'new',
      organisation: 'Raision kaupunki',
      organisationType: 'municipality',
      date: '2026-12-01',
      participants: ['Liisa', 'Ánde'],
      checklist: ref,
      answers: { I1: { level: 2, notes: '', actions: [] } },
      createdAt: '2026-12-01T09:00:00Z',
      updatedAt: '2026-12-01T09:00:00Z',
      revision: 0,
      perspectives: [{ id: 'org', name: 'Kunta' }],
    });
  });

  it('leaves the previous assessment as it was', () => {
    const before = structuredClone(previous);
    nextAssessment(previous, v2, ref, '2026-12-01', 'new', '2026-12-01T09:00:00Z');
    expect(previous).to.deep.equal(before);
  });
});
