import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import type { Answer, Assessment } from '../../src/model/assessment';
import { newAssessment } from '../../src/model/assessment-ops';
import { allItems, type Checklist } from '../../src/model/checklist';
import { comparePerspectives } from '../../src/model/perspectives';
import { buildImprovementPlan } from '../../src/model/plan';
import { buildRegionMatrices } from '../../src/model/region-matrix';
import { buildRoomView } from '../../src/model/room';
import { itemsByGap, scoreAssessment } from '../../src/model/scoring';
import {
  CUSTOM_SCALE_CHECKLIST,
  SHAPE_1x7,
  SHAPE_2_2_2_1,
  SHAPE_3x9,
} from '../fixtures/checklists';

function load(source: string): Checklist {
  const result = parseChecklist(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(result.warnings).to.deep.equal([]);
  return result.checklist;
}

/** An assessment that rates item n with the scale's level n mod levels, except the last: don't know. */
function rated(checklist: Checklist): Assessment {
  const levels = checklist.scale.levels;
  const items = allItems(checklist);
  const answers: Record<string, Answer> = {};
  items.forEach((item, n) => {
    answers[item.id] = {
      level: n === items.length - 1 ? null : levels[n % levels.length]!.value,
      notes: '',
      actions: [{ id: `a${n}`, what: `Toimi ${n}`, who: '', due: '', status: 'planned' }],
      ratings: { org: levels[levels.length - 1]!.value, ngo: levels[0]!.value },
    };
  });
  return {
    ...newAssessment(
      {
        organisation: 'Muotola',
        organisationType: 'municipality',
        date: '2026-11-23',
        participants: [],
      },
      {
        id: checklist.id,
        version: checklist.version,
        title: checklist.title,
        hash: 'b'.repeat(64),
      },
      'id',
      '2026-11-23T10:00:00Z',
    ),
    answers,
    perspectives: [
      { id: 'org', name: 'Kunta' },
      { id: 'ngo', name: 'Järjestöt' },
    ],
  };
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

const SHAPES = [
  { name: '1 × 7', source: SHAPE_1x7, counts: [7], scale: 'maturity-0-4' },
  { name: '2/2/2/1', source: SHAPE_2_2_2_1, counts: [2, 2, 2, 1], scale: 'yes-no' },
  { name: '3 × 9', source: SHAPE_3x9, counts: [9, 9, 9], scale: 'scale-1-5' },
  { name: 'custom scale', source: CUSTOM_SCALE_CHECKLIST, counts: [3, 1], scale: 'custom' },
];

describe('checklists of any shape and scale', () => {
  for (const shape of SHAPES) {
    describe(shape.name, () => {
      const checklist = load(shape.source);
      const assessment = rated(checklist);
      const levels = checklist.scale.levels;
      const items = allItems(checklist);
      /** The score each item got, in reading order, the last one (don't know) left out. */
      const expectedScores = items.slice(0, -1).map((_, n) => levels[n % levels.length]!.score);

      it('loads with the headings, items and scale written in the file', () => {
        expect(checklist.headings.map((h) => h.items.length)).to.deep.equal(shape.counts);
        expect(checklist.scale.id).to.equal(shape.scale);
        expect(new Set(items.map((i) => i.id)).size).to.equal(items.length);
      });

      it('scores items by their level score and the whole as the mean of rated items', () => {
        const score = scoreAssessment(checklist, assessment.answers);
        expect(score.total).to.equal(items.length);
        expect([score.rated, score.dontKnow]).to.deep.equal([items.length - 1, 1]);
        expect(score.overall).to.be.closeTo(mean(expectedScores), 1e-9);
        expect(score.headings).to.have.length(shape.counts.length);
        const gaps = itemsByGap(score);
        expect(gaps).to.have.length(items.length);
        expect(gaps[gaps.length - 1]!.status).to.equal('dontKnow');
      });

      it('builds the plan with every heading, item, level label and action', () => {
        const plan = buildImprovementPlan(checklist, assessment);
        expect(plan.headings.map((h) => h.items.length)).to.deep.equal(shape.counts);
        const planItems = plan.headings.flatMap((h) => h.items);
        planItems.slice(0, -1).forEach((item, n) => {
          expect(item.levelLabel).to.equal(levels[n % levels.length]!.label);
        });
        expect(plan.actions).to.have.length(items.length);
      });

      it('compares perspectives across the whole scale and walks the room through every item', () => {
        const gaps = comparePerspectives(checklist, assessment.perspectives!, assessment.answers);
        expect(gaps.map((g) => g.gap)).to.deep.equal(items.map(() => 100));
        const cursor = {
          index: items.length - 1,
          revealVotes: false,
          summary: false,
          timer: { seconds: 0, running: false, at: 0 },
        };
        const room = buildRoomView(checklist, assessment, cursor);
        expect([room.item!.index, room.item!.total]).to.deep.equal([
          items.length - 1,
          items.length,
        ]);
        expect(room.item!.levels.map((l) => l.value)).to.deep.equal(levels.map((l) => l.value));
        const summary = buildRoomView(checklist, assessment, { ...cursor, summary: true }).summary!;
        expect(summary.headings).to.have.length(shape.counts.length);
      });

      it('compares organisations in the regional overview, heading by heading', () => {
        const [matrix] = buildRegionMatrices([{ assessment, checklist }]);
        expect(matrix!.headings.map((h) => h.id)).to.deep.equal(
          checklist.headings.map((h) => h.id),
        );
        expect(matrix!.items.map((i) => i.id)).to.deep.equal(items.map((i) => i.id));
        expect(matrix!.rows[0]!.round.overall).to.be.closeTo(mean(expectedScores), 1e-9);
      });
    });
  }
});
