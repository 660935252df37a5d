import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { hashSource } from '../../src/checklist/hash';
import { parseChecklist } from '../../src/checklist/parse';
import { allItems, type Checklist } from '../../src/model/checklist';
import {
  MAX_RESPONSE_BYTES,
  SURVEY_RESPONSE_FORMAT,
  SurveyResponseSchema,
  gatherResponses,
  newSurvey,
  respondentsByGroup,
  tallySurveyItem,
  type ResponseFile,
  type SurveyResponse,
  type SurveyTarget,
} from '../../src/model/survey';
import { decodeInvitation, encodeInvitation } from '../../src/model/survey-link';

const source = BUILTIN_CHECKLISTS.find((c) => c.key === 'kunta.fi')!.source;
const parsed = parseChecklist(source);
if (!parsed.ok) throw new Error('built-in checklist does not parse');
const checklist: Checklist = parsed.checklist;
const [A, B] = allItems(checklist).map((i) => i.id) as [string, string];
const GROUPS = [
  { id: 'kunta', name: 'Kunta' },
  { id: 'jarjestot', name: 'Järjestöt' },
];

let target: SurveyTarget;
before(async () => {
  target = {
    survey: newSurvey('survey-0001', GROUPS, '2026-12-02T10:00:00.000Z'),
    checklist,
    checklistHash: await hashSource(source),
  };
});

function response(over: Partial<SurveyResponse> = {}): SurveyResponse {
  return {
    format: SURVEY_RESPONSE_FORMAT,
    version: 1,
    surveyId: 'survey-0001',
    checklist: { id: checklist.id, version: checklist.version, hash: target.checklistHash },
    responseId: 'resp-00000001',
    group: 'kunta',
    savedAt: '2026-12-02T11:00:00.000Z',
    answers: { [A]: { level: 3 }, [B]: { level: null, comment: 'Ei tietoa' } },
    ...over,
  };
}

function file(data: unknown, name = 'vastaus.json'): ResponseFile {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return { name, size: text.length, text };
}

