import { expect } from '@open-wc/testing';
import type { Answer } from '../../src/model/assessment';
import type { Checklist } from '../../src/model/checklist';
import { presetScale } from '../../src/model/scales';
import { band, itemsByGap, scoreAssessment } from '../../src/model/scoring';

function item(id: string) {
  return {
    id,
    statement: `${id}.`,
    explanation: '',
    evidence: [],
    questions: [],
    legalRefs: [],
    draft: false,
  };
}

const checklist: Checklist = {
  id: 'c',
  version: '1',
  language: 'fi',
  title: 'C',
  organisationType: 'any',
  attribution: '',
  intro: '',
  scale: presetScale('maturity-0-4', 'fi')!,
  headings: [
    { id: 'A', title: 'A', intro: '', draft: false, items: [item('a1'), item('a2'), item('a3')] },
    { id: 'B', title: 'B', intro: '', draft: false, items: [item('b1')] },
  ],
};

const answer = (level: number | null | undefined): Answer =>
  level === undefined ? { notes: '', actions: [] } : { level, notes: '', actions: [] };

describe('scoring', () => {
  it('has no scores when nothing is answered', () => {
    const s = scoreAssessment(checklist, {});
    expect(s.overall).to.equal(null);
    expect(s.headings.map((h) => h.score)).to.deep.equal([null, null]);
    expect([s.rated, s.dontKnow, s.total]).to.deep.equal([0, 0, 4]);
  });

  it('keeps "don\'t know" out of every average', () => {
    const s = scoreAssessment(checklist, {
      a1: answer(null),
      a2: answer(null),
      a3: answer(null),
      b1: answer(null),
    });
    expect(s.overall).to.equal(null);
    expect(s.headings.map((h) => h.score)).to.deep.equal([null, null]);
    expect([s.rated, s.dontKnow]).to.deep.equal([0, 4]);
  });

  it('averages mixed answers per heading and over all rated items', () => {
    const s = scoreAssessment(checklist, {
      a1: answer(4),
      a2: answer(1),
      a3: answer(null),
      b1: answer(2),
    });
    expect(s.headings[0]!.score).to.equal(62.5); // (100 + 25) / 2
    expect(s.headings[1]!.score).to.equal(50);
    expect(s.overall).to.equal(175 / 3);
    expect([s.rated, s.dontKnow, s.total]).to.deep.equal([3, 1, 4]);
  });

  it('treats a level the scale does not have as unanswered', () => {
    const s = scoreAssessment(checklist, { a1: answer(7) });
    expect(s.headings[0]!.items[0]!.status).to.equal('unanswered');
    expect(s.overall).to.equal(null);
  });

  it('puts the widest gap first and unscored items last, in checklist order', () => {
    const s = scoreAssessment(checklist, { a1: answer(3), a2: answer(null), b1: answer(0) });
    expect(itemsByGap(s).map((i) => i.item.id)).to.deep.equal(['b1', 'a1', 'a2', 'a3']);
  });

  it('bands scores at 25 and 75', () => {
    expect([0, 24.9, 25, 74.9, 75, 100].map(band)).to.deep.equal([
      'poor',
      'poor',
      'improve',
      'improve',
      'good',
      'good',
    ]);
  });
});
