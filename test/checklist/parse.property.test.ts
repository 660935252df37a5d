import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseChecklist } from '../../src/checklist/parse';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

/** A parse result is either a valid checklist or at least one error, each at a real position. */
function wellFormed(source: string): boolean {
  const result = parseChecklist(source);
  const lineCount = source.split(/\r\n|\r|\n/).length;
  const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  for (const p of problems) {
    if (!(p.line >= 1 && p.line <= lineCount + 1 && p.column >= 1)) return false;
  }
  return result.ok ? result.checklist.headings.length > 0 : result.errors.length > 0;
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
    ),
    fc.string({ maxLength: 12 }),
  ),
  { maxLength: 60 },
);

describe('parseChecklist on random and mutated input', () => {
  it('never throws on random Markdown-like text', () => {
    fc.assert(
      fc.property(markdownish, (parts) => wellFormed(parts.join(''))),
      { numRuns: 400 },
    );
  });

  it('never throws when a valid file has lines deleted, duplicated or swapped', () => {
    const lines = SMALL_CHECKLIST.split('\n');
    const mutation = fc.array(
      fc.tuple(
        fc.constantFrom('delete', 'duplicate', 'swap', 'insert'),
        fc.nat(lines.length - 1),
        fc.nat(lines.length - 1),
        fc.string({ maxLength: 20 }),
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(mutation, (steps) => {
        const copy = [...lines];
        for (const [kind, a, b, text] of steps) {
          const i = a % copy.length;
          const j = b % copy.length;
          if (kind === 'delete' && copy.length > 1) copy.splice(i, 1);
          else if (kind === 'duplicate') copy.splice(i, 0, copy[i]!);
          else if (kind === 'swap') [copy[i], copy[j]] = [copy[j]!, copy[i]!];
          else copy.splice(i, 0, text);
        }
        return wellFormed(copy.join('\n'));
      }),
      { numRuns: 400 },
    );
  });

  it('parses the unmutated fixture (the property can fail)', () => {
    expect(parseChecklist(SMALL_CHECKLIST).ok).to.equal(true);
  });
});
