import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import type { Assessment } from '../../src/model/assessment';
import { newAssessment } from '../../src/model/assessment-ops';
import type { Checklist, OrganisationType } from '../../src/model/checklist';
import {
  buildRegionMatrices,
  medianOf,
  meanOf,
  sortRows,
  type MatrixEntry,
} from '../../src/model/region-matrix';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

function parsed(source: string): Checklist {
  const result = parseChecklist(source);
  if (!result.ok) throw new Error('fixture');
  return result.checklist;
}

// Version 1 in Finnish: H1 {I1, I2}, H2 {I3}. Version 2 in Swedish drops I2 and adds I4 under H2.
const v1 = parsed(SMALL_CHECKLIST);
const v2 = parsed(
  SMALL_CHECKLIST.replace('version: 1', 'version: 2')
    .replace('language: fi', 'language: sv')
    .replace('title: Pieni lista', 'title: Liten lista')
    .replace('## Ensimmäinen {#H1}', '## Första {#H1}')
    .replace(/### Toinen kohta\. \{#I2 draft\}\n\nSelitys\.\n/, '')
    .concat('\n### Fjärde punkten. {#I4}\n\nFörklaring.\n'),
);

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

const entries = [
  entry(v1, 'a1', 'Aava', '2025-05-01', { I1: 1, I2: 1, I3: 1 }),
  entry(v2, 'a2', ' aava ', '2026-05-01', { I1: 3, I3: 4, I4: 2 }),
  entry(v1, 'b1', 'Böle', '2025-04-01', { I1: 0, I2: null }),
  entry(v1, 'b2', 'Böle', '2026-04-01', { I1: 2, I2: 4, I3: null }),
  entry(v2, 'c1', 'Cedervik', '2026-03-01', { I1: 4, I3: 2, I4: 4 }),
  entry(v1, 'd1', 'Dalby', '2026-02-01', { I1: 1 }, 'county'),
];

describe('region matrix', () => {
  const [m] = buildRegionMatrices(entries);

  it('aligns versions and languages of one checklist id by item id', () => {
    expect(buildRegionMatrices(entries)).to.have.length(1);
    expect(m!.headings.map((h) => [h.id, h.itemIds])).to.deep.equal([
      ['H1', ['I1', 'I2']],
      ['H2', ['I3', 'I4']],
    ]);
    // The newest version names the columns; the preferred language wins among the newest
    expect(m!.title).to.equal('Liten lista');
    expect(m!.headings[0]!.title).to.equal('Första');
    const aava = m!.rows.find((r) => r.organisation.trim() === 'aava')!;
    expect(aava.round.cells.I2!.status).to.equal('notAsked');
    const bole = m!.rows.find((r) => r.organisation === 'Böle')!;
    expect(bole.round.cells.I4!.status).to.equal('notAsked');
    expect(bole.round.cells.I3!.status).to.equal('dontKnow');
    expect(m!.rows.find((r) => r.organisation === 'Dalby')!.round.cells.I3!.status).to.equal(
      'unanswered',
    );
  });

  it('shows each organisation once, on its latest round, with every round kept', () => {
    expect(m!.rows.map((r) => [r.round.assessmentId, r.previous?.assessmentId])).to.deep.equal([
      ['a2', 'a1'],
      ['b2', 'b1'],
      ['c1', undefined],
      ['d1', undefined],
    ]);
    expect(m!.rows[0]!.rounds.map((r) => r.assessmentId)).to.deep.equal(['a1', 'a2']);
    expect(m!.years).to.deep.equal([2026, 2025]);
  });

  it('computes change per organisation, heading and item since its previous round', () => {
    const aava = m!.rows[0]!;
    // a1: I1 25, I2 25, I3 25 → 25; a2: I1 75, I3 100, I4 50 → 75
    expect(aava.change.overall).to.equal(50);
    expect(aava.change.headings).to.deep.equal({ H1: 50, H2: 50 });
    expect(aava.change.items).to.deep.equal({ I1: 50, I2: null, I3: 75, I4: null });
    const bole = m!.rows[1]!;
    // b1: I1 0 → 0; b2: I1 50, I2 100 → 75
    expect(bole.change.overall).to.equal(75);
    expect(bole.change.items.I2).to.equal(null); // "don't know" before
    expect(m!.rows[2]!.change.overall).to.equal(null);
    expect(m!.region.overall.meanChange).to.equal(62.5);
    expect(m!.region.items.I1!.meanChange).to.equal(50);
    expect(m!.region.headings.H1!.meanChange).to.equal(62.5); // 50 and 75
  });

  it('gives the region mean, median and how many stand at each level', () => {
    const i1 = m!.region.items.I1!;
    // I1 scores: 75, 50, 100, 25
    expect([i1.mean, i1.median, i1.scored]).to.deep.equal([62.5, 62.5, 4]);
    expect(i1.counts).to.deep.equal({ 0: 0, 1: 1, 2: 1, 3: 1, 4: 1 });
    const i3 = m!.region.items.I3!;
    expect([i3.scored, i3.dontKnow, i3.unanswered, i3.notAsked]).to.deep.equal([2, 1, 1, 0]);
    const i2 = m!.region.items.I2!;
    expect([i2.scored, i2.notAsked, i2.unanswered]).to.deep.equal([1, 2, 1]);
    // Overall: 75, 75, 83.3, 25 → bands
    expect(m!.region.overall.counts).to.deep.equal({ poor: 0, improve: 1, good: 3 });
  });

  it('means and medians leave unknown values out', () => {
    expect(meanOf([null, 1, 2])).to.equal(1.5);
    expect(meanOf([null])).to.equal(null);
    expect(medianOf([5, null, 1, 3])).to.equal(3);
    expect(medianOf([4, 1, 3, 2])).to.equal(2.5);
    expect(medianOf([])).to.equal(null);
  });

  it('filters by organisation type and by round year', () => {
    const counties = buildRegionMatrices(entries, { organisationType: 'county' })[0]!;
    expect(counties.rows.map((r) => r.organisation)).to.deep.equal(['Dalby']);
    expect(counties.region.overall.mean).to.equal(25);
    const y2025 = buildRegionMatrices(entries, { round: 2025 })[0]!;
    expect(y2025.rows.map((r) => [r.round.assessmentId, r.change.overall])).to.deep.equal([
      ['a1', null],
      ['b1', null],
    ]);
    const fi = buildRegionMatrices(entries, { language: 'fi' })[0]!;
    // No Finnish text of version 2: the newest version still names the columns
    expect(fi.title).to.equal('Liten lista');
  });

  it('sorts by any column, unknown values last either way', () => {
    const names = (column: string, dir: 'ascending' | 'descending') =>
      sortRows(m!.rows, column, dir).map((r) => r.organisation.trim());
    expect(names('organisation', 'descending')).to.deep.equal([
      'Dalby',
      'Cedervik',
      'Böle',
      'aava',
    ]);
    expect(names('item:I3', 'descending')).to.deep.equal(['aava', 'Cedervik', 'Böle', 'Dalby']);
    expect(names('item:I3', 'ascending')).to.deep.equal(['Cedervik', 'aava', 'Böle', 'Dalby']);
    expect(names('change', 'descending')).to.deep.equal(['Böle', 'aava', 'Cedervik', 'Dalby']);
    expect(names('heading:H1', 'ascending')).to.deep.equal(['Dalby', 'aava', 'Böle', 'Cedervik']);
    expect(names('itemChange:I1', 'ascending')).to.deep.equal([
      'aava',
      'Böle',
      'Cedervik',
      'Dalby',
    ]);
  });
});
