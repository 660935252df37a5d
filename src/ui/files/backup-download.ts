import { t } from '../../i18n';
import { downloadText } from './download';
import { today } from '../../model/local-date';
import {
  buildBackupFile,
  fileNamePart,
  serializeBackup,
  type BackupFile,
  type BackupParts,
} from '../../model/backup-file';

// Downloads without zod, so a failure message can offer the rescue download cheaply.

/** A download name such as `jarjestoystavallisyys-varmuuskopio-2026-12-01.json`. */
export function backupFileName(stem: string, now = new Date()): string {
  return `${[fileNamePart(stem), today(now)].filter((p) => p !== '').join('-')}.json`;
}

/** The name for a file of one assessment: `jarjestoystavallisyys-inarin-kunta-2026-12-01.json`. */
export function assessmentFileName(organisation: string, now = new Date()): string {
  return backupFileName(`jarjestoystavallisyys ${organisation}`, now);
}

/** Hands a file to the browser's download. */
export function saveBackupFile(file: BackupFile, fileName: string): void {
  downloadText(fileName, serializeBackup(file), 'application/json');
}

/**
 * Downloads what is in memory as a file of the export format, e.g. when saving failed.
 * With custom checklists it is a full backup; returns the file name used.
 */
export function downloadBackup(parts: BackupParts, fileName?: string): string {
  const full = parts.checklists !== undefined;
  const file = buildBackupFile(full ? 'backup' : 'assessments', parts, new Date().toISOString());
  const only = parts.assessments.length === 1 ? parts.assessments[0] : undefined;
  const name =
    fileName ??
    (only && !full
      ? assessmentFileName(only.organisation)
      : backupFileName(t(full ? 'backup.fileFull' : 'backup.fileSelected')));
  saveBackupFile(file, name);
  return name;
}
