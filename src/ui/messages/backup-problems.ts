import { languageTag, t, type MessageKey } from '../../i18n';
import type { BackupProblem } from '../../model/backup';

/** A file problem as a sentence in the user's language, with where in the file it is. */
export function backupProblemMessage(problem: BackupProblem): string {
  const params = { ...problem.params };
  if (problem.code === 'tooLarge') params.limit = Math.round(Number(params.limit) / 1024 / 1024);
  if (problem.code === 'invalidType') {
    params.expected = typeName(String(params.expected));
    params.found = typeName(String(params.found));
  }
  const message = t(`backupProblem.${problem.code}` as MessageKey, params);
  return problem.path ? t('backup.problemAt', { path: problem.path, message }) : message;
}

function typeName(type: string): string {
  const key = `backupType.${type}`;
  return key in TYPE_KEYS ? t(key as MessageKey) : type;
}

const TYPE_KEYS = Object.fromEntries(
  ['string', 'number', 'boolean', 'object', 'record', 'array', 'null', 'missing'].map((k) => [
    `backupType.${k}`,
    true,
  ]),
);

/** An ISO timestamp as the user's locale writes a date and time; the text itself if it is not one. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(languageTag(), { dateStyle: 'short', timeStyle: 'short' }).format(
    date,
  );
}
