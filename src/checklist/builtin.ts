import type { Language, OrganisationType } from '../model/checklist';
import kuntaFi from '../../checklists/kunta.fi.md?raw';

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
];

/** The built-in checklist for an organisation type, in the language wanted if there is one. */
export function builtinFor(type: OrganisationType, language: Language): BuiltinChecklist {
  const ofType = BUILTIN_CHECKLISTS.filter((c) => c.organisationType === type);
  const pool = ofType.length > 0 ? ofType : BUILTIN_CHECKLISTS;
  const found = pool.find((c) => c.language === language) ?? pool[0];
  if (!found) throw new Error('No built-in checklist');
  return found;
}
