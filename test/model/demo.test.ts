import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import { AssessmentSchema } from '../../src/model/assessment';
import { buildDemoAssessments, type DemoChecklists } from '../../src/model/demo';
import { scoreAssessment } from '../../src/model/scoring';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const parsed = parseChecklist(SMALL_CHECKLIST);
if (!parsed.ok) throw new Error('fixture');
const entry = {
  checklist: parsed.checklist,
  ref: { id: 'pieni', version: '1', title: 'Pieni', hash: 'c'.repeat(64) },
};
const checklists: DemoChecklists = { municipality: entry, county: entry };

describe('demo data', () => {
  const demo = buildDemoAssessments(checklists, '2026-11-23T00:00:00.000Z');

  it('has municipalities and a county over two rounds, all valid and marked as demo', () => {
    expect(demo.length).to.equal(8);
    expect(new Set(demo.map((a) => a.organisationType))).to.deep.equal(
      new Set(['municipality', 'county']),
    );
    expect(new Set(demo.map((a) => a.date)).size).to.equal(2);
    for (const a of demo) {
      expect(AssessmentSchema.safeParse(a).success, a.id).to.equal(true);
      expect(a.demo).to.equal(true);
      expect(a.organisation).to.contain('(esittely)');
    }
  });

  it('is the same every time', () => {
    expect(buildDemoAssessments(checklists, '2026-11-23T00:00:00.000Z')).to.deep.equal(demo);
  });

  it('improves on average from the first round to the second', () => {
    const mean = (round: string) => {
      const scores = demo
        .filter((a) => a.date === round)
        .map((a) => scoreAssessment(parsed.checklist, a.answers).overall ?? 0);
      return scores.reduce((x, y) => x + y, 0) / scores.length;
    };
    expect(mean('2026-05-20')).to.be.greaterThan(mean('2025-05-14'));
  });

  it('carries votes, perspectives and some actions', () => {
    const answers = demo.flatMap((a) => Object.values(a.answers));
    expect(answers.every((a) => a.tally && Object.keys(a.tally).length > 0)).to.equal(true);
    expect(answers.every((a) => a.ratings && 'org' in a.ratings && 'ngo' in a.ratings)).to.equal(
      true,
    );
    expect(answers.some((a) => a.actions.length > 0)).to.equal(true);
  });
});
