import { expect } from '@open-wc/testing';
import { fi } from '../../src/i18n/fi';
import { sv } from '../../src/i18n/sv';
import { en } from '../../src/i18n/en';
import { fiStart } from '../../src/i18n/fi-start';
import { fiViews } from '../../src/i18n/fi-views';
import { svStart } from '../../src/i18n/sv-start';
import { svViews } from '../../src/i18n/sv-views';
import { enStart } from '../../src/i18n/en-start';
import { enViews } from '../../src/i18n/en-views';
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

  it('splits every language the same way into two parts that share no key', () => {
    const keys = (o: object) => Object.keys(o).sort();
    for (const [name, start, views] of [
      ['sv', svStart, svViews],
      ['en', enStart, enViews],
    ] as const) {
      expect(keys(start), `${name} start`).to.deep.equal(keys(fiStart));
      expect(keys(views), `${name} views`).to.deep.equal(keys(fiViews));
    }
    expect(Object.keys(fiStart).filter((k) => k in fiViews)).to.deep.equal([]);
    expect(keys({ ...fiStart, ...fiViews })).to.deep.equal(keys(fi));
  });

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
