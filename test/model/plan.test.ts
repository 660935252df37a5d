import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import type { Assessment } from '../../src/model/assessment';
import { newAssessment } from '../../src/model/assessment-ops';
import { carryUnfinished, nextRound } from '../../src/model/next-round';
import { buildImprovementPlan, planPrevious } from '../../src/model/plan';
import { levelLabel } from '../../src/model/scales';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const parsed = parseChecklist(SMALL_CHECKLIST);
if (!parsed.ok) throw new Error('fixture does not parse');
const checklist = parsed.checklist;
const ref = { id: 'pieni', version: '1', title: 'Pieni lista', hash: 'a'.repeat(64) };

describe('buildImprovementPlan', () => {
  const assessment: Assessment = {
    ...newAssessment(
      {
        organisation: ' Inarin kunta ',
        organisationType: 'municipality',
        date: '2026-11-23',
        participants: ['Ánde', ' ', 'Liisa'],
      },
      ref,
      'x',
      '2026-11-23T10:00:00Z',
    ),
    answers: {
      I1: {
        level: 1,
        notes: '  Pöytäkirjoja ei löytynyt. ',
        actions: [
          {
            id: 'a',
            what: 'Kirjataan tavoite',
            who: 'Hyte-ryhmä',
            due: '2027-05-01',
            status: 'planned',
          },
          { id: 'b', what: '   ', who: 'ei tekstiä', due: '', status: 'planned' },
        ],
      },
      I2: {
        level: null,
        notes: '',
        actions: [{ id: 'c', what: 'Selvitetään', who: '', due: '', status: 'planned' }],
      },
      I3: {
        level: 4,
        notes: '',
        actions: [
          { id: 'd', what: 'Jatketaan', who: 'Liisa', due: '2027-01-15', status: 'planned' },
        ],
      },
    },
  };
  const plan = buildImprovementPlan(checklist, assessment);

  it('carries the title facts, trimmed', () => {
    expect(plan.organisation).to.equal('Inarin kunta');
    expect(plan.participants).to.deep.equal(['Ánde', 'Liisa']);
    expect(plan.checklistTitle).to.equal('Pieni lista');
    expect(plan.attribution).to.equal('Testiaineisto');
  });

  it('scores headings and the whole', () => {
    expect(plan.headings.map((h) => [h.id, h.score, h.band])).to.deep.equal([
      ['H1', 25, 'improve'],
      ['H2', 100, 'good'],
    ]);
    expect(plan.overall).to.equal(62.5);
    expect([plan.rated, plan.dontKnow, plan.total]).to.deep.equal([2, 1, 3]);
  });

  it('gives each item its level label, status and trimmed notes', () => {
    const [i1, i2] = plan.headings[0]!.items;
    expect([i1!.levelLabel, i1!.status, i1!.notes]).to.deep.equal([
      'Alkuvaiheessa',
      'rated',
      'Pöytäkirjoja ei löytynyt.',
    ]);
    expect([i2!.levelLabel, i2!.status]).to.deep.equal([null, 'dontKnow']);
  });

  it('drops empty actions and orders the rest by due date, undated last', () => {
    expect(plan.headings[0]!.items[0]!.actions.map((a) => a.id)).to.deep.equal(['a']);
    expect(plan.actions.map((a) => [a.what, a.itemId])).to.deep.equal([
      ['Jatketaan', 'I3'],
      ['Kirjataan tavoite', 'I1'],
      ['Selvitetään', 'I2'],
    ]);
  });
});

describe('buildImprovementPlan: targets, priorities and action flags', () => {
  const base = newAssessment(
    {
      organisation: 'Sallan kunta',
      organisationType: 'municipality',
      date: '2026-11-23',
      participants: [],
    },
    ref,
    'y',
    '2026-11-23T10:00:00Z',
  );
  const assessment: Assessment = {
    ...base,
    answers: {
      I1: {
        level: 1,
        notes: '',
        target: { level: 3, by: '2027' },
        priority: true,
        actions: [
          { id: 'a', what: 'Vanha', who: 'Ánde', due: '2026-10-01', status: 'planned' },
          {
            id: 'b',
            what: 'Tehty',
            who: 'Ánde',
            due: '2026-12-01',
            status: 'done',
            resources: '500 €',
          },
          { id: 'c', what: 'Kesken', who: 'Liisa', due: '2026-12-01', status: 'in-progress' },
          { id: 'd', what: 'Luovuttu', who: '', due: '2026-12-01', status: 'dropped' },
          { id: 'e', what: 'Myöhemmin', who: '', due: '2027-06-01', status: 'planned' },
        ],
      },
    },
  };
  const plan = buildImprovementPlan(checklist, assessment, undefined, '2027-01-01');

  it('gives the item its target and priority mark', () => {
    const item = plan.headings[0]!.items[0]!;
    expect(item.target).to.deep.equal({ level: 3, label: 'Vakiintunut', score: 75, by: '2027' });
    expect(item.priority).to.equal(true);
    expect(plan.priorities[0]!.itemId).to.equal('I1');
  });

  it('flags due before the assessment, and overdue against the given day unless done or dropped', () => {
    expect(plan.actions.map((a) => [a.id, a.flags])).to.deep.equal([
      ['a', ['due-before-assessment', 'overdue']],
      ['b', []],
      ['c', ['overdue']],
      ['d', []],
      ['e', []],
    ]);
    expect(plan.actions.find((a) => a.id === 'b')!.resources).to.equal('500 €');
  });

  it('marks nothing overdue without a day', () => {
    const noDay = buildImprovementPlan(checklist, assessment);
    expect(noDay.actions.map((a) => a.flags)).to.deep.equal([
      ['due-before-assessment'],
      [],
      [],
      [],
      [],
    ]);
  });

  it('groups actions by owner, those without an owner last', () => {
    expect(plan.byOwner.map((g) => [g.who, g.actions.map((a) => a.id)])).to.deep.equal([
      ['Ánde', ['a', 'b']],
      ['Liisa', ['c']],
      ['', ['d', 'e']],
    ]);
  });
});

