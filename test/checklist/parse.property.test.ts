import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseChecklist } from '../../src/checklist/parse';
import { PROBLEM_CODES } from '../../src/checklist/problems';
import { allItems } from '../../src/model/checklist';
import {
  CUSTOM_SCALE_CHECKLIST,
  SHAPE_2_2_2_1,
  SMALL_CHECKLIST,
  shapedChecklist,
} from '../fixtures/checklists';

/**
 * A parse result is either a valid checklist or at least one error; every problem has a known code and
 * sits at a real position (a line of the file, or just after it, and a column within that line or just
 * after its end); a checklist's scale keeps the rules a custom scale is checked for.
 */
function wellFormed(source: string): boolean {
  let result;
  try {
    result = parseChecklist(source);
  } catch (error) {
    throw new Error(`parseChecklist threw on ${JSON.stringify(source)}: ${String(error)}`);
  }
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  for (const p of problems) {
    if (!(PROBLEM_CODES as readonly string[]).includes(p.code)) return false;
    if (!(p.line >= 1 && p.line <= lines.length + 1 && p.column >= 1)) return false;
    const text = lines[p.line - 1];
    if (text !== undefined && p.column > text.length + 1) return false;
  }
  if (!result.ok) return result.errors.length > 0;
  const { levels } = result.checklist.scale;
  const values = levels.map((l) => l.value);
  return (
    result.checklist.headings.length > 0 &&
    result.checklist.headings.every((h) => h.items.length > 0) &&
    levels.length >= 2 &&
    new Set(values).size === values.length &&
    values.every(Number.isInteger) &&
    levels.every((l) => l.score >= 0 && l.score <= 100 && l.label !== '')
  );
}

const markdownish = fc.array(
  fc.oneof(
    fc.constantFrom(
      '---',
      '## ',
      '### ',
      '#### ',
      '# ',
      '{#',
      '}',
      ' draft',
      '- ',
      '\n',
      '\n\n',
      'id: x',
      'Näyttö',
      '`',
      '```',
      '>',
      '<b>',
      '|a|b|',
      'scale: custom',
      'scale: yes-no',
      'scale: scale-1-5',
      'level: ',
      ' | ',
      '0',
      '100',
      '-1',
      '\t',
      '\r',
      '\uFEFF',
    ),
    fc.string({ maxLength: 12 }),
  ),
  { maxLength: 60 },
);

/** A header with a valid start, a random scale line and random `level:` lines, then a small body. */
const customHeader = fc
  .record({
    scale: fc.constantFrom('custom', 'maturity-0-4', 'scale-1-5', 'yes-no', '', 'other'),
    levels: fc.array(
      fc.tuple(
        fc.oneof(fc.integer({ min: -3, max: 12 }).map(String), fc.string({ maxLength: 4 })),
        fc.oneof(fc.integer({ min: -20, max: 130 }).map(String), fc.string({ maxLength: 5 })),
        fc.string({ maxLength: 8 }),
        fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
      ),
      { maxLength: 7 },
    ),
  })
  .map(({ scale, levels }) =>
    [
      '---',
      'id: p',
      'version: 1',
      'language: fi',
      'title: P',
      `scale: ${scale}`,
      ...levels.map((parts) => `level: ${parts.filter((p) => p !== undefined).join(' | ')}`),
      '---',
      '## H {#h}',
      '### S. {#s}',
      'X',
    ].join('\n'),
  );

/** Deletes, duplicates, swaps or inserts lines of a valid file. */
function mutatedLines(source: string) {
  const lines = source.split('\n');
  return fc
    .array(
      fc.tuple(
        fc.constantFrom('delete', 'duplicate', 'swap', 'insert'),
        fc.nat(lines.length - 1),
        fc.nat(lines.length - 1),
        fc.string({ maxLength: 20 }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((steps) => {
      const copy = [...lines];
      for (const [kind, a, b, text] of steps) {
        const i = a % copy.length;
        const j = b % copy.length;
        if (kind === 'delete' && copy.length > 1) copy.splice(i, 1);
        else if (kind === 'duplicate') copy.splice(i, 0, copy[i]!);
        else if (kind === 'swap') [copy[i], copy[j]] = [copy[j]!, copy[i]!];
        else copy.splice(i, 0, text);
      }
      return copy.join('\n');
    });
}

/** Deletes or inserts characters at random places of a valid file. */
function mutatedCharacters(source: string) {
  return fc
    .array(
      fc.tuple(
        fc.boolean(),
        fc.nat(source.length),
        fc.constantFrom('{', '}', '#', '|', ':', '-', '\n', ' ', 'x', '`', '*', '\u00e4'),
      ),
      { minLength: 1, maxLength: 10 },
    )
    .map((steps) => {
      let text = source;
      for (const [remove, at, char] of steps) {
        const i = at % (text.length + 1);
        text = remove
          ? text.slice(0, i) + text.slice(i + 1)
          : text.slice(0, i) + char + text.slice(i);
      }
      return text;
    });
}

describe('parseChecklist on random and mutated input', () => {
  it('never throws on random Markdown-like text', () => {
    fc.assert(
      fc.property(markdownish, (parts) => wellFormed(parts.join(''))),
      { numRuns: 400 },
    );
  });

  it('never throws on random custom-scale headers, and accepts only scales that keep the rules', () => {
    fc.assert(fc.property(customHeader, wellFormed), { numRuns: 400 });
  });

  for (const [name, source] of [
    ['the small fixture', SMALL_CHECKLIST],
    ['the custom-scale fixture', CUSTOM_SCALE_CHECKLIST],
    ['the uneven yes-no fixture', SHAPE_2_2_2_1],
  ] as const) {
    it(`never throws when ${name} has lines deleted, duplicated, swapped or inserted`, () => {
      fc.assert(fc.property(mutatedLines(source), wellFormed), { numRuns: 300 });
    });

    it(`never throws when ${name} has characters deleted or inserted`, () => {
      fc.assert(fc.property(mutatedCharacters(source), wellFormed), { numRuns: 300 });
    });
  }

  it('loads every generated shape on every kind of scale', () => {
    const scaleLines = fc.constantFrom(
      [],
      ['scale: maturity-0-4'],
      ['scale: scale-1-5'],
      ['scale: yes-no'],
      ['scale: custom', 'level: 1 | 0 | A | a', 'level: 2 | 100 | B | b'],
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }),
        scaleLines,
        (counts, header) => {
          const result = parseChecklist(shapedChecklist(counts, header));
          if (!result.ok || result.warnings.length > 0) return false;
          const shape = result.checklist.headings.map((h) => h.items.length);
          return (
            JSON.stringify(shape) === JSON.stringify(counts) &&
            allItems(result.checklist).length === counts.reduce((a, b) => a + b, 0)
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('parses the unmutated fixtures (the properties can fail)', () => {
    for (const source of [SMALL_CHECKLIST, CUSTOM_SCALE_CHECKLIST, SHAPE_2_2_2_1]) {
      expect(parseChecklist(source).ok).to.equal(true);
    }
    expect(wellFormed('---\nid: p\n---\n')).to.equal(true);
  });
});
