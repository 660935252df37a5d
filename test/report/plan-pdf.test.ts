import { expect } from '@open-wc/testing';
import * as pdfjs from 'pdfjs-dist';
import { formatDate } from '../../src/i18n';
import type { Answer, Assessment } from '../../src/model/assessment';
import type { Checklist, Heading } from '../../src/model/checklist';
import { buildImprovementPlan, type ImprovementPlan } from '../../src/model/plan';
import { presetScale } from '../../src/model/scales';
import { planPdfFileName, renderPlanPdf } from '../../src/report/plan-pdf';
import { readPdf, type PdfContents } from '../fixtures/pdf';

const ORGANISATION = 'Inarin kunta – Sámi Searvi čđŋŧ';

const STATEMENTS = [
  [
    'Kunnan strategiassa on kirjattu tavoite järjestöyhteistyölle.',
    'Järjestöillä on nimetty yhteyshenkilö kunnassa.',
    'Yhteistyöstä sovitaan kirjallisesti.',
  ],
  [
    'Kunta tarjoaa tiloja järjestöjen käyttöön maksutta tai edullisesti.',
    'Tilojen varaaminen onnistuu verkossa.',
    'Avustusten hakuohjeet ovat selkeät ja ajantasaiset.',
  ],
  [
    'Järjestöt osallistuvat hyvinvointisuunnitelman valmisteluun.',
    'Saamenkieliset järjestöt saavat tiedon omalla kielellään.',
    'Kunta kertoo päätöksistä järjestöille.',
  ],
];

function heading(n: number): Heading {
  return {
    id: `H${n + 1}`,
    title: ['Strategia ja rakenteet', 'Tilat ja avustukset', 'Osallisuus ja viestintä'][n]!,
    intro: '',
    draft: false,
    items: STATEMENTS[n]!.map((statement, i) => ({
      id: `I${n + 1}${i + 1}`,
      statement,
      explanation: 'Selitys.',
      evidence: [],
      questions: [],
      legalRefs: [],
      draft: false,
    })),
  };
}

const checklist: Checklist = {
  id: 'testilista',
  version: '2',
  language: 'fi',
  title: 'Järjestöystävällinen kunta',
  organisationType: 'any',
  attribution: 'Testiaineisto',
  intro: '',
  scale: presetScale('maturity-0-4', 'fi')!,
  headings: [0, 1, 2].map(heading),
};

const LONG_NOTES = Array.from(
  { length: 9 },
  (_, i) =>
    `Havainto ${i + 1}: järjestöjen edustajat kertoivat, että yhteistyö on ollut vaihtelevaa ja riippunut paljolti yksittäisistä viranhaltijoista. Pöytäkirjoista löytyi mainintoja, mutta säännöllistä käytäntöä ei ole sovittu.`,
).join('\n');

const OWNERS = ['Hyvinvointikoordinaattori Äänekoski', 'Ánde Ŋuolja', 'Sivistysjohtaja'];
const DUES = ['2027-03-31', '2027-01-15', '2026-12-01'];

const answers: Record<string, Answer> = {
  I11: {
    level: 1,
    notes: LONG_NOTES,
    actions: [
      {
        id: 'a1',
        what: 'Kirjataan järjestöyhteistyön tavoite strategiaan',
        who: OWNERS[0]!,
        due: DUES[0]!,
        status: 'planned',
      },
    ],
  },
  I12: { level: 3, notes: 'Yhteyshenkilö on nimetty, tieto verkkosivuilla.', actions: [] },
  I13: {
    level: null,
    notes: LONG_NOTES,
    actions: [
      {
        id: 'a2',
        what: 'Selvitetään nykyiset sopimukset',
        who: OWNERS[1]!,
        due: DUES[1]!,
        status: 'planned',
      },
    ],
  },
  I21: { level: 4, notes: '', actions: [] },
  I22: {
    level: 0,
    // The emoji is outside the font: the rest of the line must survive it.
    notes: 'Varausjärjestelmä puuttuu 👍 kokonaan, palaute ≥ 3 kertaa ✓',
    actions: [
      {
        id: 'a3',
        what: 'Otetaan käyttöön sähköinen tilavaraus',
        who: '',
        due: '',
        status: 'planned',
      },
    ],
  },
  I23: { level: 2, notes: LONG_NOTES, actions: [] },
  I31: {
    level: 2,
    notes: 'Osallistuminen vaihtelee.\n\nKokouksia 4 vuodessa, kustannus 120 €.',
    actions: [
      {
        id: 'a4',
        what: 'Kutsutaan järjestöt valmisteluun',
        who: OWNERS[2]!,
        due: DUES[2]!,
        status: 'planned',
      },
    ],
  },
  I32: { level: 1, notes: LONG_NOTES, actions: [] },
  // I33 is left unanswered.
};

