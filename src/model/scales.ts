import type { Language, Scale } from './checklist';

type Localized = Record<Language, string>;

interface PresetLevel {
  value: number;
  score: number;
  label: Localized;
  description: Localized;
}

// Texts written for this app from the maturity scale in the content brief.
const MATURITY_0_4: PresetLevel[] = [
  {
    value: 0,
    score: 0,
    label: { fi: 'Ei käytössä', sv: 'Inte påbörjat', en: 'Not in place' },
    description: {
      fi: 'Asiasta ei ole sovittu, eikä sitä tehdä.',
      sv: 'Ingenting är överenskommet och ingenting görs.',
      en: 'Nothing has been agreed and nothing is done.',
    },
  },
  {
    value: 1,
    score: 25,
    label: { fi: 'Alkuvaiheessa', sv: 'I startskedet', en: 'Emerging' },
    description: {
      fi: 'Asia on tunnistettu tai sitä kokeillaan. Toiminta on satunnaista ja yksittäisten ihmisten varassa.',
      sv: 'Frågan har uppmärksammats eller prövas. Verksamheten är sporadisk och hänger på enskilda personer.',
      en: 'The matter is recognised or being tried out. It happens now and then and rests on individuals.',
    },
  },
  {
    value: 2,
    score: 50,
    label: { fi: 'Osittain toteutunut', sv: 'Delvis genomfört', en: 'Partly in place' },
    description: {
      fi: 'Käytäntö on olemassa, mutta se ei kata kaikkia toimialoja tai järjestöjä, eikä sitä ole kirjattu tai resursoitu.',
      sv: 'Det finns en praxis, men den täcker inte alla sektorer eller organisationer och är varken nedskriven eller resurssatt.',
      en: 'A practice exists, but it does not reach every sector or NGO, and it is neither written down nor resourced.',
    },
  },
  {
    value: 3,
    score: 75,
    label: { fi: 'Vakiintunut', sv: 'Etablerat', en: 'Established' },
    description: {
      fi: 'Käytäntö on sovittu, kirjattu ja resursoitu, ja se toistuu suunnitellusti. Järjestöt tuntevat sen.',
      sv: 'Praxisen är överenskommen, nedskriven och resurssatt och återkommer planenligt. Organisationerna känner till den.',
      en: 'The practice is agreed, written down and resourced, and it recurs as planned. NGOs know about it.',
    },
  },
  {
    value: 4,
    score: 100,
    label: { fi: 'Edelläkävijä', sv: 'Föregångare', en: 'Leading' },
    description: {
      fi: 'Käytäntöä arvioidaan säännöllisesti yhdessä järjestöjen kanssa ja parannetaan arvioinnin pohjalta. Siitä on näyttöä, ja muut voivat ottaa siitä mallia.',
      sv: 'Praxisen utvärderas regelbundet tillsammans med organisationerna och förbättras utifrån utvärderingen. Det finns belägg, och andra kan ta modell av den.',
      en: 'The practice is reviewed regularly together with NGOs and improved on that basis. There is evidence of it, and others can learn from it.',
    },
  },
];

// The 1–5 survey scale ("heikko → vahva"). Values stay 1–5, as people answer them; the scores
// 0, 25, … 100 put level n where level n − 1 of the maturity scale is, so both share every score.
const SCALE_1_5: PresetLevel[] = [
  {
    value: 1,
    score: 0,
    label: { fi: 'Heikko', sv: 'Svag', en: 'Weak' },
    description: {
      fi: 'Asia toteutuu heikosti tai ei lainkaan.',
      sv: 'Saken förverkligas svagt eller inte alls.',
      en: 'This is hardly or not at all the case.',
    },
  },
  {
    value: 2,
    score: 25,
    label: { fi: 'Melko heikko', sv: 'Ganska svag', en: 'Fairly weak' },
    description: {
      fi: 'Asia toteutuu vain paikoin tai satunnaisesti.',
      sv: 'Saken förverkligas bara här och där eller då och då.',
      en: 'This is the case only in places or now and then.',
    },
  },
  {
    value: 3,
    score: 50,
    label: { fi: 'Kohtalainen', sv: 'Måttlig', en: 'Moderate' },
    description: {
      fi: 'Asia toteutuu osittain, mutta siinä on selviä puutteita.',
      sv: 'Saken förverkligas delvis, men det finns tydliga brister.',
      en: 'This is partly the case, with clear gaps.',
    },
  },
  {
    value: 4,
    score: 75,
    label: { fi: 'Melko vahva', sv: 'Ganska stark', en: 'Fairly strong' },
    description: {
      fi: 'Asia toteutuu pääosin ja suunnitellusti.',
      sv: 'Saken förverkligas i huvudsak och planenligt.',
      en: 'This is mostly the case, and as planned.',
    },
  },
  {
    value: 5,
    score: 100,
    label: { fi: 'Vahva', sv: 'Stark', en: 'Strong' },
    description: {
      fi: 'Asia toteutuu kattavasti, ja siitä on näyttöä.',
      sv: 'Saken förverkligas fullt ut, och det finns belägg för det.',
      en: 'This is fully the case, and there is evidence of it.',
    },
  },
];

