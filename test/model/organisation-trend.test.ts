import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import type { Assessment } from '../../src/model/assessment';
import { newAssessment } from '../../src/model/assessment-ops';
import type { Checklist, OrganisationType } from '../../src/model/checklist';
import { organisationTrend, sameOrganisation } from '../../src/model/organisation-trend';
import type { MatrixEntry } from '../../src/model/region-matrix';
import { scoreAssessment } from '../../src/model/scoring';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

function parsed(source: string): Checklist {
  const result = parseChecklist(source);
  if (!result.ok) throw new Error('fixture');
  return result.checklist;
}

const v1 = parsed(SMALL_CHECKLIST);
const v2 = parsed(
  SMALL_CHECKLIST.replace('version: 1', 'version: 2').replace('language: fi', 'language: sv'),
);
const other = parsed(SMALL_CHECKLIST.replace(/^id: .*$/m, 'id: toinen-lista'));

function entry(
  checklist: Checklist,
  id: string,
  organisation: string,
  date: string,
  levels: Record<string, number | null>,
  organisationType: OrganisationType = 'municipality',
): MatrixEntry {
  const a: Assessment = newAssessment(
    { organisation, organisationType, date, participants: [] },
    { id: checklist.id, version: checklist.version, title: checklist.title, hash: 'd'.repeat(64) },
    id,
    `${date}T12:00:00Z`,
  );
  for (const [item, level] of Object.entries(levels))
    a.answers[item] = { level, notes: '', actions: [] };
  return { assessment: a, checklist };
}

const overall = (e: MatrixEntry) => scoreAssessment(e.checklist, e.assessment.answers).overall;

describe('organisation trend', () => {
  const r1 = entry(v1, 'r1', 'Aava', '2024-05-01', { I1: 0, I3: 1 });
  const r2 = entry(v2, 'r2', ' aava ', '2025-05-01', { I1: 2, I3: 3 });
  const r3 = entry(v1, 'r3', 'AAVA', '2026-05-01', { I1: 1, I3: 1 });
  const unscored = entry(v1, 'r0', 'Aava', '2023-05-01', {});
  const entries = [
    r3,
    r1,
    r2,
    entry(v1, 'x1', 'Böle', '2025-01-01', { I1: 4 }),
    entry(v1, 'x2', 'Aava', '2025-02-01', { I1: 4 }, 'county'),
    entry(other, 'x3', 'Aava', '2025-03-01', { I1: 4 }),
  ];

  it('checklist ids differ in the fixture', () => {
    expect(other.id).to.not.equal(v1.id);
  });

  it('lists every round of the organisation on the checklist id, oldest first, any version or language', () => {
    const trend = organisationTrend(entries, 'r2');
    expect(trend.map((r) => r.assessmentId)).to.deep.equal(['r1', 'r2', 'r3']);
    expect(trend.map((r) => r.version)).to.deep.equal(['1', '2', '1']);
    expect(trend.map((r) => r.language)).to.deep.equal(['fi', 'sv', 'fi']);
    expect(trend.map((r) => r.current)).to.deep.equal([false, true, false]);
    expect(trend.map((r) => r.first)).to.deep.equal([true, false, false]);
  });

  it('gives each round its overall score and the signed change from the round before', () => {
    const trend = organisationTrend(entries, 'r3');
    const [s1, s2, s3] = [overall(r1)!, overall(r2)!, overall(r3)!];
    expect(s2).to.be.greaterThan(s1);
    expect(s3).to.be.lessThan(s2);
    expect(trend.map((r) => r.overall)).to.deep.equal([s1, s2, s3]);
    expect(trend[0]!.change).to.equal(null);
    expect(trend[1]!.change).to.equal(s2 - s1);
    expect(trend[2]!.change).to.be.lessThan(0);
    expect(trend[2]!.change).to.equal(s3 - s2);
  });

  it('has no change where a round has no score', () => {
    const trend = organisationTrend([unscored, ...entries], 'r1');
    expect(trend.map((r) => r.assessmentId)).to.deep.equal(['r0', 'r1', 'r2', 'r3']);
    expect(trend[0]!.overall).to.equal(null);
    expect(trend[1]!.change).to.equal(null);
    expect(trend[1]!.first).to.equal(false);
  });

  it('is one round for an organisation with one, and empty when the current one is missing', () => {
    expect(organisationTrend(entries, 'x1').map((r) => r.assessmentId)).to.deep.equal(['x1']);
    expect(organisationTrend(entries, 'x2').map((r) => r.assessmentId)).to.deep.equal(['x2']);
    expect(organisationTrend(entries, 'x3').map((r) => r.assessmentId)).to.deep.equal(['x3']);
    expect(organisationTrend(entries, 'nope')).to.deep.equal([]);
  });

  it('picks the candidates by organisation, type and checklist id', () => {
    const a = r1.assessment;
    expect(sameOrganisation(a, r2.assessment)).to.equal(true);
    expect(sameOrganisation(a, entries[3]!.assessment)).to.equal(false);
    expect(sameOrganisation(a, entries[4]!.assessment)).to.equal(false);
    expect(sameOrganisation(a, entries[5]!.assessment)).to.equal(false);
  });
});