const assessment: Assessment = {
  id: 'arvio-1',
  organisation: ORGANISATION,
  organisationType: 'municipality',
  date: '2026-11-23',
  participants: ['Ánde Ŋuolja', 'Liisa Mäkelä', 'Björn Åberg'],
  checklist: { id: 'testilista', version: '2', title: checklist.title, hash: 'a'.repeat(64) },
  answers,
  createdAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T12:00:00Z',
  revision: 5,
};

const plan = buildImprovementPlan(checklist, assessment);

interface Line {
  page: number;
  /** Baseline in mm from the top of the page. */
  y: number;
  /** Font size in mm. */
  size: number;
  text: string;
}

/** Every text item with its position, to check the layout. */
async function textPositions(bytes: Uint8Array): Promise<Line[]> {
  const doc = await pdfjs.getDocument({ data: bytes.slice() }).promise;
  const lines: Line[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.view[3]!;
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const pt = 25.4 / 72;
      lines.push({
        page: n,
        y: (height - item.transform[5]) * pt,
        size: Math.abs(item.transform[3]) * pt,
        text: item.str,
      });
    }
  }
  await doc.destroy();
  return lines;
}

/** Body text stays between the margins, and no two lines of a page overlap. */
async function expectClearLayout(bytes: Uint8Array): Promise<void> {
  const lines = await textPositions(bytes);
  const body = lines.filter(
    (l) => !/^Sivu \d+ \/ \d+$/.test(l.text) && !l.text.startsWith('Kehittämissuunnitelma ·'),
  );
  expect(body.length).to.be.greaterThan(0);
  for (const line of body) expect(line.y, line.text).to.be.within(15, 297 - 22);
  const pages = Math.max(...lines.map((l) => l.page));
  for (let page = 1; page <= pages; page++) {
    const baselines = [
      ...new Map(body.filter((l) => l.page === page).map((l) => [l.y.toFixed(2), l])).values(),
    ].sort((a, b) => a.y - b.y);
    for (let i = 1; i < baselines.length; i++) {
      const [above, below] = [baselines[i - 1]!, baselines[i]!];
      expect(below.y - above.y, `${above.text} / ${below.text}`).to.be.at.least(below.size * 0.95);
    }
  }
}

