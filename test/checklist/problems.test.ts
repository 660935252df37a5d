import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import { PROBLEM_CODES, type ProblemCode } from '../../src/checklist/problems';
import { format } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { fi } from '../../src/i18n/fi';
import { sv } from '../../src/i18n/sv';
import { HEADER } from '../fixtures/checklists';

const BODY = '## H {#h}\n### S {#s}\nX\n';
const head = (...lines: string[]) =>
  HEADER.replace('title: T\n', `title: T\n${lines.map((l) => `${l}\n`).join('')}`);

/** One small file per problem, and where the problem must be reported. */
const CASES: Record<
  Exclude<ProblemCode, 'modelInvalid'>,
  { source: string; at: [number, number]; warning?: true }
> = {
  frontMatterMissing: { source: BODY, at: [1, 1] },
  frontMatterUnclosed: { source: '---\nid: x\n', at: [1, 1] },
  frontMatterSyntax: { source: head('just words') + BODY, at: [6, 1] },
  frontMatterDuplicateKey: { source: head('  title: U') + BODY, at: [6, 3] },
  requiredKeyMissing: { source: HEADER.replace('language: fi\n', '') + BODY, at: [1, 1] },
  invalidValue: { source: head('organisation: school') + BODY, at: [6, 15] },
  unknownScale: { source: head('scale: 0-10') + BODY, at: [6, 8] },
  unknownKey: { source: head('colour: red') + BODY, at: [6, 1], warning: true },
  titleMismatch: { source: HEADER + '# U\n' + BODY, at: [7, 1], warning: true },
  idMissing: { source: HEADER + '## H\n### S {#s}\nX\n', at: [7, 5] },
  idInvalid: { source: HEADER + '## H {#h!}\n### S {#s}\nX\n', at: [7, 6] },
  idDuplicate: { source: HEADER + '## H {#s}\n### S {#s}\nX\n', at: [8, 7] },
  attributeInvalid: { source: HEADER + '## H {#h ready}\n### S {#s}\nX\n', at: [7, 6] },
  statementEmpty: { source: HEADER + '## H {#h}\n###  {#s}\nX\n', at: [8, 5] },
  headingTitleEmpty: { source: HEADER + '## {#h}\n### S {#s}\nX\n', at: [7, 4] },
  itemOutsideHeading: { source: HEADER + '### S {#s}\nX\n' + BODY.replace('#s', '#t'), at: [7, 1] },
  contentOutsideItem: { source: HEADER + '#### Laki\n- x\n' + BODY, at: [7, 1] },
  headingWithoutItems: { source: HEADER + '## G {#g}\n' + BODY, at: [7, 1] },
  noHeadings: { source: HEADER + '\nText.\n', at: [7, 1] },
  unknownSection: { source: HEADER + BODY + '#### Other\n- x\n', at: [10, 6] },
  sectionNotList: { source: HEADER + BODY + '#### Laki\n\nText.\n', at: [12, 1] },
  sectionDuplicate: { source: HEADER + BODY + '#### Laki\n- x\n#### Law\n- y\n', at: [12, 6] },
  unexpectedHeadingLevel: { source: HEADER + BODY + '###### Deep\n', at: [10, 1] },
  explanationMissing: { source: HEADER + '## H {#h}\n### S {#s}\n', at: [8, 1], warning: true },
  scaleLevelsTooFew: { source: head('scale: custom') + BODY, at: [6, 8] },
  scaleLevelSyntax: {
    source: head('scale: custom', 'level: 0 | 0 | A', 'level: 1, 100, B') + BODY,
    at: [8, 8],
  },
  scaleLevelValueInvalid: {
    source: head('scale: custom', 'level: a | 0 | A', 'level: 1 | 100 | B') + BODY,
    at: [7, 8],
  },
  scaleLevelValueDuplicate: {
    source: head('scale: custom', 'level: 1 | 0 | A', 'level: 1 | 100 | B') + BODY,
    at: [8, 8],
  },
  scaleLevelScoreInvalid: {
    source: head('scale: custom', 'level: 0 | 0 | A', 'level: 1 | 101 | B') + BODY,
    at: [8, 12],
  },
  scaleLevelLabelEmpty: {
    source: head('scale: custom', 'level: 0 | 0 | A | a', 'level: 1 | 100 | | b') + BODY,
    at: [8, 17],
  },
  scaleLevelWithoutCustom: { source: head('level: 0 | 0 | A') + BODY, at: [6, 1] },
  scaleLevelDescriptionMissing: {
    source: head('scale: custom', 'level: 0 | 0 | A', 'level: 1 | 100 | B | b') + BODY,
    at: [7, 8],
    warning: true,
  },
  scaleScoreOrder: {
    source: head('scale: custom', 'level: 0 | 100 | A | a', 'level: 1 | 0 | B | b') + BODY,
    at: [8, 12],
    warning: true,
  },
  idReserved: { source: HEADER + '## H {#h}\n### S {#toString}\nX\n', at: [8, 7] },
  checklistTooLarge: { source: HEADER + BODY + 'x'.repeat(500_000), at: [1, 1] },
  tooManyItems: {
    source:
      HEADER + '## H {#h}\n' + Array.from({ length: 1001 }, (_, i) => `### S {#s${i}}\n`).join(''),
    at: [1, 1],
  },
  nestingTooDeep: { source: HEADER + BODY + '> '.repeat(17) + 'x\n', at: [10, 33] },
};

describe('checklist problems: every kind, with line and column', () => {
  it('has a case for every code but modelInvalid, which guards the schema behind all the others', () => {
    expect(Object.keys(CASES).sort()).to.deep.equal(
      PROBLEM_CODES.filter((c) => c !== 'modelInvalid').sort(),
    );
  });

  for (const [code, { source, at, warning }] of Object.entries(CASES)) {
    it(`${code} at line ${at[0]}, column ${at[1]}${warning ? ' (a warning)' : ''}`, () => {
      const result = parseChecklist(source);
      const list = warning ? result.warnings : result.ok ? [] : result.errors;
      const found = list.filter((p) => p.code === code);
      expect(found, JSON.stringify(result)).to.have.length(1);
      expect([found[0]!.line, found[0]!.column]).to.deep.equal(at);
      if (warning) expect(result.ok, 'a warning alone does not stop the file').to.equal(true);
      // The sentence fills every placeholder from the problem's parameters
      for (const messages of [fi, sv, en]) {
        const sentence = format(
          messages[`checklistError.${code}` as keyof typeof fi],
          found[0]!.params,
        );
        expect(sentence, `${code}: ${sentence}`).to.not.match(/\{\w+\}/);
      }
    });
  }
});
