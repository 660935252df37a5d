import type { Action, Answer, Assessment, ChecklistRef, Tally } from './assessment';
import { allItems, type Checklist, type OrganisationType } from './checklist';

/** A fictional organisation of the demo, with how far along it is (0–4) in its first round. */
interface DemoOrganisation {
  name: string;
  type: OrganisationType;
  baseline: number;
  participants: string[];
}

const ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'Esimerkkilän kunta (esittely)',
    type: 'municipality',
    baseline: 1.4,
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
    type: 'municipality',
    baseline: 2.3,
    participants: [
      'Hyvinvointikoordinaattori',
      'Kulttuuripäällikkö',
      'Urheiluseura',
      'Järjestöjen yhteistyöfoorumi',
    ],
  },
  {
    name: 'Harjukylän kunta (esittely)',
    type: 'municipality',
    baseline: 0.8,
    participants: ['Kunnanjohtaja', 'Nuorisotyöntekijä', 'Sámi Searvi', 'Mielenterveysyhdistys'],
  },
  {
    name: 'Esimerkkimaan hyvinvointialue (esittely)',
    type: 'county',
    baseline: 1.9,
    participants: [
      'Järjestökoordinaattori',
      'Osallisuuspäällikkö',
      'Järjestöneuvottelukunta',
      'Vammaisneuvosto',
    ],
  },
];

const ROUNDS = ['2025-05-14', '2026-05-20'];

const NOTES = [
  'Työpajassa todettiin, että käytäntö vaihtelee toimialoittain.',
  'Järjestöjen edustajat kokivat, että tieto tulee usein liian myöhään.',
  'Hyvä esimerkki löytyi nuorisopalveluista; muualla asia on vasta alussa.',
  'Asiasta on sovittu, mutta vastuuhenkilö vaihtui keväällä.',
  'Näyttönä hyvinvointikertomuksen luku ja kumppanuuspöydän muistiot.',
];

const ACTIONS: Array<Pick<Action, 'what' | 'who'>> = [
  { what: 'Kirjataan järjestöyhteistyön tavoite hyvinvointisuunnitelmaan', who: 'Hyte-ryhmä' },
  { what: 'Kutsutaan järjestöt luonnosvaiheen työpajaan', who: 'Strategiapäällikkö' },
  { what: 'Avataan järjestöille yhteinen verkkosivu', who: 'Viestintä' },
  { what: 'Nimetään järjestöyhdyshenkilö ja varataan työaikaa', who: 'Henkilöstöjohtaja' },
  { what: 'Järjestetään kumppanuuspöytä kahdesti vuodessa', who: 'Järjestöyhdyshenkilö' },
  { what: 'Julkaistaan avustusten myöntöperusteet', who: 'Vapaa-aikapalvelut' },
];

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
 * with plausible levels, votes, perspectives, notes and actions. All are marked `demo`.
 */
export function buildDemoAssessments(checklists: DemoChecklists, now: string): Assessment[] {
  const out: Assessment[] = [];
  ORGANISATIONS.forEach((org, o) => {
    const { checklist, ref } = checklists[org.type];
    const levels = checklist.scale.levels.map((l) => l.value);
    ROUNDS.forEach((date, round) => {
      const rnd = random(1000 * (o + 1) + round);
      const answers: Record<string, Answer> = {};
      allItems(checklist).forEach((item, i) => {
        const level = clampLevel(org.baseline + round * 0.7 + (rnd() - 0.5) * 2, levels);
        const dontKnow = rnd() < 0.06;
        const actions: Action[] =
          level <= 2 && rnd() < 0.6
            ? [
                {
                  id: `demo-${o}-${round}-${i}`,
                  ...ACTIONS[(i + o) % ACTIONS.length]!,
                  due: `${2025 + round + (rnd() < 0.5 ? 0 : 1)}-${String(3 + Math.floor(rnd() * 9)).padStart(2, '0')}-15`,
                },
              ]
            : [];
        answers[item.id] = {
          level: dontKnow ? null : level,
          notes: rnd() < 0.5 ? NOTES[(i + round) % NOTES.length]! : '',
          actions,
          tally: votesAround(level, levels, rnd),
          ratings: {
            org: clampLevel(level + rnd() * 0.9, levels),
            ngo: clampLevel(level - rnd() * 1.8, levels),
          },
        };
      });
      out.push({
        id: `demo-${o}-${round}`,
        organisation: org.name,
        organisationType: org.type,
        date,
        participants: org.participants,
        checklist: ref,
        answers,
        createdAt: now,
        updatedAt: now,
        revision: 0,
        perspectives: [
          { id: 'org', name: org.type === 'county' ? 'Hyvinvointialue' : 'Kunta' },
          { id: 'ngo', name: 'Järjestöt' },
        ],
        demo: true,
      });
    });
  });
  return out;
}
