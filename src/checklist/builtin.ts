import type { Language, OrganisationType } from '../model/checklist';
import kuntaFi from '../../checklists/kunta.fi.md?raw';
import kuntaSv from '../../checklists/kunta.sv.md?raw';
import kuntaEn from '../../checklists/kunta.en.md?raw';
import hyvinvointialueFi from '../../checklists/hyvinvointialue.fi.md?raw';
import hyvinvointialueSv from '../../checklists/hyvinvointialue.sv.md?raw';
import hyvinvointialueEn from '../../checklists/hyvinvointialue.en.md?raw';

/** A checklist that ships with the app. */
export interface BuiltinChecklist {
  /** Stable key, the file name without `.md`. */
  key: string;
  language: Language;
  organisationType: OrganisationType;
  source: string;
}

/** The checklists bundled with the app. */
export const BUILTIN_CHECKLISTS: readonly BuiltinChecklist[] = [
  { key: 'kunta.fi', language: 'fi', organisationType: 'municipality', source: kuntaFi },
  { key: 'kunta.sv', language: 'sv', organisationType: 'municipality', source: kuntaSv },
  { key: 'kunta.en', language: 'en', organisationType: 'municipality', source: kuntaEn },
  {
    key: 'hyvinvointialue.fi',
    language: 'fi',
    organisationType: 'county',
    source: hyvinvointialueFi,
  },
  {
    key: 'hyvinvointialue.sv',
    language: 'sv',
    organisationType: 'county',
    source: hyvinvointialueSv,
  },
  {
    key: 'hyvinvointialue.en',
    language: 'en',
    organisationType: 'county',
    source: hyvinvointialueEn,
  },
];

/** The languages every built-in model ships in (a test checks each model has all of them). */
export const BUILTIN_LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];

/** The built-in checklists meant for an organisation type (all of them if none is). */
export function builtinsFor(type: OrganisationType): BuiltinChecklist[] {
  const ofType = BUILTIN_CHECKLISTS.filter((c) => c.organisationType === type);
  return ofType.length > 0 ? ofType : [...BUILTIN_CHECKLISTS];
}

/** The built-in checklist for an organisation type, in the language wanted if there is one. */
export function builtinFor(type: OrganisationType, language: Language): BuiltinChecklist {
  const pool = builtinsFor(type);
  const found = pool.find((c) => c.language === language) ?? pool[0];
  if (!found) throw new Error('No built-in checklist');
  return found;
}