describe('survey responses', () => {
  it('the schema accepts a response and refuses one with a name-like extra shape or bad level', () => {
    expect(SurveyResponseSchema.safeParse(response()).success).to.equal(true);
    expect(SurveyResponseSchema.safeParse({ ...response(), version: 2 }).success).to.equal(false);
    expect(
      SurveyResponseSchema.safeParse({ ...response(), answers: { [A]: { level: 1.5 } } }).success,
    ).to.equal(false);
    expect(SurveyResponseSchema.safeParse({ ...response(), surveyId: 'a b' }).success).to.equal(
      false,
    );
  });

  it('tallies the responses per level and per group, with comments and no names', () => {
    const result = gatherResponses(target, [
      file(response()),
      file(
        response({
          responseId: 'resp-00000002',
          group: 'jarjestot',
          answers: { [A]: { level: 1, comment: 'Avustukset myöhässä' } },
        }),
      ),
      file(
        response({
          responseId: 'resp-00000003',
          group: 'jarjestot',
          answers: { [A]: { level: 3 } },
        }),
      ),
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect([result.added, result.repeated, result.replaced]).to.deep.equal([3, 0, 0]);
    const a = tallySurveyItem(checklist, result.survey, A);
    expect(a.total).to.equal(3);
    expect(a.levels.map((l) => l.count)).to.deep.equal([0, 1, 0, 2, 0]);
    expect(a.levels[3]!.byGroup).to.deep.equal({ kunta: 1, jarjestot: 1 });
    expect(a.levels[1]!.byGroup).to.deep.equal({ kunta: 0, jarjestot: 1 });
    expect(a.comments).to.deep.equal(['Avustukset myöhässä']);
    const b = tallySurveyItem(checklist, result.survey, B);
    expect([b.total, b.dontKnow.count, b.dontKnow.byGroup.kunta]).to.deep.equal([1, 1, 1]);
    expect(respondentsByGroup(result.survey).map((g) => [g.group.name, g.count])).to.deep.equal([
      ['Kunta', 1],
      ['Järjestöt', 2],
    ]);
    expect(JSON.stringify(result.survey)).to.not.contain('vastaus.json');
  });

  it('counts a response imported twice once, and a later save of it replaces the earlier', () => {
    const first = gatherResponses(target, [file(response()), file(response())]);
    if (!first.ok) throw new Error('refused');
    expect([first.added, first.repeated]).to.deep.equal([1, 1]);
    const again = gatherResponses({ ...target, survey: first.survey }, [file(response())]);
    if (!again.ok) throw new Error('refused');
    expect([again.added, again.repeated, again.survey.responses.length]).to.deep.equal([0, 1, 1]);
    const later = gatherResponses({ ...target, survey: again.survey }, [
      file(response({ savedAt: '2026-12-02T12:00:00.000Z', answers: { [A]: { level: 0 } } })),
    ]);
    if (!later.ok) throw new Error('refused');
    expect([later.replaced, later.survey.responses.length]).to.deep.equal([1, 1]);
    expect(tallySurveyItem(checklist, later.survey, A).levels[0]!.count).to.equal(1);
  });

  it('refuses the whole batch when one file is of another survey, checklist, group or item', () => {
    const cases: [unknown, string][] = [
      [response({ surveyId: 'other-survey' }), 'otherSurvey'],
      [response({ checklist: { id: 'x', version: '1', hash: 'a'.repeat(64) } }), 'otherChecklist'],
      [response({ group: 'valtuusto' }), 'unknownGroup'],
      [response({ answers: { ZZ9: { level: 1 } } }), 'unknownItem'],
      [JSON.stringify(response()).replace(`"${A}"`, '"__proto__"'), 'forbiddenKey'],
      [response({ answers: { [A]: { level: 7 } } }), 'unknownLevel'],
      [{ ...response(), version: 3 }, 'newerVersion'],
      [{ format: 'jarjestoystavallisyys-backup', version: 1 }, 'notResponse'],
      ['{"format": ', 'notJson'],
    ];
    for (const [bad, code] of cases) {
      const result = gatherResponses(target, [file(response()), file(bad, 'paha.json')]);
      expect(result.ok, code).to.equal(false);
      if (!result.ok)
        expect(result.problems.map((p) => [p.file, p.code])).to.deep.equal([['paha.json', code]]);
    }
    const big = { name: 'iso.json', size: MAX_RESPONSE_BYTES + 1, text: '{}' };
    const result = gatherResponses(target, [big]);
    expect(result.ok ? '' : result.problems[0]!.code).to.equal('tooLarge');
  });

  it('never adds anything from a batch with a hostile file (fast-check)', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.json(),
      fc.anything().map((v) => JSON.stringify({ ...response(), answers: v })),
      fc
        .record({ group: fc.string(), responseId: fc.string(), surveyId: fc.string() })
        .map((o) => JSON.stringify({ ...response(), ...o })),
      fc.dictionary(fc.string(), fc.anything()).map((d) => JSON.stringify({ ...response(), ...d })),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
        hostile,
        (goodIds, bad) => {
          const files = goodIds.map((n) => file(response({ responseId: `resp-good-${n}000` })));
          const before = JSON.stringify(target.survey);
          const result = gatherResponses(target, [...files, file(bad, 'x.json')]);
          // The input survey is never changed; a refusal adds nothing; an accepted "bad" file was valid.
          expect(JSON.stringify(target.survey)).to.equal(before);
          if (result.ok) {
            for (const r of result.survey.responses) {
              expect(target.survey.groups.map((g) => g.id)).to.include(r.group);
              for (const id of Object.keys(r.answers))
                expect(allItems(checklist).map((i) => i.id)).to.include(id);
            }
          } else {
            expect(result.problems.length).to.be.greaterThan(0);
            expect(result.problems.every((p) => p.file === 'x.json')).to.equal(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('carries an invitation through a link and refuses a damaged one', async () => {
    const invitation = {
      v: 1 as const,
      surveyId: 'survey-0001',
      organisation: 'Esimerkkilä',
      groups: GROUPS,
      checklist: source,
    };
    const text = await encodeInvitation(invitation);
    expect(text).to.match(/^[A-Za-z0-9_-]+$/);
    expect(text.length).to.be.lessThan(source.length);
    expect(await decodeInvitation(text)).to.deep.equal(invitation);
    expect(await decodeInvitation(text.slice(0, 200))).to.equal(null);
    expect(await decodeInvitation('!!!')).to.equal(null);
  });
});

describe('the improvement plan of a surveyed assessment', () => {
  it('carries the number of respondents per group, and nothing without responses', async () => {
    const { buildImprovementPlan } = await import('../../src/model/plan');
    const gathered = gatherResponses(target, [
      file(response()),
      file(response({ responseId: 'resp-00000009', group: 'jarjestot' })),
    ]);
    if (!gathered.ok) throw new Error('refused');
    const assessment = {
      id: 'p',
      organisation: 'Esimerkkilä',
      organisationType: 'municipality',
      date: '2026-12-02',
      participants: [],
      checklist: {
        id: checklist.id,
        version: checklist.version,
        title: checklist.title,
        hash: target.checklistHash,
      },
      answers: {},
      createdAt: '',
      updatedAt: '',
      revision: 0,
    } as const;
    expect(
      buildImprovementPlan(checklist, { ...assessment, participants: [], survey: gathered.survey })
        .survey,
    ).to.deep.equal([
      { group: 'Kunta', count: 1 },
      { group: 'Järjestöt', count: 1 },
    ]);
    expect(buildImprovementPlan(checklist, { ...assessment, participants: [] }).survey).to.equal(
      undefined,
    );
  });
});
