import { expect } from '@open-wc/testing';
import { parseChecklist, type ChecklistProblem, type ParseResult } from '../../src/checklist/parse';
import type { Language } from '../../src/model/checklist';
import { HEADER } from '../fixtures/checklists';

const BODY = '## H {#h}\n### S {#s}\nX\n';

/** A header with the given extra lines after `title: T` (line 5), so they start on line 6. */
function withHeader(...lines: string[]): string {
  return HEADER.replace('title: T\n', `title: T\n${lines.map((l) => `${l}\n`).join('')}`) + BODY;
}

function errorsOf(result: ParseResult): ChecklistProblem[] {
  if (result.ok) throw new Error('expected errors, got a checklist');
  return result.errors;
}

function only(result: ParseResult, code: string): ChecklistProblem {
  const found = errorsOf(result).filter((e) => e.code === code);
  expect(found, `errors: ${JSON.stringify(errorsOf(result))}`).to.have.length(1);
  return found[0]!;
}

function at(p: ChecklistProblem): [number, number] {
  return [p.line, p.column];
}

describe('checklist scales', () => {
  describe('presets', () => {
    it('maturity-0-4 is the default: values 0–4, scores level × 25', () => {
      const result = parseChecklist(HEADER + BODY);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const { scale } = result.checklist;
      expect(scale.id).to.equal('maturity-0-4');
      expect(scale.levels.map((l) => [l.value, l.score])).to.deep.equal([
        [0, 0],
        [1, 25],
        [2, 50],
        [3, 75],
        [4, 100],
      ]);
      expect(scale.levels[0]!.label).to.equal('Ei käytössä');
    });

    it('scale-1-5 keeps the values 1–5 and puts them on the same scores 0–100', () => {
      const result = parseChecklist(withHeader('scale: scale-1-5'));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const { scale } = result.checklist;
      expect(scale.id).to.equal('scale-1-5');
      expect(scale.levels.map((l) => [l.value, l.score])).to.deep.equal([
        [1, 0],
        [2, 25],
        [3, 50],
        [4, 75],
        [5, 100],
      ]);
    });

    it('yes-no has two levels, 0 No (score 0) and 1 Yes (score 100)', () => {
      const result = parseChecklist(withHeader('scale: yes-no'));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.checklist.scale.levels.map((l) => [l.value, l.score, l.label])).to.deep.equal([
        [0, 0, 'Ei'],
        [1, 100, 'Kyllä'],
      ]);
    });

    const anchors: Record<Language, { weak: string; strong: string; no: string; yes: string }> = {
      fi: { weak: 'Heikko', strong: 'Vahva', no: 'Ei', yes: 'Kyllä' },
      sv: { weak: 'Svag', strong: 'Stark', no: 'Nej', yes: 'Ja' },
      en: { weak: 'Weak', strong: 'Strong', no: 'No', yes: 'Yes' },
    };
    for (const [language, words] of Object.entries(anchors)) {
      it(`writes the preset labels and descriptions in the file's language (${language})`, () => {
        const source = (scale: string) =>
          withHeader(`scale: ${scale}`).replace('language: fi', `language: ${language}`);
        const five = parseChecklist(source('scale-1-5'));
        const yesNo = parseChecklist(source('yes-no'));
        if (!five.ok || !yesNo.ok) throw new Error('preset did not parse');
        const labels = five.checklist.scale.levels.map((l) => l.label);
        expect([labels[0], labels[4]]).to.deep.equal([words.weak, words.strong]);
        expect(yesNo.checklist.scale.levels.map((l) => l.label)).to.deep.equal([
          words.no,
          words.yes,
        ]);
        for (const l of [...five.checklist.scale.levels, ...yesNo.checklist.scale.levels]) {
          expect(l.description).to.not.equal('');
        }
      });
    }
  });

  describe('a custom scale written in the header', () => {
    const CUSTOM = withHeader(
      'scale: custom',
      'level: 0 | 0 | Ei käytössä | Asiasta ei ole sovittu.',
      'level: 1 | 50 | Osittain | Käytäntö on olemassa | ei vielä kirjattu.',
      'level: 2 | 100 | Vakiintunut | Käytäntö on kirjattu.',
    );

    it('reads value, score, label and description of every level, in order', () => {
      const result = parseChecklist(CUSTOM);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.warnings).to.deep.equal([]);
      expect(result.checklist.scale).to.deep.equal({
        id: 'custom',
        levels: [
          { value: 0, score: 0, label: 'Ei käytössä', description: 'Asiasta ei ole sovittu.' },
          {
            value: 1,
            score: 50,
            label: 'Osittain',
            description: 'Käytäntö on olemassa | ei vielä kirjattu.',
          },
          { value: 2, score: 100, label: 'Vakiintunut', description: 'Käytäntö on kirjattu.' },
        ],
      });
    });

    it('accepts any integer values and decimal scores written with a comma or a dot', () => {
      const result = parseChecklist(
        withHeader(
          'scale: custom',
          'level: 10 | 0 | Heikko | a',
          'level: 20 | 33,3 | Kohtalainen | b',
          'level: 30 | 66.7 | Hyvä | c',
          'level: 40 | 100 | Erinomainen | d',
        ),
      );
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.checklist.scale.levels.map((l) => [l.value, l.score])).to.deep.equal([
        [10, 0],
        [20, 33.3],
        [30, 66.7],
        [40, 100],
      ]);
    });

    it('scaleLevelsTooFew, at the scale line', () => {
      const e = only(
        parseChecklist(withHeader('scale:  custom', 'level: 0 | 0 | Ei | x')),
        'scaleLevelsTooFew',
      );
      expect(at(e)).to.deep.equal([6, 9]);
      expect(e.params.count).to.equal(1);
    });

    it('scaleLevelSyntax, at the start of the value', () => {
      const e = only(
        parseChecklist(withHeader('scale: custom', 'level: 0 | 0 | Ei', 'level: 1 - Kyllä')),
        'scaleLevelSyntax',
      );
      expect(at(e)).to.deep.equal([8, 8]);
    });

    it('scaleLevelValueInvalid, at the value', () => {
      const e = only(
        parseChecklist(withHeader('scale: custom', 'level: 0 | 0 | Ei', 'level:  1.5 | 100 | K')),
        'scaleLevelValueInvalid',
      );
      expect(at(e)).to.deep.equal([8, 9]);
      expect(e.params.value).to.equal('1.5');
    });

    it('scaleLevelValueDuplicate names the first line', () => {
      const e = only(
        parseChecklist(withHeader('scale: custom', 'level: 1 | 0 | Ei', 'level: 1 | 100 | K')),
        'scaleLevelValueDuplicate',
      );
      expect(at(e)).to.deep.equal([8, 8]);
      expect(e.params.firstLine).to.equal(7);
    });

    it('scaleLevelScoreInvalid above 100, below 0 or not a number, at the score', () => {
      const r = parseChecklist(
        withHeader(
          'scale: custom',
          'level: 0 | -5 | Ei',
          'level: 1 | 120 | Melkein',
          'level: 2 |paljon| Kyllä',
        ),
      );
      const errors = errorsOf(r).filter((e) => e.code === 'scaleLevelScoreInvalid');
      expect(errors.map(at)).to.deep.equal([
        [7, 12],
        [8, 12],
        [9, 11],
      ]);
    });

    it('scaleLevelLabelEmpty, where the label should be', () => {
      const e = only(
        parseChecklist(
          withHeader('scale: custom', 'level: 0 | 0 |  | kuvaus', 'level: 1 | 100 | K'),
        ),
        'scaleLevelLabelEmpty',
      );
      expect(at(e)).to.deep.equal([7, 15]);
    });

    it('scaleLevelWithoutCustom when a preset is named', () => {
      const e = only(
        parseChecklist(withHeader('scale: yes-no', 'level: 0 | 0 | Ei')),
        'scaleLevelWithoutCustom',
      );
      expect(at(e)).to.deep.equal([7, 1]);
      expect(e.params.scale).to.equal('yes-no');
    });

    it('unknownScale lists custom among the allowed names', () => {
      const e = only(parseChecklist(withHeader('scale: 1-10')), 'unknownScale');
      expect(at(e)).to.deep.equal([6, 8]);
      expect(String(e.params.allowed)).to.contain('scale-1-5').and.contain('custom');
    });

    it('reports every bad level at once', () => {
      const r = parseChecklist(
        withHeader('scale: custom', 'level: x | 0 | Ei', 'level: 1 | 200 |', 'level: 2'),
      );
      expect(errorsOf(r).map((e) => e.code)).to.deep.equal([
        'scaleLevelValueInvalid',
        'scaleLevelScoreInvalid',
        'scaleLevelLabelEmpty',
        'scaleLevelSyntax',
      ]);
    });

    it('warns, without failing, about a missing description and scores that do not rise', () => {
      const r = parseChecklist(
        withHeader('scale: custom', 'level: 0 | 50 | Ei', 'level: 1 | 50 | Kyllä | kuvaus'),
      );
      expect(r.ok).to.equal(true);
      expect(r.warnings.map((w) => [w.code, w.line, w.column])).to.deep.equal([
        ['scaleLevelDescriptionMissing', 7, 8],
        ['scaleScoreOrder', 8, 12],
      ]);
    });
  });
});
