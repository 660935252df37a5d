import { expect } from '@open-wc/testing';
import {
  ACTION_STATUSES,
  REVIEW_OUTCOMES,
  type Action,
  type Answer,
  type Assessment,
} from '../../src/model/assessment';
import type { Checklist } from '../../src/model/checklist';
import { carryUnfinished, nextRound } from '../../src/model/next-round';
import { buildImprovementPlan, type ImprovementPlan } from '../../src/model/plan';
import { levelLabel, presetScale } from '../../src/model/scales';
import { renderPlanPdf } from '../../src/report/plan-pdf';
import { readPdf, readPdfLines, type PdfContents } from '../fixtures/pdf';

const ORGANISATION = 'Utsjoen kunta – Ohcejoga gielda čđŋŧ';

const checklist: Checklist = {
  id: 'kierrokset',
  version: '2',
  language: 'fi',
  title: 'Järjestöystävällinen kunta',
  organisationType: 'any',
  attribution: '',
  intro: 'Lista tehtiin **yhdessä** järjestöjen kanssa.',
  scale: presetScale('maturity-0-4', 'fi')!,
  headings: ['Strategia ja rakenteet', 'Tilat ja avustukset', 'Osallisuus ja viestintä'].map(
    (title, h) => ({
      id: `H${h + 1}`,
      title,
      intro: '',
      draft: h === 1,
      items: [1, 2, 3].map((i) => ({
        id: `I${h + 1}${i}`,
        statement: `Kohdan ${h + 1}.${i} väittämä: järjestöt ovat mukana kunnan työssä tavalla ${i}.`,
        explanation: '',
        evidence: [],
        questions: [],
        legalRefs: [],
        draft: h === 2 && i === 3,
      })),
    }),
  ),
};
const items = checklist.headings.flatMap((h) => h.items);
const ref = { id: checklist.id, version: '2', title: checklist.title, hash: 'b'.repeat(64) };

const LONG =
  'Pitkä kuvaus, joka rivittyy useammalle riville taulukon kapeassa sarakkeessa. '.repeat(3);

function actions(round: string, n: number): Action[] {
  return [0, 1, 2].map((k) => ({
    id: `${round}-${n}-${k}`,
    what: `${round === 'r1' ? 'Viime kierroksen' : 'Tämän kierroksen'} toimenpide ${n + 1}.${k + 1}${k === 2 && n === 0 ? `: ${LONG}` : ''}`,
    who: k === 1 ? '' : 'Hyte-koordinaattori Ánde Ŋuolja',
    due: k === 1 ? '' : `2027-0${k + 1}-15`,
    status: ACTION_STATUSES[(n + k) % ACTION_STATUSES.length]!,
    ...(k === 0 ? { resources: '500 € ja kaksi työpäivää' } : {}),
  }));
}

const first: Assessment = {
  id: 'r1',
  organisation: ORGANISATION,
  organisationType: 'municipality',
  date: '2025-11-20',
  participants: ['Ánde Ŋuolja', 'Liisa Mäkelä'],
  checklist: { ...ref, version: '1', hash: 'a'.repeat(64) },
  answers: Object.fromEntries(
    items.map((item, n): [string, Answer] => [
      item.id,
      { level: n % 4, notes: 'Viime kerralla.', actions: actions('r1', n) },
    ]),
  ),
  createdAt: '2025-11-20T10:00:00Z',
  updatedAt: '2025-11-20T12:00:00Z',
  revision: 3,
};

/** Round two, with notes `extra` lines longer, so headings land at different places on a page. */
function secondRound(extra = 0): Assessment {
  let next = nextRound(
    first,
    checklist,
    checklist,
    ref,
    '2026-11-23',
    'r2',
    '2026-11-23T09:00:00Z',
    (l) => levelLabel(checklist.scale, l) ?? String(l),
  );
  next = {
    ...next,
    answers: Object.fromEntries(
      items.map((item, n): [string, Answer] => [
        item.id,
        {
          // 0 1 2 3 0 … last round; today one up, one down, the same, don't know.
          level: [1, 0, 2, null][n % 4],
          notes: `Havainto ${n + 1}. ${'Järjestöt kertoivat yhteistyöstä. '.repeat(2 + ((n * 3 + extra) % 7))}`,
          actions: actions('r2', n),
          target: { level: n % 2 === 0 ? 3 : 4, by: n % 2 === 0 ? '2028' : '2028-06-30' },
          ...(n === 4 ? { priority: true } : {}),
        },
      ]),
    ),
    review: next.review!.map((r, i) => {
      // Every outcome, and the last one left without.
      if (i === next.review!.length - 1) return r;
      const outcome = REVIEW_OUTCOMES[i % REVIEW_OUTCOMES.length]!;
      return { ...r, outcome, comment: i === 0 ? LONG : `Kommentti ${i + 1}.` };
    }),
  };
  return carryUnfinished(
    next,
    checklist,
    (() => {
      let id = 0;
      return () => `carried-${++id}`;
    })(),
  );
}

