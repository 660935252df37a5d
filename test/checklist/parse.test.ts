import { expect } from '@open-wc/testing';
import {
  CHECKLIST_LIMITS,
  parseChecklist,
  type ChecklistProblem,
  type ParseResult,
} from '../../src/checklist/parse';
import { BUILTIN_CHECKLISTS } from '../../src/checklist/builtin';
import { allItems } from '../../src/model/checklist';
import { HEADER, SMALL_CHECKLIST, shapedChecklist } from '../fixtures/checklists';

function errorsOf(result: ParseResult): ChecklistProblem[] {
  if (result.ok) throw new Error('expected errors, got a checklist');
  return result.errors;
}

function at(p: ChecklistProblem): [number, number] {
  return [p.line, p.column];
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
      expect([e.line, e.column]).to.deep.equal([3, 1]);
    });

    it('frontMatterDuplicateKey', () => {
      const e = only(
        parseChecklist(
          HEADER.replace('title: T', 'title: T\nid: again') + '## H {#h}\n### S {#s}\nX\n',
        ),
        'frontMatterDuplicateKey',
      );
      expect([e.line, e.column, e.params.key]).to.deep.equal([6, 1, 'id']);
    });

    it('requiredKeyMissing', () => {
      const e = only(
        parseChecklist(HEADER.replace('version: 1\n', '') + '## H {#h}\n### S {#s}\nX\n'),
        'requiredKeyMissing',
      );
      // A key that is not there at all is reported at the header's first line
      expect([e.line, e.column, e.params.key]).to.deep.equal([1, 1, 'version']);
    });

    it('requiredKeyMissing for an empty value, where the value should be', () => {
      const e = only(
        parseChecklist(HEADER.replace('id: t', 'id:') + '## H {#h}\n### S {#s}\nX\n'),
        'requiredKeyMissing',
      );
      expect([e.line, e.column, e.params.key]).to.deep.equal([2, 4, 'id']);
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

    it('idMissing on an item without braces', () => {
      const e = only(parseChecklist(HEADER + '## H {#h}\n### Väite\nX\n'), 'idMissing');
      expect([e.line, e.column]).to.deep.equal([8, 10]);
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
      expect([e.line, e.column, e.params.firstLine]).to.deep.equal([10, 7, 8]);
    });

    it('attributeInvalid', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n### S {#s .red}\nX\n'),
        'attributeInvalid',
      );
      expect([e.line, e.column, e.params.value]).to.deep.equal([8, 7, '.red']);
    });

    it('statementEmpty and headingTitleEmpty', () => {
      const r = parseChecklist(HEADER + '## {#h}\n### {#s}\nX\n');
      expect(at(only(r, 'headingTitleEmpty'))).to.deep.equal([7, 4]);
      expect(at(only(r, 'statementEmpty'))).to.deep.equal([8, 5]);
    });

    it('statementEmpty and headingTitleEmpty on bare hashes stay inside the line', () => {
      const r = parseChecklist(HEADER + '##\n###\nX\n');
      expect(at(only(r, 'headingTitleEmpty'))).to.deep.equal([7, 3]);
      expect(at(only(r, 'statementEmpty'))).to.deep.equal([8, 4]);
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
      expect(at(e)).to.deep.equal([8, 1]);
    });

    it('headingWithoutItems', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n\n## G {#g}\n### S {#s}\nX\n'),
        'headingWithoutItems',
      );
      expect([e.line, e.column, e.params.title]).to.deep.equal([7, 1, 'H']);
    });

    it('noHeadings', () => {
      const e = only(parseChecklist(HEADER + 'Pelkkä kappale.\n'), 'noHeadings');
      // At the first line after the header
      expect(at(e)).to.deep.equal([7, 1]);
    });

    it('unknownSection', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n### S {#s}\nX\n\n#### Muuta\n- a\n'),
        'unknownSection',
      );
      expect([e.line, e.column, e.params.name]).to.deep.equal([11, 6, 'Muuta']);
    });

    it('sectionNotList', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n### S {#s}\nX\n\n#### Näyttö\n\nkappale\n'),
        'sectionNotList',
      );
      expect(at(e)).to.deep.equal([13, 1]);
    });

    it('sectionDuplicate', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n### S {#s}\nX\n#### Laki\n- a\n\n#### Law\n- b\n'),
        'sectionDuplicate',
      );
      expect(at(e)).to.deep.equal([13, 6]);
    });

    it('unexpectedHeadingLevel', () => {
      const e = only(
        parseChecklist(HEADER + '## H {#h}\n### S {#s}\nX\n##### Syvä\n'),
        'unexpectedHeadingLevel',
      );
      expect([e.line, e.column, e.params.depth]).to.deep.equal([10, 1, 5]);
    });

    it('unexpectedHeadingLevel for a second # title', () => {
      const e = only(
        parseChecklist(HEADER + '# Yksi\n## H {#h}\n### S {#s}\nX\n# Toinen\n'),
        'unexpectedHeadingLevel',
      );
      expect([e.line, e.column, e.params.depth]).to.deep.equal([11, 1, 1]);
    });
  });

  it('reports problems of the header, the scale and the body together, each at its place', () => {
    const result = parseChecklist(
      [
        '---',
        'id: t',
        'version: 1',
        'language: de',
        'title: T',
        'scale: custom',
        'level: 0 | 0 | Ei | ei',
        'level: 0 | 150 | Kyllä | on',
        '---',
        '### Irrallaan {#x}',
        'X',
        '## H {#h}',
        '### {#s}',
        '### S {#s}',
        'Y',
      ].join('\n'),
    );
    expect(errorsOf(result).map((e) => [e.code, e.line, e.column])).to.deep.equal([
      ['invalidValue', 4, 11],
      ['scaleLevelValueDuplicate', 8, 8],
      ['scaleLevelScoreInvalid', 8, 12],
      ['itemOutsideHeading', 10, 1],
      ['statementEmpty', 13, 5],
      ['idDuplicate', 14, 7],
    ]);
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
    expect(at(result.warnings.find((w) => w.code === 'unknownKey')!)).to.deep.equal([6, 1]);
    expect(at(result.warnings.find((w) => w.code === 'explanationMissing')!)).to.deep.equal([9, 1]);
  });

  it('warns with line and column when the title and the # heading differ', () => {
    const result = parseChecklist(HEADER + '\n# Muu otsikko\n\n## H {#h}\n### S {#s}\nX\n');
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => [w.code, w.line, w.column])).to.deep.equal([
      ['titleMismatch', 8, 1],
    ]);
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

