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

const PRESETS: Record<string, PresetLevel[]> = {
  'maturity-0-4': MATURITY_0_4,
};

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