function plan(extra = 0): ImprovementPlan {
  return buildImprovementPlan(checklist, secondRound(extra), undefined, '2027-02-01');
}

/** The part of the text from one section title to the next. */
function section(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + 1);
  expect(start, from).to.be.at.least(0);
  expect(end, to).to.be.greaterThan(start);
  return text.slice(start, end);
}

const SECTIONS = [
  'Yhteenveto',
  'Painopisteet',
  'Toimenpiteet määräajan mukaan',
  'Edellisen kierroksen toimenpiteet',
  'Kohta kohdalta',
];

describe('improvement-plan PDF of a next round', function () {
  this.timeout(60000);
  let pdf: PdfContents;
  let full: ImprovementPlan;

  before(async () => {
    full = plan();
    pdf = await readPdf(await renderPlanPdf(full, 'fi'));
  });

  it('is built from a full plan: 9 items, 27 actions, 27 reviewed', () => {
    expect(full.headings.flatMap((h) => h.items)).to.have.length(9);
    // 27 of this round, plus the unfinished ones carried from the review.
    expect(full.actions.filter((a) => a.carriedFrom === undefined)).to.have.length(27);
    expect(full.review).to.have.length(27);
  });

  it('puts the facts first, then the sections in order', () => {
    const facts = pdf.text.slice(0, pdf.text.indexOf('Yhteenveto'));
    expect(facts).to.contain(`${ORGANISATION} · 23.11.2026`);
    expect(facts).to.contain(
      'Kunta · Järjestöystävällisyyden itsearviointi: Järjestöystävällinen kunta (versio 2)',
    );
    expect(facts).to.contain('Edellinen kierros: 20.11.2025 (tarkistuslistan versio 1)');
    expect(facts).to.contain('Tarkistuslistassa on vielä luonnoksia');
    expect(facts).to.contain('Lista tehtiin yhdessä järjestöjen kanssa.');
    expect(facts).to.contain('Ánde Ŋuolja, Liisa Mäkelä');
    const at = SECTIONS.map((s) => pdf.text.indexOf(s));
    expect(
      at.every((i) => i > 0),
      JSON.stringify(at),
    ).to.equal(true);
    expect([...at].sort((a, b) => a - b)).to.deep.equal(at);
  });

  it('summarises overall and per heading with previous, target and the signed change', () => {
    const summary = section(pdf.text, 'Yhteenveto', 'Painopisteet');
    expect(summary).to.contain('Tämä kierros');
    expect(summary).to.contain('Edellinen kierros 20.11.2025');
    expect(summary).to.contain('Tavoite');
    const c = full.change;
    const round = (n: number | null) => String(Math.round(n!));
    expect(summary).to.match(
      new RegExp(
        `Kokonaistulos ${round(c.overall.today)} / 100 · \\S+ Edellinen ${round(c.overall.previous)} · Tavoite ${round(c.overall.target)}(?: ·)? Muutos [▲▼=]`,
      ),
    );
    for (const [i, h] of full.headings.entries()) {
      const row = c.headings[i]!;
      expect(summary).to.contain(h.title);
      expect(summary).to.contain(`Edellinen ${round(row.previous)} · Tavoite ${round(row.target)}`);
    }
  });

  it('lists priorities in plan order, marked first, flags in words', () => {
    const text = section(pdf.text, 'Painopisteet', 'Toimenpiteet määräajan mukaan');
    const order = full.priorities.map((p) => text.indexOf(p.statement));
    expect(order.every((i) => i >= 0)).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
    expect(full.priorities[0]!.itemId).to.equal('I22');
    expect(text).to.contain(`${full.priorities[0]!.statement} Tämän kauden painopiste`);
    expect(text).to.contain('– En osaa sanoa – selvittäkää.');
    expect(text).to.contain('– Toimenpiteellä ei ole vastuuhenkilöä.');
    expect(text).to.contain('– Toimenpiteellä ei ole määräaikaa.');
  });

  it('tables the actions with every status, resources and the due marks in words', () => {
    const text = section(
      pdf.text,
      'Toimenpiteet määräajan mukaan',
      'Edellisen kierroksen toimenpiteet',
    );
    expect(text).to.contain('Kohta Mitä Kuka Mihin mennessä Tila');
    for (const status of ['Suunniteltu', 'Käynnissä', 'Tehty', 'Luovuttu'])
      expect(text).to.contain(status);
    expect(text).to.contain('Resurssit: 500 € ja kaksi työpäivää');
    expect(text).to.contain('Määräaika on mennyt.');
    expect(text).to.contain('rivittyy useammalle riville');
    for (const a of full.actions) expect(text).to.contain(a.what.slice(0, 40));
  });

  it("reviews last round's actions with every outcome in words and whether each was carried", () => {
    const text = section(pdf.text, 'Edellisen kierroksen toimenpiteet', 'Kohta kohdalta');
    expect(text).to.contain('Kohta Toimenpide Tulos Kommentti Jatko');
    for (const outcome of ['Toteutui', 'Osittain', 'Ei toteutunut', 'Luovuttiin', 'Ei arvioitu']) {
      expect(text).to.contain(outcome);
    }
    expect(text).to.contain('Ei siirretty');
    expect(text).to.match(
      /1\.2 Vastuu: ei nimetty Osittain Kommentti 2\. Siirretty uuteen suunnitelmaan/,
    );
    expect(text).to.contain('Kommentti 26.');
    for (const r of full.review) expect(text).to.contain(r.action.what.slice(0, 40));
  });

  it('gives each item its level, target, previous level and the signed change', () => {
    const text = pdf.text.slice(pdf.text.indexOf('Kohta kohdalta'));
    expect(text).to.contain('1. Kohdan 1.1 väittämä');
    // Item 1: 0 → 1 (▲ +25); item 2: 1 → 0 (▼ −25); item 3: 2 → 2 (= 0); item 4: 3 → don't know.
    expect(text).to.contain('Taso: 1 – Alkuvaiheessa · 25 / 100 · Kehitettävää');
    expect(text).to.contain('Tavoite: 3 – Vakiintunut · 2028 mennessä');
    expect(text).to.contain('Tavoite: 4 – Edelläkävijä · 30.6.2028 mennessä');
    expect(text).to.contain('Edellinen kierros: 0 – Ei käytössä · 0 / 100 · Muutos ▲ +25');
    expect(text).to.contain('Edellinen kierros: 1 – Alkuvaiheessa · 25 / 100 · Muutos ▼ −25');
    expect(text).to.contain('Edellinen kierros: 2 – Osittain toteutunut · 50 / 100 · Muutos = 0');
    expect(text).to.contain(
      'Taso: En osaa sanoa Tavoite: 4 – Edelläkävijä · 30.6.2028 mennessä Edellinen kierros: 3 – Vakiintunut · 75 / 100 Muistiinpanot',
    );
    expect(text).to.contain('Tila: Käynnissä');
    expect(text).to.contain('Tila: Luovuttu');
    // The subset font has the arrows: nothing became U+FFFD.
    expect(pdf.text).to.not.contain('\uFFFD');
  });

  it('never leaves a heading alone at the foot of a page, and numbers every page', async () => {
    // Headings are the bold sizes: section 14 pt, heading 12 pt, item title 10.5 pt, label 9.5 pt.
    const headingSizes = [14, 12, 10.5, 9.5];
    for (const extra of [0, 1, 2, 3, 4, 5, 6]) {
      const bytes = await renderPlanPdf(plan(extra), 'fi');
      const lines = await readPdfLines(bytes);
      const pages = Math.max(...lines.map((l) => l.page));
      for (let page = 1; page <= pages; page++) {
        const on = lines.filter((l) => l.page === page);
        expect(on.map((l) => l.text).join(' ')).to.contain(`Sivu ${page} / ${pages}`);
        const body = on.filter((l) => l.y < 297 - 16);
        const last = body.reduce((a, b) => (b.y > a.y ? b : a));
        const isHeading = headingSizes.some((s) => Math.abs(last.size - s) < 0.05);
        expect(
          isHeading,
          `page ${page}/${pages} (extra ${extra}) ends with "${last.text}"`,
        ).to.equal(false);
      }
    }
  });

  it("stays in the plan's locale and sets /Lang", async () => {
    expect(pdf.language).to.equal('fi');
    const sv = await readPdf(await renderPlanPdf(full, 'sv'));
    expect(sv.language).to.match(/^sv/);
    expect(sv.text).to.contain('Föregående omgångs åtgärder');
    expect(sv.text).to.contain('Förändring ▲ +25');
    // Column headers stay whole words in each language.
    expect(sv.text).to.contain('Punkt Påstående Nu Mål Avstånd');
    expect(sv.text).to.contain('Punkt Vad Vem Senast Status');
    expect(sv.text).to.contain('Punkt Åtgärd Utfall Kommentar Fortsättning');
    const en = await readPdf(await renderPlanPdf(full, 'en'));
    expect(en.text).to.contain('Item Statement Now Target Gap');
    expect(en.text).to.contain('Item What Who By when Status');
    expect(en.text).to.contain('Item Action Outcome Comment Carried on');
    expect(en.text).to.contain('Change ▼ −25');
  });

  it('leaves the review out for a first round', async () => {
    const text = (await readPdf(await renderPlanPdf(buildImprovementPlan(checklist, first), 'fi')))
      .text;
    expect(text).to.not.contain('Edellisen kierroksen toimenpiteet');
    expect(text).to.not.contain('Edellinen kierros');
    expect(text).to.not.contain('Muutos');
    expect(text).to.contain('Kohta Väittämä Nyt Tavoite Matka');
    expect(text).to.contain(' Ei tavoitetta ');
  });
});