describe('parseChecklist limits (before the Markdown library runs)', () => {
  it('reports a quote nested 2,000 deep at its line and the column past the limit, without throwing', () => {
    const source = `${SMALL_CHECKLIST}\n${'>'.repeat(2000)} syvä\n`;
    const line = source.split('\n').length - 1;
    const problem = only(parseChecklist(source), 'nestingTooDeep');
    expect(at(problem)).to.deep.equal([line, CHECKLIST_LIMITS.nesting + 1]);
    expect(problem.params).to.deep.equal({ limit: CHECKLIST_LIMITS.nesting });
  });

  it('counts list markers and indentation as nesting too', () => {
    const markers = only(
      parseChecklist(`${SMALL_CHECKLIST}\n${'- '.repeat(5000)}x\n`),
      'nestingTooDeep',
    );
    expect(markers.column).to.equal(2 * CHECKLIST_LIMITS.nesting + 1);
    const indented = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}- taso ${i}`);
    const result = parseChecklist(`${SMALL_CHECKLIST}\n${indented.join('\n')}\n`);
    expect(errorsOf(result).map((e) => e.code)).to.include('nestingTooDeep');
  });

  it('keeps the nesting real files have', () => {
    const nested = '> lainaus\n>\n> - kohta\n>   - alakohta\n>     1. numeroitu\n';
    const result = parseChecklist(SMALL_CHECKLIST.replace('Selitys kolmannelle.', nested));
    expect(result.ok, JSON.stringify(result)).to.equal(true);
  });

  it('refuses more items than the limit, and more characters, with the sizes', () => {
    const many = shapedChecklist([CHECKLIST_LIMITS.items + 1]);
    const items = only(parseChecklist(many), 'tooManyItems');
    expect(items.params).to.deep.equal({
      count: CHECKLIST_LIMITS.items + 1,
      limit: CHECKLIST_LIMITS.items,
    });
    const long = `${SMALL_CHECKLIST}\n${'a'.repeat(CHECKLIST_LIMITS.chars)}\n`;
    expect(only(parseChecklist(long), 'checklistTooLarge').params.limit).to.equal(
      CHECKLIST_LIMITS.chars,
    );
  });

  it('parses a checklist at the item limit, with every item at its own line', () => {
    const source = shapedChecklist([CHECKLIST_LIMITS.items / 2, CHECKLIST_LIMITS.items / 2]);
    const result = parseChecklist(source);
    expect(result.ok, JSON.stringify(result).slice(0, 300)).to.equal(true);
    if (!result.ok) return;
    expect(allItems(result.checklist)).to.have.length(CHECKLIST_LIMITS.items);
    // A problem in the last item is reported at its real line (lines are counted in one pass).
    const lines = source.split('\n');
    const last = lines.map((l) => l.startsWith('### ')).lastIndexOf(true);
    lines[last] = '### Viimeinen ilman tunnusta';
    expect(at(only(parseChecklist(lines.join('\n')), 'idMissing'))[0]).to.equal(last + 1);
  });
});
