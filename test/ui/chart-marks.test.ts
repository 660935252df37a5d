import { expect } from '@open-wc/testing';
import { chartMarks, chartRows, legendMarks } from '../../src/ui/controls/chart-marks';

const row = (today: number | null, previous: number | null, target: number | null) => ({
  id: 'A',
  label: 'A',
  today,
  previous,
  target,
  change: today === null || previous === null ? null : today - previous,
});

describe('score chart marks', () => {
  it('places the bar and both marks on the 0–100 track', () => {
    expect(chartMarks(row(62.5, 50, 75))).to.deep.equal({
      bar: 62.5,
      rated: true,
      previous: 50,
      target: 75,
    });
  });

  it('says "not rated" instead of drawing an empty bar, and leaves out missing marks', () => {
    expect(chartMarks(row(null, 25, null))).to.deep.equal({
      bar: 0,
      rated: false,
      previous: 25,
      target: null,
    });
    expect(chartMarks(row(0, null, null)).rated).to.equal(true);
  });

  it('holds scores outside 0–100 at the ends', () => {
    const m = chartMarks(row(130, -5, 101));
    expect([m.bar, m.previous, m.target]).to.deep.equal([100, 0, 100]);
  });

  it('asks the legend only for the marks some row shows', () => {
    expect(legendMarks([row(50, null, null), row(25, null, 75)])).to.deep.equal({
      previous: false,
      target: true,
    });
  });

  it('makes the overall row first, then the headings by title', () => {
    const change = {
      overall: row(50, 25, null),
      headings: [{ ...row(75, 50, 100), id: 'H2' }],
      items: [],
    };
    const rows = chartRows(
      change,
      { headings: [{ id: 'H2', title: 'Toinen' }] } as never,
      'Yhteensä',
    );
    expect(rows.map((r) => r.label)).to.deep.equal(['Yhteensä', 'Toinen']);
    expect(rows[1]!.change).to.equal(25);
  });
});
