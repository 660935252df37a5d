import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import type { Answer } from '../../src/model/assessment';
import { newAssessment } from '../../src/model/assessment-ops';
import { allItems } from '../../src/model/checklist';
import { buildImprovementPlan } from '../../src/model/plan';
import { renderPlanPdf } from '../../src/report/plan-pdf';
import { SHAPE_1x7, SHAPE_2_2_2_1, SHAPE_3x9 } from '../fixtures/checklists';
import { readPdf } from '../fixtures/pdf';

describe('plan PDF for checklists of other shapes and scales', function () {
  this.timeout(30000);

  for (const [name, source] of [
    ['1 × 7, maturity 0–4', SHAPE_1x7],
    ['2/2/2/1, yes-no', SHAPE_2_2_2_1],
    ['3 × 9, scale 1–5', SHAPE_3x9],
  ] as const) {
    it(`prints every heading, item and level label (${name})`, async () => {
      const parsed = parseChecklist(source);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const checklist = parsed.checklist;
      const levels = checklist.scale.levels;
      const answers: Record<string, Answer> = {};
      allItems(checklist).forEach((item, n) => {
        answers[item.id] = { level: levels[n % levels.length]!.value, notes: '', actions: [] };
      });
      const assessment = {
        ...newAssessment(
          {
            organisation: 'Muotola',
            organisationType: 'municipality',
            date: '2026-11-23',
            participants: [],
          },
          { id: checklist.id, version: '1', title: checklist.title, hash: 'c'.repeat(64) },
          'x',
          '2026-11-23T10:00:00Z',
        ),
        answers,
      };
      const contents = await readPdf(
        await renderPlanPdf(buildImprovementPlan(checklist, assessment), 'fi'),
      );
      for (const heading of checklist.headings) expect(contents.text).to.contain(heading.title);
      for (const item of allItems(checklist)) expect(contents.text).to.contain(item.statement);
      for (const level of levels)
        expect(contents.text).to.contain(`Taso: ${level.value} – ${level.label}`);
    });
  }
});
