import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import type { Assessment } from '../../src/model/assessment';
import { newAssessment } from '../../src/model/assessment-ops';
import { buildRegionalOverview } from '../../src/model/region';
import { HEADER, SMALL_CHECKLIST } from '../fixtures/checklists';

const small = parseChecklist(SMALL_CHECKLIST);
const other = parseChecklist(HEADER.replace('id: t', 'id: toinen') + '## H {#h}\n### S. {#s}\nX\n');
if (!small.ok || !other.ok) throw new Error('fixtures');

function assessment(
  id: string,
  organisation: string,
  date: string,
  levels: Record<string, number | null>,
): Assessment {
  const a = newAssessment(
    { organisation, organisationType: 'municipality', date, participants: [] },
    { id: 'pieni', version: '1', title: 'Pieni lista', hash: 'd'.repeat(64) },
    id,
    `${date}T12:00:00Z`,
  );
  for (const [item, level] of Object.entries(levels))
    a.answers[item] = { level, notes: '', actions: [] };
  return a;
}

describe('regional overview', () => {
  const c = small.checklist;
  const tables = buildRegionalOverview([
    { assessment: assessment('a1', 'Aava', '2025-05-01', { I1: 1, I2: 1, I3: 1 }), checklist: c },
    { assessment: assessment('a2', ' aava ', '2026-05-01', { I1: 3, I2: 2, I3: 4 }), checklist: c },
    { assessment: assessment('b1', 'Böle', '2026-04-01', { I1: 0, I2: null }), checklist: c },
    { assessment: assessment('x1', 'Muu', '2026-01-01', { s: 4 }), checklist: other.checklist },
  ]);

  it('makes one table per checklist', () => {
    expect(tables.map((t) => [t.checklistId, t.rows.length])).to.deep.equal([
      ['pieni', 2],
      ['toinen', 1],
    ]);
  });

  it("takes each organisation's latest round and the change since the previous one", () => {
    const [aava, bole] = tables[0]!.rows;
    expect([aava!.assessmentId, aava!.date, aava!.overall]).to.deep.equal(['a2', '2026-05-01', 75]);
    expect(aava!.headings).to.deep.equal({ H1: 62.5, H2: 100 });
    expect(aava!.previous?.overall).to.equal(25);
    expect(aava!.change).to.equal(50);
    expect([bole!.overall, bole!.change, bole!.previous]).to.deep.equal([0, null, undefined]);
  });

  it('averages the region over the latest rounds, leaving unscored headings out', () => {
    expect(tables[0]!.mean.overall).to.equal(37.5);
    expect(tables[0]!.mean.headings).to.deep.equal({ H1: 31.25, H2: 100 });
  });
});