describe('renderPlanPdf', () => {
  let bytes: Uint8Array;
  let pdf: PdfContents;

  before(async () => {
    bytes = await renderPlanPdf(plan, 'fi');
    pdf = await readPdf(bytes);
  });

  it('returns a PDF', () => {
    expect(bytes).to.be.instanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).to.equal('%PDF-');
  });

  it('keeps the organisation name exactly, Sámi letters included', () => {
    expect(pdf.text).to.contain(ORGANISATION);
    expect(pdf.text).to.contain('čđŋŧ');
    expect(pdf.text).to.contain('ä');
  });

  it('has the title, checklist line and participants', () => {
    expect(pdf.pages[0]).to.contain('Kehittämissuunnitelma');
    expect(pdf.text).to.contain(`${ORGANISATION} · 23.11.2026`);
    expect(pdf.text).to.contain(
      'Järjestöystävällisyyden itsearviointi: Järjestöystävällinen kunta (versio 2)',
    );
    expect(pdf.text).to.contain('Ánde Ŋuolja, Liisa Mäkelä, Björn Åberg');
  });

  it('shows scores with their band as text', () => {
    // Rated: 25 75 100 0 50 50 25 → mean 46.4 → 46, "Kehitettävää"; headings 50, 50, 37.5 → 38
    expect(plan.overall).to.be.closeTo(46.43, 0.01);
    expect(pdf.text).to.match(/Kokonaistulos 46 \/ 100 · Kehitettävää/);
    expect(pdf.text).to.match(/Strategia ja rakenteet 50 \/ 100 · Kehitettävää/);
    expect(pdf.text).to.match(/Osallisuus ja viestintä 38 \/ 100 · Kehitettävää/);
    expect(pdf.text).to.contain('7 / 9 kohtaa arvioitu, 1 "en osaa sanoa"');
  });

  it('contains all nine statements and each item level', () => {
    for (const statement of STATEMENTS.flat()) expect(pdf.text).to.contain(statement);
    expect(pdf.text).to.contain('Taso: 1 – Alkuvaiheessa · 25 / 100 · Kehitettävää');
    expect(pdf.text).to.contain('Taso: 4 – Edelläkävijä · 100 / 100 · Hyvä');
    expect(pdf.text).to.contain('Taso: 0 – Ei käytössä · 0 / 100 · Heikko');
    expect(pdf.text).to.contain('Taso: En osaa sanoa');
    expect(pdf.text).to.contain('Taso: Ei vielä arvioitu');
  });

  it('lists the actions with owners and formatted due dates, in plan order', () => {
    for (const owner of OWNERS) expect(pdf.text).to.contain(owner);
    for (const due of DUES) expect(pdf.text).to.contain(formatDate(due, 'fi'));
    expect(formatDate(DUES[0]!, 'fi')).to.equal('31.3.2027');
    expect(pdf.text).to.contain('Vastuu: Ánde Ŋuolja · Määräaika: 15.1.2027');
    expect(pdf.text).to.contain('Vastuu: ei nimetty · Määräaika: ei sovittu');
    // The summary table follows plan.actions: by due date, undated last.
    const summary = pdf.text.slice(
      pdf.text.indexOf('Toimenpiteet määräajan mukaan'),
      pdf.text.indexOf('Kohta kohdalta'),
    );
    const order = plan.actions.map((a) => summary.indexOf(a.what));
    expect(order.every((i) => i >= 0)).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
    expect(summary).to.match(/Otetaan käyttöön sähköinen tilavaraus ei nimetty ei sovittu/);
  });

  it('keeps notes whole, drawing characters the font lacks as U+FFFD', () => {
    expect(pdf.text).to.contain('Havainto 9: järjestöjen edustajat kertoivat');
    expect(pdf.text).to.contain('Varausjärjestelmä puuttuu \uFFFD kokonaan, palaute ≥ 3 kertaa ✓');
    expect(pdf.text).to.contain('kustannus 120 €.');
  });

  it('flows onto several pages, each with "Sivu i / n"', () => {
    const pages = pdf.pages.length;
    expect(pages).to.be.greaterThan(1);
    pdf.pages.forEach((text, i) => expect(text).to.contain(`Sivu ${i + 1} / ${pages}`));
  });

  it('never draws body text into the bottom margin or onto another line', async () => {
    await expectClearLayout(bytes);
  });

  it('sets title and language metadata and embeds only DejaVu Sans', () => {
    expect(pdf.title).to.equal(`Kehittämissuunnitelma – ${ORGANISATION}`);
    expect(pdf.language).to.equal('fi');
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(/\/DisplayDocTitle true/.test(raw), 'DisplayDocTitle').to.equal(true);
    const fonts = new Set(raw.match(/\/BaseFont \/[^\s/>]+/g));
    expect([...fonts].sort()).to.deep.equal([
      '/BaseFont /DejaVuSans',
      '/BaseFont /DejaVuSans-Bold',
    ]);
  });

  it('flows a table row and notes longer than a page without losing text', async () => {
    const longWhat = Array.from({ length: 400 }, (_, i) => `vaihe${i}`).join(' ');
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `m${i}`,
      what: `Toimenpide numero ${i}`,
      who: 'Ŋ-tiimi',
      due: '2027-06-30',
      status: 'planned' as const,
      itemId: 'I11',
      statement: STATEMENTS[0]![0]!,
      flags: [],
    }));
    const long = { ...many[0]!, id: 'long', what: longWhat };
    const stress: ImprovementPlan = {
      ...plan,
      actions: [...many.slice(0, 20), long, ...many.slice(20)],
      headings: plan.headings.map((h, i) =>
        i === 0
          ? { ...h, items: h.items.map((item) => ({ ...item, notes: LONG_NOTES.repeat(4) })) }
          : h,
      ),
    };
    const rendered = await renderPlanPdf(stress, 'fi');
    const contents = await readPdf(rendered);
    expect(contents.text).to.contain('vaihe0 vaihe1 ');
    expect(contents.text).to.contain('vaihe398 vaihe399');
    expect(contents.text).to.contain('Toimenpide numero 39');
    // The table header repeats on the pages the table continues on.
    const withHeader = contents.pages.filter((p) => p.includes('Kohta Mitä Kuka Mihin'));
    expect(withHeader.length).to.be.at.least(2);
    contents.pages.forEach((text, i) =>
      expect(text).to.contain(`Sivu ${i + 1} / ${contents.pages.length}`),
    );
    await expectClearLayout(rendered);
  });

  it('renders a plan without participants or actions', async () => {
    const empty: ImprovementPlan = {
      ...plan,
      participants: [],
      actions: [],
      headings: plan.headings.map((h) => ({
        ...h,
        items: h.items.map((i) => ({ ...i, actions: [] })),
      })),
    };
    const contents = await readPdf(await renderPlanPdf(empty, 'fi'));
    expect(contents.text).to.contain('Osallistujia ei kirjattu.');
    expect(contents.text).to.match(/Toimenpiteet määräajan mukaan Ei toimenpiteitä\./);
  });
});

