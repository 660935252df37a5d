import { expect } from '@open-wc/testing';
import { compareTargetBy, isValidTargetBy, parseTargetBy } from '../../src/model/target-by';

describe('parseTargetBy', () => {
  it('reads a year, a date and nothing', () => {
    expect(parseTargetBy('2028')).to.deep.equal({ kind: 'year', year: 2028 });
    expect(parseTargetBy(' 2028-06-30 ')).to.deep.equal({
      kind: 'date',
      year: 2028,
      month: 6,
      day: 30,
    });
    expect(parseTargetBy('')).to.deep.equal({ kind: 'none' });
  });

  it('refuses what is neither a year nor a real date', () => {
    for (const bad of [
      '28',
      '20288',
      '2028-6-30',
      '2028-02-30',
      '2027-02-29',
      '2028-13-01',
      '1899',
      '2200',
      'ensi vuonna',
    ]) {
      expect(isValidTargetBy(bad), bad).to.equal(false);
    }
    expect(isValidTargetBy('2028-02-29')).to.equal(true);
  });
});

describe('compareTargetBy', () => {
  it('lets a year run to its last day', () => {
    expect(compareTargetBy('2027', '2027-12-31')).to.equal(0);
    expect(compareTargetBy('2027', '2027-06-01')).to.equal(1);
    expect(compareTargetBy('2027', '2028-01-01')).to.equal(-1);
  });

  it('compares a date with a date; nothing set compares as null', () => {
    expect(compareTargetBy('2027-03-01', '2027-03-02')).to.equal(-1);
    expect(compareTargetBy('2027-03-01', '2027-02-28')).to.equal(1);
    expect(compareTargetBy('', '2027-02-28')).to.equal(null);
    expect(compareTargetBy('2027', 'huomenna')).to.equal(null);
  });
});
