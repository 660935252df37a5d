import { expect } from '@open-wc/testing';
import {
  BUILTIN_CHECKLISTS,
  BUILTIN_LANGUAGES,
  builtinFor,
  builtinsFor,
} from '../../src/checklist/builtin';
import { parseChecklist } from '../../src/checklist/parse';
import { allItems, type Checklist } from '../../src/model/checklist';

function parsed(key: string): Checklist {
  const builtin = BUILTIN_CHECKLISTS.find((c) => c.key === key);
  if (!builtin) throw new Error(`no built-in ${key}`);
  const result = parseChecklist(builtin.source);
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.errors)}`);
  return result.checklist;
}

function shape(checklist: Checklist) {
  return checklist.headings.map((h) => ({ id: h.id, items: h.items.map((i) => i.id) }));
}

describe('built-in checklists', () => {
  it('ships the municipality and the county model in fi, sv and en', () => {
    expect(BUILTIN_CHECKLISTS.map((c) => c.key)).to.deep.equal([
      'kunta.fi',
      'kunta.sv',
      'kunta.en',
      'hyvinvointialue.fi',
      'hyvinvointialue.sv',
      'hyvinvointialue.en',
    ]);
  });

  it('has every model in every UI language, with the same heading and item ids', () => {
    const models = new Set(BUILTIN_CHECKLISTS.map((c) => c.key.split('.')[0]!));
    for (const model of models) {
      const keys = BUILTIN_LANGUAGES.map((lang) => `${model}.${lang}`);
      for (const key of keys) {
        expect(
          BUILTIN_CHECKLISTS.some((c) => c.key === key),
          `${key} is missing`,
        ).to.equal(true);
      }
      const reference = shape(parsed(keys[0]!));
      for (const key of keys.slice(1)) expect(shape(parsed(key)), key).to.deep.equal(reference);
    }
  });

  for (const builtin of BUILTIN_CHECKLISTS) {
    describe(builtin.key, () => {
      it('parses with no errors and no warnings, with the language and type it is listed under', () => {
        const result = parseChecklist(builtin.source);
        expect(result.ok, JSON.stringify(result)).to.equal(true);
        expect(result.warnings).to.deep.equal([]);
        if (!result.ok) return;
        expect(result.checklist.language).to.equal(builtin.language);
        expect(result.checklist.organisationType).to.equal(builtin.organisationType);
        expect(builtin.key).to.equal(`${result.checklist.id}.${result.checklist.language}`);
      });

      it('has 3 headings and 9 items, each with a statement, explanation, evidence and two questions', () => {
        const checklist = parsed(builtin.key);
        expect(checklist.headings).to.have.length(3);
        const items = allItems(checklist);
        expect(items).to.have.length(9);
        for (const item of items) {
          expect(item.statement, item.id).to.match(/\S.*\.$/);
          expect(
            item.explanation.split(/[.?!](\s|$)/).filter((s) => s.trim()).length,
            item.id,
          ).to.be.greaterThan(1);
          expect(item.evidence.length, item.id).to.be.greaterThan(1);
          expect(item.questions, item.id).to.have.length(2);
          for (const q of item.questions) expect(q, item.id).to.match(/\?$/);
          expect(item.draft, item.id).to.equal(false);
        }
        expect(checklist.attribution).to.contain('2020').and.contain('2021');
        expect(checklist.intro).to.not.equal('');
      });
    });
  }

  it('gives the three municipality files the same heading and item ids', () => {
    const fi = shape(parsed('kunta.fi'));
    expect(shape(parsed('kunta.sv'))).to.deep.equal(fi);
    expect(shape(parsed('kunta.en'))).to.deep.equal(fi);
    expect(new Set(['kunta.fi', 'kunta.sv', 'kunta.en'].map((k) => parsed(k).id)).size).to.equal(1);
  });

  for (const key of ['hyvinvointialue.fi', 'hyvinvointialue.sv', 'hyvinvointialue.en']) {
    it(`lays out the county model as in the brief: 3 + 4 + 2 items with legal references (${key})`, () => {
      const county = parsed(key);
      expect(county.organisationType).to.equal('county');
      expect(county.headings.map((h) => h.items.length)).to.deep.equal([3, 4, 2]);
      const refs = allItems(county).flatMap((i) => i.legalRefs);
      expect(refs.some((r) => /612\/2021, (7 §|section 7)/.test(r))).to.equal(true);
      expect(refs.some((r) => /611\/2021, (29 §|section 29)/.test(r))).to.equal(true);
    });
  }

  it('offers the checklists of an organisation type, picking the language asked for', () => {
    expect(builtinsFor('municipality').map((c) => c.key)).to.deep.equal([
      'kunta.fi',
      'kunta.sv',
      'kunta.en',
    ]);
    expect(builtinsFor('county').map((c) => c.key)).to.deep.equal([
      'hyvinvointialue.fi',
      'hyvinvointialue.sv',
      'hyvinvointialue.en',
    ]);
    expect(builtinFor('municipality', 'sv').key).to.equal('kunta.sv');
    expect(builtinFor('municipality', 'en').key).to.equal('kunta.en');
    expect(builtinFor('county', 'sv').key).to.equal('hyvinvointialue.sv');
    expect(builtinFor('county', 'en').key).to.equal('hyvinvointialue.en');
  });
});
