import { expect } from '@open-wc/testing';
import { fi } from '../../src/i18n/fi';
import { sv } from '../../src/i18n/sv';
import { en } from '../../src/i18n/en';
import { format, formatDate } from '../../src/i18n';
import { PROBLEM_CODES } from '../../src/checklist/problems';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  for (const [name, messages] of Object.entries({ sv, en })) {
    it(`${name} has exactly the keys of fi`, () => {
      expect(Object.keys(messages).sort()).to.deep.equal(Object.keys(fi).sort());
    });

    it(`${name} keeps every placeholder of fi and leaves no message empty`, () => {
      for (const [key, text] of Object.entries(fi)) {
        const translated = (messages as Record<string, string>)[key]!;
        expect(translated.trim(), key).to.not.equal('');
        expect(placeholders(translated), key).to.deep.equal(placeholders(text));
      }
    });
  }

  it('has a sentence for every checklist problem code', () => {
    for (const code of PROBLEM_CODES) expect(fi).to.have.property(`checklistError.${code}`);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} ja {b}', { a: 1 })).to.equal('1 ja {b}');
  });

  it('formats dates per locale', () => {
    expect(formatDate('2026-11-03', 'fi')).to.equal('3.11.2026');
    expect(formatDate('2026-11-03', 'en')).to.equal('03/11/2026');
  });
});
