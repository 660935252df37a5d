import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import { newAssessment } from '../../src/model/assessment-ops';
import { assessmentTable, overviewTable, planTable } from '../../src/model/csv-tables';
import { buildRegionMatrices } from '../../src/model/region-matrix';
import { csvDialect, csvRows, parseCsv, toCsv } from '../../src/storage/csv';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const parsed = parseChecklist(SMALL_CHECKLIST);
if (!parsed.ok) throw new Error('fixture');
const checklist = parsed.checklist;

function assessment(id: string, date: string, levels: Record<string, number | null>) {
  const a = newAssessment(
    { organisation: 'Harjukylä', organisationType: 'municipality', date, participants: [] },
    { id: checklist.id, version: checklist.version, title: checklist.title, hash: 'd'.repeat(64) },
    id,
    `${date}T12:00:00Z`,
  );
  for (const [item, level] of Object.entries(levels))
    a.answers[item] = { level, notes: '', actions: [] };
  return a;
}

const before = assessment('a1', '2025-05-01', { I1: 1, I2: 2 });
const now = assessment('a2', '2026-05-01', { I1: 3, I2: null });
now.answers.I1!.notes = '=1+1 "lainaus"; rivi\ntoinen';
now.answers.I1!.actions = [
  {
    id: 'x',
    what: '-poista',
    who: 'Hyte',
    due: '2027-01-31',
    status: 'in-progress',
    resources: '500 €',
  },
  { id: 'y', what: 'Kysely', who: '', due: '', status: 'planned' },
];
now.answers.I1!.target = { level: 4, by: '2028' };
now.previousRound = {
  id: 'a1',
  date: '2025-05-01',
  checklist: before.checklist,
  overall: 50,
  headings: {},
  items: {},
};
const lastYear = { who: 'Hyte', due: '2026-01-31', status: 'planned' } as const;
now.review = [
  {
    itemId: 'I2',
    action: { id: 'p', what: '@kysely', ...lastYear },
    outcome: 'partly',
    comment: '',
  },
  { itemId: 'I1', action: { id: 'q', what: 'Sivu', ...lastYear }, comment: '' },
];

const labels = {
  organisation: 'Organisaatio',
  organisationType: 'Tyyppi',
  date: 'Päivämäärä',
  version: 'Versio',
  overall: 'Kokonaistulos',
  change: 'Muutos',
  changeOf: (c: string) => `${c}, muutos`,
  typeName: (type: string) => (type === 'municipality' ? 'Kunta' : 'Hyvinvointialue'),
  status: (s: string) => `[${s}]`,
};

describe('CSV tables', () => {
  const [matrix] = buildRegionMatrices([
    { assessment: before, checklist },
    { assessment: now, checklist },
  ]);
  const overview = overviewTable(matrix!, matrix!.rows, labels);

  it('lays out the overview: scores and change per heading and item', () => {
    expect(overview.header).to.deep.equal([
      'Organisaatio',
      'Tyyppi',
      'Päivämäärä',
      'Versio',
      'Kokonaistulos',
      'Muutos',
      'Ensimmäinen',
      'Ensimmäinen, muutos',
      'Toinen',
      'Toinen, muutos',
      'I1',
      'I1, muutos',
      'I2',
      'I2, muutos',
      'I3',
      'I3, muutos',
    ]);
    // before: 25, 50 → 37.5; now: 75 (I2 don't know)
    expect(overview.rows).to.deep.equal([
      [
        'Harjukylä',
        'Kunta',
        '2026-05-01',
        '1',
        75,
        37.5,
        75,
        37.5,
        null,
        null,
        75,
        50,
        '[dontKnow]',
        null,
        '[unanswered]',
        null,
      ],
    ]);
  });

  it('lays out one assessment and its action plan', () => {
    const one = assessmentTable(checklist, now, {
      itemId: 'Tunniste',
      statement: 'Väittämä',
      level: 'Taso',
      label: 'Tason nimi',
      score: 'Pisteet',
      target: 'Tavoitetaso',
      targetBy: 'Tavoitteen määräaika',
      notes: 'Muistiinpanot',
      dontKnow: 'En osaa sanoa',
    });
    expect(one.rows.map((r) => r.slice(0, 7))).to.deep.equal([
      ['I1', 'Järjestöt ovat mukana.', 3, checklist.scale.levels[3]!.label, 75, 4, '2028'],
      ['I2', 'Toinen kohta.', null, 'En osaa sanoa', null, null, ''],
      ['I3', 'Kolmas kohta.', null, null, null, null, ''],
    ]);
    const plan = planTable(checklist, now, {
      item: 'Kohta',
      what: 'Mitä',
      who: 'Kuka',
      due: 'Mihin mennessä',
      status: 'Tila',
      resources: 'Resurssit',
      round: 'Arvioinnin päivä',
      outcome: 'Tulos',
      statusName: (status) => `<${status}>`,
      outcomeName: (outcome) => `{${outcome}}`,
    });
    const mine = ['2026-05-01', ''] as const;
    expect(plan.rows).to.deep.equal([
      [
        'I1 Järjestöt ovat mukana.',
        '-poista',
        'Hyte',
        '2027-01-31',
        '<in-progress>',
        '500 €',
        ...mine,
      ],
      ['I1 Järjestöt ovat mukana.', 'Kysely', '', '', '<planned>', '', ...mine],
      [
        'I2 Toinen kohta.',
        '@kysely',
        'Hyte',
        '2026-01-31',
        '<planned>',
        '',
        '2025-05-01',
        '{partly}',
      ],
      [
        'I1 Järjestöt ovat mukana.',
        'Sivu',
        'Hyte',
        '2026-01-31',
        '<planned>',
        '',
        '2025-05-01',
        '',
      ],
    ]);

    for (const table of [overview, one, plan])
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const dialect = csvDialect(lang);
        expect(parseCsv(toCsv(table, dialect), dialect)).to.deep.equal(csvRows(table, dialect));
      }
    const rows = parseCsv(toCsv(one, csvDialect('fi')), csvDialect('fi'));
    expect(rows[1]![7]).to.equal('\'=1+1 "lainaus"; rivi\ntoinen');
    const planRows = parseCsv(toCsv(plan, csvDialect('fi')), csvDialect('fi'));
    expect(planRows[1]![1]).to.equal("'-poista");
    expect(planRows[3]![1]).to.equal("'@kysely");
  });
});