const YES_NO: PresetLevel[] = [
  {
    value: 0,
    score: 0,
    label: { fi: 'Ei', sv: 'Nej', en: 'No' },
    description: {
      fi: 'Asia ei toteudu.',
      sv: 'Saken förverkligas inte.',
      en: 'This is not the case.',
    },
  },
  {
    value: 1,
    score: 100,
    label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' },
    description: {
      fi: 'Asia toteutuu.',
      sv: 'Saken förverkligas.',
      en: 'This is the case.',
    },
  },
];

const PRESETS: Record<string, PresetLevel[]> = {
  'maturity-0-4': MATURITY_0_4,
  'scale-1-5': SCALE_1_5,
  'yes-no': YES_NO,
};

/** The `scale` value that makes a checklist define its own levels with `level:` lines. */
export const CUSTOM_SCALE_ID = 'custom';

/** Ids of the scales a checklist can name in its front matter. */
export const SCALE_PRESET_IDS = Object.keys(PRESETS);

/** The preset scale with its texts in the given language, or undefined for an unknown id. */
export function presetScale(id: string, language: Language): Scale | undefined {
  const levels = PRESETS[id];
  if (!levels) return undefined;
  return {
    id,
    levels: levels.map((l) => ({
      value: l.value,
      score: l.score,
      label: l.label[language],
      description: l.description[language],
    })),
  };
}

/** A level as every view names it, value and label: "2 – Kehittyvä"; undefined when there is no such level. */
export function levelLabel(
  scale: Pick<Scale, 'levels'>,
  value: number | null | undefined,
): string | undefined {
  const level = scale.levels.find((l) => l.value === value);
  return level ? `${level.value} – ${level.label}` : undefined;
}

/**
 * The level a digit key picks in workshop mode. When every value is a single digit (0–4, 1–5,
 * yes-no's 0/1), the digit is the value; otherwise 1–9 pick the first nine levels in order.
 */
export function levelForDigit(scale: Scale, digit: number): number | undefined {
  if (digitsAreValues(scale)) return scale.levels.find((l) => l.value === digit)?.value;
  return digit >= 1 ? scale.levels[digit - 1]?.value : undefined;
}

/** The digit key of a level in workshop mode (see levelForDigit), or undefined when it has none. */
export function digitForLevel(scale: Scale, value: number): number | undefined {
  if (digitsAreValues(scale)) return value;
  const index = scale.levels.findIndex((l) => l.value === value);
  return index >= 0 && index < 9 ? index + 1 : undefined;
}

/** The digit keys of a scale for the shortcut list, e.g. "0 – 4", "1 – 5", "0 1". */
export function digitKeys(scale: Scale): string {
  const digits = scale.levels
    .map((l) => digitForLevel(scale, l.value))
    .filter((d): d is number => d !== undefined)
    .sort((a, b) => a - b);
  if (digits.length === 0) return '';
  if (digits.length === 2) return digits.join(' ');
  const first = digits[0]!;
  const last = digits[digits.length - 1]!;
  return last - first === digits.length - 1 ? `${first} – ${last}` : digits.join(' ');
}

function digitsAreValues(scale: Scale): boolean {
  return scale.levels.every((l) => Number.isInteger(l.value) && l.value >= 0 && l.value <= 9);
}