describe('planPdfFileName', () => {
  it('names the file after the plan, organisation and date in ASCII', () => {
    expect(planPdfFileName(plan, 'fi')).to.equal(
      'kehittamissuunnitelma-inarin-kunta-sami-searvi-cdnt-2026-11-23.pdf',
    );
  });

  it('stays ASCII-safe and short for any organisation name', () => {
    for (const organisation of [
      'Ääne/koski: "kunta" <x>',
      'Åland · Ørsted & Æbeløe',
      '☃☃☃',
      'Пори',
      'x'.repeat(200),
    ]) {
      const name = planPdfFileName({ ...plan, organisation }, 'fi');
      expect(name, organisation).to.match(/^kehittamissuunnitelma(-[a-z0-9]+)*-2026-11-23\.pdf$/);
      expect(name.length, organisation).to.be.at.most(100);
    }
    expect(planPdfFileName({ ...plan, organisation: 'Ääne/koski: "kunta"' }, 'fi')).to.equal(
      'kehittamissuunnitelma-aane-koski-kunta-2026-11-23.pdf',
    );
    expect(planPdfFileName({ ...plan, organisation: '☃☃☃' }, 'fi')).to.equal(
      'kehittamissuunnitelma-2026-11-23.pdf',
    );
  });
});

describe('renderPlanPdf with a survey round', () => {
  it('states how many answered the survey from each group', async () => {
    const withSurvey: ImprovementPlan = {
      ...plan,
      survey: [
        { group: 'Kunta', count: 4 },
        { group: 'Järjestöt', count: 7 },
      ],
    };
    const pdf = await readPdf(await renderPlanPdf(withSurvey, 'fi'));
    expect(pdf.text).to.contain('Kysely ennen työpajaa');
    expect(pdf.text).to.contain('Kyselyyn vastasi 11: Kunta 4, Järjestöt 7.');
    const without = await readPdf(await renderPlanPdf(plan, 'fi'));
    expect(without.text).to.not.contain('Kysely ennen työpajaa');
  });
});

describe('improvement-plan PDF: what the checklist author wrote', function () {
  this.timeout(30000);

  it('shows the checklist intro and heading intros with their paragraphs, and draft marks', async () => {
    const withIntros: Checklist = structuredClone(checklist);
    withIntros.intro = 'Lista on tehty **yhdessä** järjestöjen kanssa.\n\nToinen johdantokappale.';
    withIntros.headings[0]!.intro = 'Pääkohdan ohje.\n\n- ensimmäinen huomio\n- toinen huomio';
    withIntros.headings[1]!.draft = true;
    withIntros.headings[2]!.items[0]!.draft = true;
    const contents = await readPdf(
      await renderPlanPdf(buildImprovementPlan(withIntros, assessment), 'fi'),
    );
    const text = contents.text;
    expect(text).to.contain('Lista on tehty yhdessä järjestöjen kanssa.');
    expect(text).to.contain('Toinen johdantokappale.');
    expect(text).to.not.contain('**');
    expect(text).to.contain('Pääkohdan ohje.');
    expect(text).to.contain('• ensimmäinen huomio');
    expect(text).to.contain('• toinen huomio');
    // Paragraphs stay apart: each starts its own line, not glued to the one before.
    expect(contents.pages.join('\n')).to.contain('kanssa.\nToinen johdantokappale.');
    expect(text).to.contain('Tilat ja avustukset (Luonnos)');
    expect(text).to.contain(`${STATEMENTS[2]![0]} (Luonnos)`);
  });
});
