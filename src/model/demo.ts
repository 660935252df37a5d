import type { Action, Answer, Assessment, ChecklistRef, ReviewOutcome, Tally } from './assessment';
import { carryUnfinished, nextRound } from './next-round';
import { levelLabel } from './scales';
import { allItems, type Checklist, type Language, type OrganisationType } from './checklist';

/** A fictional organisation of the demo, with how far along it is (0–4) in its first round. */
interface DemoOrganisation {
  type: OrganisationType;
  baseline: number;
}

/** The demo's texts in one language: every string an assessment of the demo shows. */
export interface DemoTexts {
  /** Per organisation, in the order of `ORGANISATIONS`: its name and its participants. */
  organisations: Array<{ name: string; participants: string[] }>;
  notes: string[];
  actions: Array<Pick<Action, 'what' | 'who'>>;
  perspectives: { municipality: string; county: string; ngo: string };
}

const ORGANISATIONS: DemoOrganisation[] = [
  { type: 'municipality', baseline: 1.4 },
  { type: 'municipality', baseline: 2.3 },
  { type: 'municipality', baseline: 0.8 },
  { type: 'county', baseline: 1.9 },
];

/** The demo in each UI language (fictional names, written for each language, not translated word for word). */
export const DEMO_TEXTS: Record<Language, DemoTexts> = {
  fi: {
    organisations: [
      {
        name: 'Esimerkkilän kunta (esittely)',
        participants: [
          'Hyte-koordinaattori',
          'Sivistysjohtaja',
          'Valtuutettu',
          'Kyläyhdistys',
          'Eläkeläisyhdistys',
        ],
      },
      {
        name: 'Järvelän kaupunki (esittely)',
        participants: [
          'Hyvinvointikoordinaattori',
          'Kulttuuripäällikkö',
          'Urheiluseura',
          'Järjestöjen yhteistyöfoorumi',
        ],
      },
      {
        name: 'Harjukylän kunta (esittely)',
        participants: [
          'Kunnanjohtaja',
          'Nuorisotyöntekijä',
          'Saamelaisyhdistys',
          'Mielenterveysyhdistys',
        ],
      },
      {
        name: 'Esimerkkimaan hyvinvointialue (esittely)',
        participants: [
          'Järjestökoordinaattori',
          'Osallisuuspäällikkö',
          'Järjestöneuvottelukunta',
          'Vammaisneuvosto',
        ],
      },
    ],
    notes: [
      'Työpajassa todettiin, että käytäntö vaihtelee toimialoittain.',
      'Järjestöjen edustajat kokivat, että tieto tulee usein liian myöhään.',
      'Hyvä esimerkki löytyi nuorisopalveluista; muualla asia on vasta alussa.',
      'Asiasta on sovittu, mutta vastuuhenkilö vaihtui keväällä.',
      'Näyttönä hyvinvointikertomuksen luku ja kumppanuuspöydän muistiot.',
    ],
    actions: [
      { what: 'Kirjataan järjestöyhteistyön tavoite hyvinvointisuunnitelmaan', who: 'Hyte-ryhmä' },
      { what: 'Kutsutaan järjestöt luonnosvaiheen työpajaan', who: 'Strategiapäällikkö' },
      { what: 'Avataan järjestöille yhteinen verkkosivu', who: 'Viestintä' },
      { what: 'Nimetään järjestöyhdyshenkilö ja varataan työaikaa', who: 'Henkilöstöjohtaja' },
      { what: 'Järjestetään kumppanuuspöytä kahdesti vuodessa', who: 'Järjestöyhdyshenkilö' },
      { what: 'Julkaistaan avustusten myöntöperusteet', who: 'Vapaa-aikapalvelut' },
    ],
    perspectives: { municipality: 'Kunta', county: 'Hyvinvointialue', ngo: 'Järjestöt' },
  },
  sv: {
    organisations: [
      {
        name: 'Exempelby kommun (demo)',
        participants: [
          'Hyte-koordinator',
          'Bildningsdirektör',
          'Fullmäktigeledamot',
          'Byaförening',
          'Pensionärsförening',
        ],
      },
      {
        name: 'Sjöviks stad (demo)',
        participants: [
          'Välfärdskoordinator',
          'Kulturchef',
          'Idrottsförening',
          'Organisationernas samarbetsforum',
        ],
      },
      {
        name: 'Åsby kommun (demo)',
        participants: [
          'Kommundirektör',
          'Ungdomsarbetare',
          'Samisk förening',
          'Förening för psykisk hälsa',
        ],
      },
      {
        name: 'Exempellands välfärdsområde (demo)',
        participants: [
          'Organisationskoordinator',
          'Delaktighetschef',
          'Organisationsdelegation',
          'Rådet för personer med funktionsnedsättning',
        ],
      },
    ],
    notes: [
      'I workshoppen konstaterades att praxis varierar mellan sektorerna.',
      'Organisationernas företrädare upplevde att informationen ofta kommer för sent.',
      'Ett bra exempel fanns inom ungdomstjänsterna; på andra håll har arbetet bara börjat.',
      'Man har kommit överens om saken, men ansvarspersonen byttes i våras.',
      'Som belägg ett kapitel i välfärdsberättelsen och promemorior från partnerskapsbordet.',
    ],
    actions: [
      {
        what: 'Skriva in ett mål för organisationssamarbetet i välfärdsplanen',
        who: 'Hyte-gruppen',
      },
      {
        what: 'Bjuda in organisationerna till en workshop redan i utkastskedet',
        who: 'Strategichef',
      },
      { what: 'Öppna en gemensam webbsida för organisationerna', who: 'Kommunikation' },
      {
        what: 'Utse en kontaktperson för organisationer och reservera arbetstid',
        who: 'Personaldirektör',
      },
      {
        what: 'Ordna ett partnerskapsbord två gånger om året',
        who: 'Kontaktperson för organisationer',
      },
      { what: 'Publicera grunderna för att bevilja understöd', who: 'Fritidstjänster' },
    ],
    perspectives: { municipality: 'Kommunen', county: 'Välfärdsområdet', ngo: 'Organisationerna' },
  },
  en: {
    organisations: [
      {
        name: 'Exampleton Municipality (demo)',
        participants: [
          'Health promotion coordinator',
          'Director of education',
          'Councillor',
          'Village association',
          "Pensioners' association",
        ],
      },
      {
        name: 'Lakeside Town (demo)',
        participants: [
          'Wellbeing coordinator',
          'Head of culture',
          'Sports club',
          'NGO cooperation forum',
        ],
      },
      {
        name: 'Ridgeford Municipality (demo)',
        participants: [
          'Municipal manager',
          'Youth worker',
          'Sámi association',
          'Mental health association',
        ],
      },
      {
        name: 'Exampleland Wellbeing Services County (demo)',
        participants: [
          'NGO coordinator',
          'Head of participation',
          'NGO advisory board',
          'Council for people with disabilities',
        ],
      },
    ],
    notes: [
      'The workshop found that practice differs from one sector to another.',
      'NGO representatives felt that information often reaches them too late.',
      'Youth services gave a good example; elsewhere the work has only begun.',
      'This has been agreed, but the person responsible changed in the spring.',
      'Evidence: a chapter of the welfare report and notes of the partnership round table.',
    ],
    actions: [
      {
        what: 'Write a goal for NGO cooperation into the welfare plan',
        who: 'Health promotion group',
      },
      {
        what: 'Invite NGOs to a workshop while the plan is still a draft',
        who: 'Head of strategy',
      },
      { what: 'Open a shared web page for NGOs', who: 'Communications' },
      { what: 'Name an NGO liaison person and set aside working time', who: 'HR director' },
      { what: 'Hold a partnership round table twice a year', who: 'NGO liaison person' },
      { what: 'Publish the criteria for awarding grants', who: 'Leisure services' },
    ],
    perspectives: { municipality: 'Municipality', county: 'County', ngo: 'NGOs' },
  },
};

