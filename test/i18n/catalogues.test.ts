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
import { format, formatDate, languageTag, type Locale } from '../../src/i18n';
import { PROBLEM_CODES } from '../../src/checklist/problems';

/** The parameters a message uses: `{name}` and the number of a `{count, plural, …}` block. */
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]))].sort();
/** The option names of every plural block of a message. */
const pluralOptions = (s: string) =>
  [...s.matchAll(/\{\w+,\s*plural,((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}/g)].map((m) =>
    [...m[1]!.matchAll(/([=\w]+)\s*\{/g)].map((o) => o[1]!),
  );

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

  it('makes plurals with Intl.PluralRules: every plural block has the forms its language needs', () => {
    let blocks = 0;
    for (const [locale, messages] of Object.entries({ fi, sv, en }) as Array<[Locale, object]>) {
      const needed = new Intl.PluralRules(languageTag(locale)).resolvedOptions().pluralCategories;
      for (const [key, text] of Object.entries(messages as Record<string, string>)) {
        for (const options of pluralOptions(text)) {
          blocks++;
          for (const category of needed) expect(options, `${locale} ${key}`).to.include(category);
        }
      }
    }
    expect(blocks).to.be.greaterThan(20);
    expect(
      Object.keys(fi).filter((k) => /One$/.test(k)),
      'hand-made singular keys',
    ).to.deep.equal([]);
    expect(format('{n, plural, one {# arviointi} other {# arviointia}}', { n: 1 }, 'fi')).to.equal(
      '1 arviointi',
    );
    expect(format('{n, plural, one {# arviointi} other {# arviointia}}', { n: 3 }, 'fi')).to.equal(
      '3 arviointia',
    );
    expect(format(en['backup.exported'], { file: 'a.json', count: 1 }, 'en')).to.equal(
      'The file a.json has been created: 1 assessment.',
    );
    expect(format(sv['backup.imported'], { count: 2 }, 'sv')).to.equal(
      '2 bedömningar importerade.',
    );
    expect(format(fi['list.showing'], { shown: 50, total: 1 }, 'fi')).to.equal(
      'Näytetään 50 / 1 arviointi.',
    );
  });

  it("writes decimals with the locale's sign: a score of 12.5 is 12,5 in Finnish and Swedish", () => {
    expect(format('{score} / 100', { score: 12.5 }, 'fi')).to.equal('12,5 / 100');
    expect(format('{score} / 100', { score: 12.5 }, 'sv')).to.equal('12,5 / 100');
    expect(format('{score} / 100', { score: 12.5 }, 'en')).to.equal('12.5 / 100');
    expect(format('{n}', { n: 2026 }, 'fi')).to.equal('2026');
  });

  it('names files and the blank template in the UI language, as ASCII slugs', () => {
    const keys = ['backup.fileFull', 'backup.fileSelected', 'template.id', 'pdf.fileName'] as const;
    for (const key of keys) {
      const names = [fi, sv, en].map((m) => format(m[key], { organisation: '' }));
      for (const name of names) expect(name, key).to.match(/^[a-z0-9-]+$/);
      expect(new Set(names).size, key).to.equal(3);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} ja {b}', { a: 1 })).to.equal('1 ja {b}');
  });

  it('formats dates per locale', () => {
    expect(formatDate('2026-11-03', 'fi')).to.equal('3.11.2026');
    expect(formatDate('2026-11-03', 'en')).to.equal('03/11/2026');
  });
});
