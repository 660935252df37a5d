import { expect } from '@open-wc/testing';
import { parseChecklist, type ChecklistProblem, type ParseResult } from '../../src/checklist/parse';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { allItems } from '../../src/model/checklist';
import { HEADER, SMALL_CHECKLIST } from '../fixtures/checklists';

function errorsOf(result: ParseResult): ChecklistProblem[] {
  if (result.ok) throw new Error('expected errors, got a checklist');
  return result.errors;
}

function only(result: ParseResult, code: string): ChecklistProblem {
  const found = errorsOf(result).filter((e) => e.code === code);
  expect(found, `errors: ${JSON.stringify(errorsOf(result))}`).to.have.length(1);
  return found[0]!;
}

describe('parseChecklist', () => {
  describe('the built-in municipality checklist (kunta.fi)', () => {
    const builtin = BUILTIN_CHECKLISTS.find((c) => c.key === 'kunta.fi')!;
    const result = parseChecklist(builtin.source);

    it('parses without errors or warnings', () => {
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      if (result.ok) expect(result.warnings).to.deep.equal([]);
    });

    it('has three headings and nine items with the ids written in the file', () => {
      if (!result.ok) throw new Error('not parsed');
      const { checklist } = result;
      expect(checklist.id).to.equal('kunta');
      expect(checklist.language).to.equal('fi');
      expect(checklist.organisationType).to.equal('municipality');
      expect(checklist.headings.map((h) => h.id)).to.deep.equal(['A', 'B', 'C']);
      expect(checklist.headings.map((h) => h.items.length)).to.deep.equal([3, 5, 1]);
      expect(allItems(checklist).map((i) => i.id)).to.deep.equal([
        'A1',
        'A2',
        'A3',
        'B4',
        'B5',
        'B6',
        'B7',
        'B8',
        'C9',
      ]);
    });

    it('gives every item a statement, an explanation, evidence and questions', () => {
      if (!result.ok) throw new Error('not parsed');
      for (const item of allItems(result.checklist)) {
        expect(item.statement, item.id).to.match(/\S.*\.$/);
        expect(item.explanation.length, item.id).to.be.greaterThan(40);
        expect(item.evidence.length, item.id).to.be.greaterThan(0);
        expect(item.questions.length, item.id).to.be.greaterThan(1);
      }
      expect(result.checklist.attribution).to.contain('Varsinais-Suomen');
      expect(result.checklist.scale.levels.map((l) => l.score)).to.deep.equal([0, 25, 50, 75, 100]);
    });
  });

  it('reads every part of a small checklist', () => {
    const result = parseChecklist(SMALL_CHECKLIST);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const c = result.checklist;
    expect(c.title).to.equal('Pieni lista');
    expect(c.attribution).to.equal('Testiaineisto');
    expect(c.intro).to.equal('Johdanto *listaan*.');
    expect(c.headings[0]!.intro).to.equal('Pääkohdan johdanto.');
    const [i1, i2] = c.headings[0]!.items;
    expect(i1!.statement).to.equal('Järjestöt ovat mukana.');
    expect(i1!.explanation).to.equal('Selitys ensimmäiselle kohdalle.');
    expect(i1!.evidence).to.deep.equal(['pöytäkirjat', '*strategia*']);
    expect(i1!.questions).to.deep.equal(['Kuka vastaa?']);
    expect(i1!.legalRefs).to.deep.equal(['612/2021 6 §']);
    expect(i1!.draft).to.equal(false);
    expect(i2!.draft).to.equal(true);
    expect(c.headings[1]!.items.map((i) => i.id)).to.deep.equal(['I3']);
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const result = parseChecklist('\uFEFF' + SMALL_CHECKLIST.replace(/\n/g, '\r\n'));
    expect(result.ok).to.equal(true);
  });

  it('takes the title from a level-1 heading when the header has none', () => {
    const result = parseChecklist(
      HEADER.replace('title: T\n', '') + '\n# Otsikko tekstistä\n\n## H {#h}\n\n### S. {#s}\n\nX\n',
    );
    expect(result.ok && result.checklist.title).to.equal('Otsikko tekstistä');
  });

  describe('errors carry line and column', () => {
    it('frontMatterMissing', () => {
      const e = only(parseChecklist('## H {#h}\n### S {#s}\n'), 'frontMatterMissing');
      expect([e.line, e.column]).to.deep.equal([1, 1]);
    });

    it('frontMatterUnclosed', () => {
      const e = only(parseChecklist('---\nid: x\nversion: 1\n'), 'frontMatterUnclosed');
      expect([e.line, e.column]).to.deep.equal([1, 1]);
    });

    it('frontMatterSyntax', () => {
      const e = only(
        parseChecklist(HEADER.replace('version: 1', 'version 1') + '## H {#h}\n### S {#s}\nX\n'),
        'frontMatterSyntax',
      );
      expect(e.line).to.equal(3);
    });

    it('frontMatterDuplicateKey', () => {
      const e = only(
        parseChecklist(
          HEADER.replace('title: T', 'title: T\nid: again') + '## H {#h}\n### S {#s}\nX\n',
        ),
        'frontMatterDuplicateKey',
      );
      expect([e.line, e.params.key]).to.deep.equal([6, 'id']);
    });

    it('requiredKeyMissing', () => {
      const e = only(
        parseChecklist(HEADER.replace('version: 1\n', '') + '## H {#h}\n### S {#s}\nX\n'),
        'requiredKeyMissing',
      );
      expect(e.params.key).to.equal('version');
      expect(e.line).to.be.greaterThan(0);
    });

    it('invalidValue with the column of the value', () => {
      const e = only(
        parseChecklist(
          HEADER.replace('language: fi', 'language:  de') + '## H {#h}\n### S {#s}\nX\n',
        ),
        'invalidValue',
      );
      expect([e.line, e.column, e.params.value]).to.deep.equal([4, 12, 'de']);
    });

    it('unknownScale', () => {
      const e = only(
        parseChecklist(
          HEADER.replace('title: T', 'title: T\nscale: 1-10') + '## H {#h}\n### S {#s}\nX\n',
        ),
        'unknownScale',
      );
      expect([e.line, e.column]).to.deep.equal([6, 8]);
    });

    it('idMissing on a heading, at the end of its line', () => {
      const e = only(parseChecklist(HEADER + '\n## Otsikko\n\n### S {#s}\nX\n'), 'idMissing');
      expect([e.line, e.column]).to.deep.equal([8, 11]);
    });

    it('idInvalid', () => {
      const e = only(parseChecklist(HEADER + '## H {#h}\n### S {#1a}\nX\n'), 'idInvalid');
      expect([e.line, e.column]).to.deep.equal([8, 7]);
    });

    it('idDuplicate names the first line', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n### S {#s}\nX\n### T {#s}\nY\n'),
        'idDuplicate',
      );
      expect([e.line, e.params.firstLine]).to.deep.equal([10, 8]);
    });

    it('attributeInvalid', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n### S {#s .red}\nX\n'),
        'attributeInvalid',
      );
      expect([e.line, e.params.value]).to.deep.equal([8, '.red']);
    });

    it('statementEmpty and headingTitleEmpty', () => {
      const r = parseChecklist(HEADER + '## {#h}\n### {#s}\nX\n');
      expect(only(r, 'headingTitleEmpty').line).to.equal(7);
      expect(only(r, 'statementEmpty').line).to.equal(8);
    });

    it('itemOutsideHeading', () => {
      const e = only(
        parseChecklist(HEADER + '### S {#s}\nX\n## H {#h}\n### T {#t}\nY\n'),
        'itemOutsideHeading',
      );
      expect([e.line, e.column]).to.deep.equal([7, 1]);
    });

    it('contentOutsideItem', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n#### Näyttö\n- a\n### S {#s}\nX\n'),
        'contentOutsideItem',
      );
      expect(e.line).to.equal(8);
    });

    it('headingWithoutItems', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n\n## G {#g}\n### S {#s}\nX\n'),
        'headingWithoutItems',
      );
      expect([e.line, e.params.title]).to.deep.equal([7, 'H']);
    });

    it('noHeadings', () => {
      only(parseChecklist(HEADER + 'Pelkkä kappale.\n'), 'noHeadings');
    });

    it('unknownSection', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n### S {#s}\nX\n\n#### Muuta\n- a\n'),
        'unknownSection',
      );
      expect([e.line, e.params.name]).to.deep.equal([11, 'Muuta']);
    });

    it('sectionNotList', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n### S {#s}\nX\n\n#### Näyttö\n\nkappale\n'),
        'sectionNotList',
      );
      expect(e.line).to.equal(13);
    });

    it('sectionDuplicate', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n### S {#s}\nX\n#### Laki\n- a\n\n#### Law\n- b\n'),
        'sectionDuplicate',
      );
      expect(e.line).to.equal(13);
    });

    it('unexpectedHeadingLevel', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n### S {#s}\nX\n##### Syvä\n'),
        'unexpectedHeadingLevel',
      );
      expect([e.line, e.params.depth]).to.deep.equal([10, 5]);
    });
  });

  it('reports several problems at once, in line order', () => {
    const result = parseChecklist(HEADER + '## H\n### S {#s}\nX\n### {#s}\n#### Muuta\n- a\n');
    const codes = errorsOf(result).map((e) => e.code);
    expect(codes).to.include.members([
      'idMissing',
      'idDuplicate',
      'statementEmpty',
      'unknownSection',
    ]);
    const lines = errorsOf(result).map((e) => e.line);
    expect(lines).to.deep.equal([...lines].sort((a, b) => a - b));
  });

  it('keeps warnings apart from errors', () => {
    const result = parseChecklist(
      HEADER.replace('title: T', 'title: T\ncolour: blue') + '## H {#h}\n### S {#s}\n',
    );
    expect(result.ok).to.equal(true);
    const codes = result.warnings.map((w) => w.code).sort();
    expect(codes).to.deep.equal(['explanationMissing', 'unknownKey']);
    expect(result.warnings.find((w) => w.code === 'unknownKey')!.line).to.equal(6);
  });

  it('never throws on arbitrary input', () => {
    const inputs = [
      '',
      '---',
      '---\n---',
      '#',
      '## {#}',
      '### {',
      '```\n## x {#x}',
      '\u0000',
      '---\n:\n---\n',
    ];
    for (const input of inputs) {
      const result = parseChecklist(input);
      expect(result.ok === true || errorsOf(result).length > 0).to.equal(true);
    }
  });
});