const ROUNDS = ['2025-05-14', '2026-05-20'];

/** A small deterministic random source (mulberry32), so the demo is the same every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function clampLevel(value: number, levels: number[]): number {
  const rounded = Math.round(value);
  return Math.min(Math.max(rounded, levels[0]!), levels[levels.length - 1]!);
}

function votesAround(level: number, levels: number[], rnd: () => number): Tally {
  const tally: Tally = {};
  const voters = 8 + Math.floor(rnd() * 8);
  for (let v = 0; v < voters; v++) {
    const vote = clampLevel(level + (rnd() - 0.5) * 2.6, levels);
    tally[String(vote)] = (tally[String(vote)] ?? 0) + 1;
  }
  return tally;
}

/** The checklists the demo uses, by organisation type, with the reference an assessment stores. */
export type DemoChecklists = Record<OrganisationType, { checklist: Checklist; ref: ChecklistRef }>;

/**
 * Fictional assessments for demonstrations: several municipalities and a county over two yearly rounds,
 * with plausible levels, votes, perspectives, notes and actions, every text in `language` (the
 * checklists given should be in it too). All are marked `demo`.
 */
export function buildDemoAssessments(
  checklists: DemoChecklists,
  now: string,
  language: Language = 'fi',
): Assessment[] {
  const texts = DEMO_TEXTS[language];
  const out: Assessment[] = [];
  ORGANISATIONS.forEach((org, o) => {
    const { name, participants } = texts.organisations[o]!;
    const { checklist, ref } = checklists[org.type];
    const levels = checklist.scale.levels.map((l) => l.value);
    let previous: Assessment | undefined;
    ROUNDS.forEach((date, round) => {
      const rnd = random(1000 * (o + 1) + round);
      const top = levels[levels.length - 1]!;
      const answers: Record<string, Answer> = {};
      allItems(checklist).forEach((item, i) => {
        const level = clampLevel(org.baseline + round * 0.7 + (rnd() - 0.5) * 2, levels);
        const dontKnow = rnd() < 0.06;
        const actions: Action[] =
          level <= 2 && rnd() < 0.6
            ? [
                {
                  id: `demo-${o}-${round}-${i}`,
                  ...texts.actions[(i + o) % texts.actions.length]!,
                  due: `${2025 + round + (rnd() < 0.5 ? 0 : 1)}-${String(3 + Math.floor(rnd() * 9)).padStart(2, '0')}-15`,
                  // Last round's actions have moved on by the next round; this round's are fresh.
                  status: round === 0 ? STATUSES_THEN[(i + o) % STATUSES_THEN.length]! : 'planned',
                },
              ]
            : [];
        answers[item.id] = {
          level: dontKnow ? null : level,
          notes: rnd() < 0.5 ? texts.notes[(i + round) % texts.notes.length]! : '',
          actions,
          tally: votesAround(level, levels, rnd),
          ratings: {
            org: clampLevel(level + rnd() * 0.9, levels),
            ngo: clampLevel(level - rnd() * 1.8, levels),
          },
        };
        if (round > 0 && !dontKnow && level < top) {
          answers[item.id]!.target = { level: level + 1, by: String(Number(date.slice(0, 4)) + 1) };
        }
      });
      const assessment: Assessment = {
        id: `demo-${o}-${round}`,
        organisation: name,
        organisationType: org.type,
        date,
        participants: [...participants],
        checklist: ref,
        answers,
        createdAt: now,
        updatedAt: now,
        revision: 0,
        perspectives: [
          { id: 'org', name: texts.perspectives[org.type] },
          { id: 'ngo', name: texts.perspectives.ngo },
        ],
        demo: true,
      };
      out.push(previous ? asNextRound(assessment, previous, checklist) : assessment);
      previous = assessment;
    });
  });
  return out;
}

/** The statuses round one's actions stand at when round two starts. */
const STATUSES_THEN: Action['status'][] = ['done', 'in-progress', 'planned', 'done', 'dropped'];

/**
 * A later round as "start the next round" makes it: last round kept beside it, last round's
 * actions reviewed (outcome after their status) and the unfinished ones carried into its plan.
 */
function asNextRound(assessment: Assessment, previous: Assessment, checklist: Checklist) {
  const started = nextRound(
    previous,
    checklist,
    checklist,
    assessment.checklist,
    assessment.date,
    assessment.id,
    assessment.createdAt,
    (level) => levelLabel(checklist.scale, level) ?? String(level),
  );
  const review = (started.review ?? []).map((r) => ({
    ...r,
    outcome: OUTCOME_AFTER[r.action.status],
  }));
  let n = 0;
  return carryUnfinished(
    { ...assessment, previousRound: started.previousRound, review },
    checklist,
    () => `${assessment.id}-carried-${n++}`,
  );
}

/** What came of an action, read from where it stood. */
const OUTCOME_AFTER: Record<Action['status'], ReviewOutcome> = {
  done: 'done',
  dropped: 'dropped',
  'in-progress': 'partly',
  planned: 'not-done',
};
