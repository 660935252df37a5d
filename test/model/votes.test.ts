import { expect } from '@open-wc/testing';
import { presetScale } from '../../src/model/scales';
import { addVote, summariseTally } from '../../src/model/votes';

const scale = presetScale('maturity-0-4', 'fi')!;

describe('vote tallies', () => {
  it('summarises no votes as nothing to go on', () => {
    const s = summariseTally(scale, {});
    expect([s.total, s.median, s.min, s.max, s.disagreement]).to.deep.equal([
      0,
      null,
      null,
      null,
      false,
    ]);
    expect(s.distribution.map((d) => d.count)).to.deep.equal([0, 0, 0, 0, 0]);
  });

  it('finds the median and a narrow spread in an agreeing room', () => {
    const s = summariseTally(scale, { '2': 5, '3': 4, '1': 1 });
    expect([s.total, s.median, s.min, s.max, s.iqr, s.disagreement]).to.deep.equal([
      10,
      2,
      1,
      3,
      1,
      false,
    ]);
    expect(s.distribution.map((d) => d.count)).to.deep.equal([0, 1, 5, 4, 0]);
  });

  it('takes the lower middle vote as the median of an even count', () => {
    expect(summariseTally(scale, { '1': 2, '3': 2 }).median).to.equal(1);
  });

  it('flags a split room', () => {
    expect(summariseTally(scale, { '0': 3, '4': 3 }).disagreement).to.equal(true);
    expect(summariseTally(scale, { '1': 3, '3': 3 }).disagreement).to.equal(true);
    expect(summariseTally(scale, { '0': 1, '2': 8, '4': 1 }).disagreement).to.equal(true);
    expect(summariseTally(scale, { '4': 1 }).disagreement).to.equal(false);
  });

  it('ignores votes for levels the scale does not have', () => {
    expect(summariseTally(scale, { '9': 4, '2': 1 }).total).to.equal(1);
  });

  it('adds and removes votes without going below zero', () => {
    let t = addVote(undefined, 2);
    t = addVote(t, 2);
    t = addVote(t, 3);
    expect(t).to.deep.equal({ '2': 2, '3': 1 });
    t = addVote(addVote(t, 3, -1), 3, -1);
    expect(t).to.deep.equal({ '2': 2 });
  });

  it('flags a split room on a yes-no scale and not a nearly unanimous one', () => {
    const yesNo = presetScale('yes-no', 'fi')!;
    const split = summariseTally(yesNo, { '0': 4, '1': 5 });
    expect([split.median, split.disagreement]).to.deep.equal([1, true]);
    const clear = summariseTally(yesNo, { '0': 1, '1': 8 });
    expect([clear.median, clear.disagreement]).to.deep.equal([1, false]);
  });

  it('works on the values of a 1–5 scale', () => {
    const five = presetScale('scale-1-5', 'fi')!;
    const s = summariseTally(five, { '4': 3, '5': 2, '3': 1 });
    expect([s.total, s.median, s.min, s.max, s.disagreement]).to.deep.equal([6, 4, 3, 5, false]);
    expect(s.distribution.map((d) => d.value)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(summariseTally(five, { '1': 2, '5': 2 }).disagreement).to.equal(true);
  });
});
