import { expect } from '@open-wc/testing';
import glossary from '../../docs/glossary.md?raw';
import { fi } from '../../src/i18n/fi';
import { sv } from '../../src/i18n/sv';
import { en } from '../../src/i18n/en';

const catalogues = { fi, sv, en } as const;
type Lang = keyof typeof catalogues;
const LANGS: Lang[] = ['fi', 'sv', 'en'];

/** The rows of the first table of docs/glossary.md: stems per language and the words to avoid. */
function rows() {
  const table = glossary
    .split('\n## ')[0]!
    .split('\n\n')
    .find((b) => b.startsWith('| concept'))!;
  return table
    .split('\n')
    .slice(2)
    .map((line) => line.split('|').map((c) => c.trim()))
    .map((cells) => ({
      concept: cells[1]!,
      stems: Object.fromEntries(
        LANGS.map((lang, i) => [lang, cells[2 + i]!.split('*')[0]!.trim().toLowerCase()]),
      ) as Record<Lang, string>,
      avoid: Object.fromEntries(
        (cells[5] ?? '')
          .split(';')
          .map((part) => part.split(':'))
          .filter((kv) => kv.length === 2)
          .map(([lang, words]) => [lang!.trim(), words!.split(',').map((w) => w.trim())]),
      ) as Partial<Record<Lang, string[]>>,
    }));
}

describe('docs/glossary.md and the catalogues', () => {
  it('has a row per concept with a term in every language', () => {
    expect(rows().length).to.be.greaterThan(15);
    for (const row of rows())
      for (const lang of LANGS) expect(row.stems[lang], row.concept).to.not.equal('');
  });

  for (const lang of LANGS) {
    const texts = Object.entries(catalogues[lang] as Record<string, string>);
    it(`${lang}: uses the glossary's term for each concept and none of the avoided words`, () => {
      const all = texts.map(([, text]) => text.toLowerCase()).join('\n');
      for (const row of rows()) {
        expect(all, `${row.concept}: "${row.stems[lang]}"`).to.contain(row.stems[lang]);
        for (const word of row.avoid[lang] ?? []) {
          const pattern = new RegExp(`(^|[^\\p{L}])${word}`, 'iu');
          const found = texts.filter(([, text]) => pattern.test(text)).map(([key]) => key);
          expect(found, `${lang} "${word}" (${row.concept})`).to.deep.equal([]);
        }
      }
    });
  }

  it('names the row buttons apart from the agreed actions', () => {
    for (const lang of LANGS) {
      const m = catalogues[lang];
      expect(m['list.columnActions'], lang).to.equal(m['checklists.columnActions']);
      expect(m['list.columnActions'], lang).to.not.equal(m['item.actions']);
      expect(m['list.columnActions'].toLowerCase(), lang).to.contain(rows()[3]!.stems[lang]);
    }
  });
});