describe('buildImprovementPlan: the previous round and its review', () => {
  const first: Assessment = {
    ...newAssessment(
      {
        organisation: 'Raision kaupunki',
        organisationType: 'municipality',
        date: '2025-05-01',
        participants: [],
      },
      ref,
      'r1',
      '2025-05-01T10:00:00Z',
    ),
    answers: {
      I1: {
        level: 1,
        notes: 'Alussa.',
        target: { level: 3, by: '2026' },
        actions: [
          { id: 'p1', what: 'Tehdään A', who: 'Liisa', due: '2025-09-01', status: 'done' },
          { id: 'p2', what: 'Tehdään B', who: 'Ánde', due: '2025-10-01', status: 'in-progress' },
          { id: 'p3', what: '  ', who: '', due: '', status: 'planned' },
        ],
      },
      I2: { level: null, notes: '', actions: [] },
      I3: { level: 4, notes: '', actions: [] },
    },
  };
  const ref2 = { ...ref, version: '2', hash: 'b'.repeat(64) };
  let next = nextRound(
    first,
    checklist,
    checklist,
    ref2,
    '2026-05-01',
    'r2',
    '2026-05-01T09:00:00Z',
    (l) => levelLabel(checklist.scale, l) ?? String(l),
  );
  next = {
    ...next,
    answers: {
      I1: { level: 2, notes: '', target: { level: 4, by: '2027-06-30' }, actions: [] },
      I3: { level: 3, notes: '', actions: [] },
    },
    review: next.review!.map((r) =>
      r.action.id === 'p2'
        ? { ...r, outcome: 'partly' as const, comment: ' Puolivälissä. ' }
        : { ...r, outcome: 'done' as const },
    ),
  };
  next = carryUnfinished(next, checklist, () => 'carried-1');
  const plan = buildImprovementPlan(checklist, next);

  it('names the previous round', () => {
    expect(plan.previousRound).to.deep.equal({ date: '2025-05-01', checklistVersion: '1' });
    expect(buildImprovementPlan(checklist, first).previousRound).to.equal(null);
  });

  it('gives each item its previous level and the signed change', () => {
    const [i1, i2] = plan.headings[0]!.items;
    const i3 = plan.headings[1]!.items[0]!;
    expect(i1!.previous).to.deep.equal({
      status: 'rated',
      levelLabel: '1 – Alkuvaiheessa',
      score: 25,
    });
    expect(i1!.change).to.equal(25);
    expect(i2!.previous).to.deep.equal({ status: 'dontKnow', levelLabel: null, score: null });
    expect(i2!.change).to.equal(null);
    expect(i3.previous!.score).to.equal(100);
    expect(i3.change).to.equal(-25);
    expect(buildImprovementPlan(checklist, first).headings[0]!.items[0]!.previous).to.equal(null);
  });

  it('carries the change rows overall and per heading, with target scores', () => {
    expect(plan.change.headings.map((h) => h.id)).to.deep.equal(plan.headings.map((h) => h.id));
    expect(plan.change.headings[0]).to.deep.equal({
      id: 'H1',
      previous: 25,
      today: 50,
      target: 100,
      change: 25,
    });
    expect(plan.change.overall.previous).to.equal(62.5);
    expect(plan.change.overall.today).to.equal(62.5);
    expect(plan.change.overall.change).to.equal(0);
  });

  it('lists the reviewed actions with outcome, comment and whether they were carried', () => {
    expect(
      plan.review.map((r) => [r.action.id, r.statement, r.outcome, r.comment, r.carried]),
    ).to.deep.equal([
      ['p1', 'Järjestöt ovat mukana.', 'done', '', false],
      ['p2', 'Järjestöt ovat mukana.', 'partly', 'Puolivälissä.', true],
    ]);
    expect(buildImprovementPlan(checklist, first).review).to.deep.equal([]);
  });

  it('names a previous level by value and label, also from a bare label', () => {
    expect(
      planPrevious({ level: 2, levelLabel: 'Kehittyvä', score: 50, notes: '' })!.levelLabel,
    ).to.equal('2 – Kehittyvä');
    expect(planPrevious({ level: 2, score: 50, notes: '' })!.levelLabel).to.equal('2');
    expect(planPrevious({ score: null, notes: '' })!.status).to.equal('unanswered');
    expect(planPrevious(undefined)).to.equal(null);
  });

  it('marks a checklist with drafts', () => {
    expect(plan.hasDrafts).to.equal(true);
  });
});
