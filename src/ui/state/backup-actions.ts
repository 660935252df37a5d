import { t } from '../../i18n';
import {
  BACKUP_LIMITS,
  parseBackupFile,
  type BackupFile,
  type BackupProblem,
} from '../../model/backup';
import {
  applyImport,
  exportAssessments,
  exportFullBackup,
  planImport,
  type ConflictChoice,
  type ImportPlan,
  type ImportResult,
} from '../../storage/backup';
import { hashSource } from '../../checklist/hash';
import { appDb } from '../../storage/connection';
import { backupFileName, saveBackupFile } from '../files/backup-download';

// Loaded on demand by the backup panel: reading files needs zod, which the start page does not.

/** Downloads every assessment and custom checklist; returns the file name and how many assessments. */
export async function downloadFullBackup(): Promise<{ fileName: string; count: number }> {
  const file = await exportFullBackup(await appDb());
  const fileName = backupFileName(t('backup.fileFull'));
  saveBackupFile(file, fileName);
  return { fileName, count: file.assessments.length };
}

/** Downloads the assessments with these ids. */
export async function downloadAssessments(
  ids: readonly string[],
): Promise<{ fileName: string; count: number }> {
  const file = await exportAssessments(await appDb(), ids);
  const fileName = backupFileName(t('backup.fileSelected'));
  saveBackupFile(file, fileName);
  return { fileName, count: file.assessments.length };
}

export type ReadResult =
  { ok: true; file: BackupFile; plan: ImportPlan } | { ok: false; problems: BackupProblem[] };

/** Reads and checks a chosen file and compares it with what is stored; writes nothing. */
export async function readImportFile(chosen: Blob): Promise<ReadResult> {
  if (chosen.size > BACKUP_LIMITS.fileChars) {
    return {
      ok: false,
      problems: [
        {
          code: 'tooLarge',
          path: '',
          params: { size: chosen.size, limit: BACKUP_LIMITS.fileChars },
        },
      ],
    };
  }
  const parsed = await parseBackupFile(await chosen.text(), hashSource);
  if (!parsed.ok) return parsed;
  return { ok: true, file: parsed.file, plan: await planImport(await appDb(), parsed.file) };
}

/** Writes a checked file with the user's choices, all or nothing. */
export async function importBackupFile(
  file: BackupFile,
  choices: ReadonlyMap<string, ConflictChoice>,
): Promise<ImportResult> {
  return applyImport(await appDb(), file, choices, { copySuffix: t('backup.copySuffix') });
}
