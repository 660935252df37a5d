import { expect } from '@open-wc/testing';
import type { Answer, Assessment } from '../../src/model/assessment';
import { newAssessment, revise } from '../../src/model/assessment-ops';
import { mergeAssessment, sameValue } from '../../src/model/merge';

const ref = { id: 'pieni', version: '1', title: 'Pieni lista', hash: 'a'.repeat(64) };

function base(): Assessment {
  const a = newAssessment(
    {
      organisation: 'Kunta',
      organisationType: 'municipality',
      date: '2026-11-23',
      participants: [],
    },
    ref,
    'x',
    '2026-11-23T10:00:00Z',
  );
  return {
    ...a,
    revision: 3,
    answers: {
      A1: {
        level: 2,
        notes: 'alku',
        actions: [{ id: 'p', what: 'Vanha', who: '', due: '', status: 'planned' }],
      },
    },
  };
}

function withAnswer(a: Assessment, id: string, change: Partial<Answer>): Assessment {
  const answer = { notes: '', actions: [], ...a.answers[id], ...change };
  return { ...a, answers: { ...a.answers, [id]: answer } };
}

const NOW = '2026-11-23T11:00:00Z';

describe('mergeAssessment: laying this tab’s changes over a newer stored record', () => {
  it('keeps edits to different items from both tabs', () => {
    const b = base();
    const mine = withAnswer(b, 'A1', { notes: 'tab 1' });
    const theirs = revise(withAnswer(b, 'B4', { notes: 'tab 2' }), {}, NOW);
    const merged = mergeAssessment(b, mine, theirs);
    expect(merged.answers.A1?.notes).to.equal('tab 1');
    expect(merged.answers.B4?.notes).to.equal('tab 2');
    expect(merged.answers.A1?.level).to.equal(2);
  });

  it('keeps edits to different fields of the same item', () => {
    const b = base();
    const mine = withAnswer(b, 'A1', { notes: 'muistiinpano' });
    const theirs = revise(withAnswer(b, 'A1', { level: 4 }), {}, NOW);
    const merged = mergeAssessment(b, mine, theirs);
    expect(merged.answers.A1).to.deep.include({ notes: 'muistiinpano', level: 4 });
  });

  it('lets this tab win where both changed the same field', () => {
    const b = base();
    const mine = withAnswer(b, 'A1', { notes: 'minun' });
    const theirs = revise(withAnswer(b, 'A1', { notes: 'toisen' }), {}, NOW);
    expect(mergeAssessment(b, mine, theirs).answers.A1?.notes).to.equal('minun');
  });

  it('takes the stored record whole when this tab changed nothing', () => {
    const b = base();
    const theirs = revise(withAnswer(b, 'A1', { level: null, notes: 'uusi' }), {}, NOW);
    expect(mergeAssessment(b, { ...b }, theirs)).to.deep.equal(theirs);
  });

  it('carries the stored revision and bookkeeping, not this tab’s', () => {
    const b = base();
    const mine = { ...withAnswer(b, 'A1', { notes: 'x' }), updatedAt: 'mine' };
    const theirs = revise(revise(b, { organisation: 'Uusi nimi' }, NOW), {}, NOW);
    const merged = mergeAssessment(b, mine, theirs);
    expect(merged.revision).to.equal(5);
    expect(merged.updatedAt).to.equal(NOW);
    expect(merged.organisation).to.equal('Uusi nimi');
  });

  it('merges top-level fields one by one', () => {
    const b = base();
    const mine = { ...b, perspectives: [{ id: 'k', name: 'Kunta' }] };
    const theirs = revise(b, { organisation: 'Toinen nimi' }, NOW);
    const merged = mergeAssessment(b, mine, theirs);
    expect(merged.organisation).to.equal('Toinen nimi');
    expect(merged.perspectives).to.deep.equal([{ id: 'k', name: 'Kunta' }]);
  });

  it('merges actions by id: additions on both sides survive, removals stay removed', () => {
    const b = base();
    const mine = withAnswer(b, 'A1', {
      actions: [
        { id: 'p', what: 'Vanha muokattu', who: '', due: '', status: 'planned' },
        { id: 'm', what: 'Minun', who: '', due: '', status: 'planned' },
      ],
    });
    const theirs = revise(
      withAnswer(b, 'A1', {
        actions: [
          { id: 'p', what: 'Vanha', who: 'Liisa', due: '', status: 'planned' },
          { id: 't', what: 'Toisen', who: '', due: '', status: 'planned' },
        ],
      }),
      {},
      NOW,
    );
    const merged = mergeAssessment(b, mine, theirs);
    expect(merged.answers.A1?.actions.map((a) => a.id)).to.deep.equal(['p', 'm', 't']);
    expect(merged.answers.A1?.actions[0]?.what).to.equal('Vanha muokattu');

    const removedThere = revise(withAnswer(b, 'A1', { actions: [] }), {}, NOW);
    const addedHere = withAnswer(b, 'A1', {
      actions: [
        ...b.answers.A1!.actions,
        { id: 'n', what: 'Uusi', who: '', due: '', status: 'planned' },
      ],
    });
    expect(
      mergeAssessment(b, addedHere, removedThere).answers.A1?.actions.map((a) => a.id),
    ).to.deep.equal(['n']);
  });

  it('keeps a target or priority set in one tab while the other tab changes the level', () => {
    const b = base();
    const mine = withAnswer(b, 'A1', { target: { level: 4, by: '2027' }, priority: true });
    const theirs = revise(withAnswer(b, 'A1', { level: 3 }), {}, NOW);
    const merged = mergeAssessment(b, mine, theirs).answers.A1!;
    expect(merged.level).to.equal(3);
    expect(merged.target).to.deep.equal({ level: 4, by: '2027' });
    expect(merged.priority).to.equal(true);
  });

  it('merges the review of last round entry by entry', () => {
    const action = (id: string) => ({ id, what: id, who: '', due: '', status: 'planned' as const });
    const b = {
      ...base(),
      review: [
        { itemId: 'A1', action: action('r1'), comment: '' },
        { itemId: 'A1', action: action('r2'), comment: '' },
      ],
    };
    const mine = {
      ...b,
      review: [{ ...b.review[0]!, outcome: 'done' as const, comment: 'valmis' }, b.review[1]!],
    };
    const theirs = revise(
      { ...b, review: [b.review[0]!, { ...b.review[1]!, outcome: 'partly' as const }] },
      {},
      NOW,
    );
    const merged = mergeAssessment(b, mine, theirs);
    expect(merged.review?.map((r) => [r.action.id, r.outcome, r.comment])).to.deep.equal([
      ['r1', 'done', 'valmis'],
      ['r2', 'partly', ''],
    ]);
  });

  it('merges perspective ratings and tallies per key', () => {
    const b = withAnswer(base(), 'A1', { ratings: { k: 1 }, tally: { '1': 2 } });
    const mine = withAnswer(b, 'A1', { ratings: { k: 1, j: 3 }, tally: { '1': 2, '2': 5 } });
    const theirs = revise(withAnswer(b, 'A1', { ratings: { k: 2 }, tally: { '1': 4 } }), {}, NOW);
    const merged = mergeAssessment(b, mine, theirs).answers.A1!;
    expect(merged.ratings).to.deep.equal({ k: 2, j: 3 });
    expect(merged.tally).to.deep.equal({ '1': 4, '2': 5 });
  });

  it('keeps a level cleared here and an item first answered here', () => {
    const b = base();
    const cleared = { ...b, answers: { A1: { notes: 'alku', actions: b.answers.A1!.actions } } };
    const mine = withAnswer(cleared, 'C2', { level: 0 });
    const theirs = revise(withAnswer(b, 'B1', { level: 1 }), {}, NOW);
    const merged = mergeAssessment(b, mine, theirs);
    expect('level' in merged.answers.A1!).to.equal(false);
    expect(merged.answers.C2?.level).to.equal(0);
    expect(merged.answers.B1?.level).to.equal(1);
  });
});

describe('sameValue', () => {
  it('compares nested values and treats absent and undefined keys alike', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).to.equal(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).to.equal(true);
    expect(sameValue([1, 2], [2, 1])).to.equal(false);
    expect(sameValue({ a: null }, { a: undefined })).to.equal(false);
    expect(sameValue([], {})).to.equal(false);
  });
});
