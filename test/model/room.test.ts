import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import type { Assessment } from '../../src/model/assessment';
import { newAssessment } from '../../src/model/assessment-ops';
import { buildRoomView, type WorkshopCursor } from '../../src/model/room';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const parsed = parseChecklist(SMALL_CHECKLIST);
if (!parsed.ok) throw new Error('fixture');
const checklist = parsed.checklist;
const SECRET = 'Salainen muistiinpano 7f3a';

const assessment: Assessment = {
  ...newAssessment(
    {
      organisation: 'Esimerkkilä',
      organisationType: 'municipality',
      date: '2026-11-23',
      participants: ['Piilo Henkilö'],
    },
    { id: 'pieni', version: '1', title: 'Pieni lista', hash: 'b'.repeat(64) },
    'x',
    '2026-11-23T10:00:00Z',
  ),
  perspectives: [
    { id: 'org', name: 'Kunta' },
    { id: 'ngo', name: 'Järjestöt' },
  ],
  answers: {
    I1: {
      level: 2,
      notes: SECRET,
      actions: [
        {
          id: 'a',
          what: 'Tehdään',
          who: 'Salainen Omistaja',
          due: '2027-01-01',
          status: 'planned',
        },
      ],
      tally: { '1': 2, '2': 5 },
      ratings: { org: 3, ngo: 1 },
    },
  },
};

const cursor = (c: Partial<WorkshopCursor> = {}): WorkshopCursor => ({
  index: 0,
  revealVotes: false,
  summary: false,
  timer: { seconds: 0, running: false, at: 0 },
  ...c,
});

describe('the room view', () => {
  it('shows the current item, its level and perspectives, and nothing private', () => {
    const view = buildRoomView(checklist, assessment, cursor());
    expect(view.item!.statement).to.equal('Järjestöt ovat mukana.');
    expect([view.item!.index, view.item!.total, view.item!.level]).to.deep.equal([0, 3, 2]);
    expect(view.item!.perspectives).to.deep.equal([
      { name: 'Kunta', level: 3 },
      { name: 'Järjestöt', level: 1 },
    ]);
    const json = JSON.stringify(view);
    expect(json).to.not.contain(SECRET);
    expect(json).to.not.contain('Salainen Omistaja');
    expect(json).to.not.contain('Piilo Henkilö');
  });

  it('shows votes only once revealed', () => {
    expect(buildRoomView(checklist, assessment, cursor()).item!.votes).to.equal(undefined);
    const votes = buildRoomView(checklist, assessment, cursor({ revealVotes: true })).item!.votes!;
    expect([votes.total, votes.median]).to.deep.equal([7, 2]);
  });

  it('clamps the index and gives the closing chart on summary', () => {
    expect(buildRoomView(checklist, assessment, cursor({ index: 99 })).item!.index).to.equal(2);
    const summary = buildRoomView(checklist, assessment, cursor({ summary: true })).summary!;
    expect(summary.headings).to.deep.equal([
      { title: 'Ensimmäinen', score: 50 },
      { title: 'Toinen', score: null },
    ]);
    expect(JSON.stringify(summary)).to.not.contain(SECRET);
  });
});
