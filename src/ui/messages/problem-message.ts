import { t, type MessageKey } from '../../i18n';
import type { ChecklistProblem } from '../../checklist/problems';

/** A checklist problem as "Rivi 12, sarake 5: <sentence>" in the user's language. */
export function problemMessage(problem: ChecklistProblem): string {
  const key = `checklistError.${problem.code}` as MessageKey;
  return t('checklist.errorAt', {
    line: problem.line,
    column: problem.column,
    message: t(key, problem.params),
  });
}
