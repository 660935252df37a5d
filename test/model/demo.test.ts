import { expect } from '@open-wc/testing';
import { parseChecklist } from '../../src/checklist/parse';
import { AssessmentSchema } from '../../src/model/assessment';
import { BUILTIN_LANGUAGES, builtinFor } from '../../src/checklist/builtin';
import type { Assessment } from '../../src/model/assessment';
import type { Language } from '../../src/model/checklist';
import { buildDemoAssessments, DEMO_TEXTS, type DemoChecklists } from '../../src/model/demo';
import { scoreAssessment } from '../../src/model/scoring';
import { SMALL_CHECKLIST } from '../fixtures/checklists';

const parsed = parseChecklist(SMALL_CHECKLIST);
if (!parsed.ok) throw new Error('fixture');
const entry = {
  checklist: parsed.checklist,
  ref: { id: 'pieni', version: '1', title: 'Pieni', hash: 'c'.repeat(64) },
};
const checklists: DemoChecklists = { municipality: entry, county: entry };

describe('demo data', () => {
  const demo = buildDemoAssessments(checklists, '2026-11-23T00:00:00.000Z');

  it('has municipalities and a county over two rounds, all valid and marked as demo', () => {
    expect(demo.length).to.equal(8);
    expect(new Set(demo.map((a) => a.organisationType))).to.deep.equal(
      new Set(['municipality', 'county']),
    );
    expect(new Set(demo.map((a) => a.date)).size).to.equal(2);
    for (const a of demo) {
      expect(AssessmentSchema.safeParse(a).success, a.id).to.equal(true);
      expect(a.demo).to.equal(true);
      expect(a.organisation).to.contain('(esittely)');
    }
  });

  it('is the same every time', () => {
    expect(buildDemoAssessments(checklists, '2026-11-23T00:00:00.000Z')).to.deep.equal(demo);
  });

  it('improves on average from the first round to the second', () => {
    const mean = (round: string) => {
      const scores = demo
        .filter((a) => a.date === round)
        .map((a) => scoreAssessment(parsed.checklist, a.answers).overall ?? 0);
      return scores.reduce((x, y) => x + y, 0) / scores.length;
    };
    expect(mean('2026-05-20')).to.be.greaterThan(mean('2025-05-14'));
  });

  it('carries votes, perspectives and some actions', () => {
    const answers = demo.flatMap((a) => Object.values(a.answers));
    expect(answers.every((a) => a.tally && Object.keys(a.tally).length > 0)).to.equal(true);
    expect(answers.every((a) => a.ratings && 'org' in a.ratings && 'ngo' in a.ratings)).to.equal(
      true,
    );
    expect(answers.some((a) => a.actions.length > 0)).to.equal(true);
  });

  /** Every text of the demo a person reads: names, participants, notes, actions, perspectives. */
  function texts(assessments: Assessment[]): Set<string> {
    const out = new Set<string>();
    for (const a of assessments) {
      out.add(a.organisation);
      a.participants.forEach((p) => out.add(p));
      a.perspectives?.forEach((p) => out.add(p.name));
      for (const answer of Object.values(a.answers)) {
        if (answer.notes) out.add(answer.notes);
        for (const action of answer.actions) [action.what, action.who].forEach((x) => out.add(x));
      }
    }
    return out;
  }

  /** The demo in a language, on the built-in checklists of that language, as the app loads it. */
  function demoIn(language: Language) {
    const entryFor = (type: 'municipality' | 'county') => {
      const result = parseChecklist(builtinFor(type, language).source);
      if (!result.ok) throw new Error(type);
      const c = result.checklist;
      return {
        checklist: c,
        ref: { id: c.id, version: c.version, title: c.title, hash: 'd'.repeat(64) },
      };
    };
    const lists: DemoChecklists = {
      municipality: entryFor('municipality'),
      county: entryFor('county'),
    };
    return { lists, demo: buildDemoAssessments(lists, '2026-11-23T00:00:00.000Z', language) };
  }

  for (const language of BUILTIN_LANGUAGES) {
    it(`has every text and its checklists in the UI language (${language})`, () => {
      const { lists, demo: inLanguage } = demoIn(language);
      expect(lists.municipality.checklist.language).to.equal(language);
      expect(lists.county.checklist.language).to.equal(language);
      const own = texts(inLanguage);
      const theirs = new Set(
        BUILTIN_LANGUAGES.filter((l) => l !== language).flatMap((l) => [...texts(demoIn(l).demo)]),
      );
      const catalogue = DEMO_TEXTS[language];
      const allowed = new Set<string>([
        ...catalogue.organisations.flatMap((o) => [o.name, ...o.participants]),
        ...catalogue.notes,
        ...catalogue.actions.flatMap((a) => [a.what, a.who]),
        ...Object.values(catalogue.perspectives),
      ]);
      expect(own.size).to.be.greaterThan(20);
      for (const text of own) {
        expect(allowed.has(text), `"${text}" is not from the ${language} demo texts`).to.equal(
          true,
        );
        expect(theirs.has(text), `"${text}" also appears in another language`).to.equal(false);
      }
      if (language !== 'fi') {
        for (const text of own) expect(text, text).to.not.match(/esittely|järjest|kunta\b/i);
      }
    });
  }

  it('has the same organisations, levels and dates in every language', () => {
    const shape = (l: Language) =>
      demoIn(l).demo.map((a) => ({
        id: a.id,
        date: a.date,
        levels: Object.values(a.answers).map((x) => x.level),
      }));
    expect(shape('sv')).to.deep.equal(shape('fi'));
    expect(shape('en')).to.deep.equal(shape('fi'));
  });
});
