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
});
