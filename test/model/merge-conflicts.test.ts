import { expect } from '@open-wc/testing';
import type { Answer, Assessment } from '../../src/model/assessment';
import { newAssessment } from '../../src/model/assessment-ops';
import { mergeKeepingBoth, mergeWithConflicts } from '../../src/model/merge';

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
  return { ...a, revision: 3, answers: { A1: { notes: 'alku', actions: [] } } };
}

function withNotes(
  a: Assessment,
  id: string,
  notes: string,
  extra: Partial<Answer> = {},
): Assessment {
  const answer = { actions: [], ...a.answers[id], ...extra, notes };
  return { ...a, revision: a.revision + 1, answers: { ...a.answers, [id]: answer } };
}

describe('merge: the same notes changed on both sides', () => {
  it('keeps this side’s text and reports the other side’s', () => {
    const b = base();
    const { merged, conflicts } = mergeWithConflicts(
      b,
      withNotes(b, 'A1', 'minun'),
      withNotes(b, 'A1', 'heidän'),
    );
    expect(merged.answers.A1?.notes).to.equal('minun');
    expect(conflicts).to.deep.equal([{ itemId: 'A1', mine: 'minun', theirs: 'heidän' }]);
  });

  it('reports nothing when only one side changed the notes, or both to the same text', () => {
    const b = base();
    expect(
      mergeWithConflicts(b, withNotes(b, 'A1', 'minun'), withNotes(b, 'B4', 'x')).conflicts,
    ).to.deep.equal([]);
    expect(
      mergeWithConflicts(b, withNotes(b, 'A1', 'sama'), withNotes(b, 'A1', 'sama')).conflicts,
    ).to.deep.equal([]);
    // A level changed there, notes here: no conflict, both kept.
    const { merged, conflicts } = mergeWithConflicts(
      b,
      withNotes(b, 'A1', 'minun'),
      withNotes(b, 'A1', 'alku', { level: 3 }),
    );
    expect(conflicts).to.deep.equal([]);
    expect(merged.answers.A1).to.include({ notes: 'minun', level: 3 });
  });

  it('with nobody to ask, keeps the longer text when one contains the other, else both', () => {
    const b = base();
    const both = mergeKeepingBoth(b, withNotes(b, 'A1', 'minun'), withNotes(b, 'A1', 'heidän'));
    expect(both.answers.A1?.notes).to.equal('minun\n\nheidän');
    // The other side went on typing from this side's text: theirs has it all.
    const longer = mergeKeepingBoth(
      b,
      withNotes(b, 'A1', 'alku ja'),
      withNotes(b, 'A1', 'alku ja lisää'),
    );
    expect(longer.answers.A1?.notes).to.equal('alku ja lisää');
    const mine = mergeKeepingBoth(
      b,
      withNotes(b, 'A1', 'alku ja lisää'),
      withNotes(b, 'A1', 'alku ja'),
    );
    expect(mine.answers.A1?.notes).to.equal('alku ja lisää');
  });
});
