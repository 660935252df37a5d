import { t } from '../../i18n';
import { MEDIA_TYPES, downloadFile } from './download';
import { today } from '../../model/local-date';
import { slug } from '../../model/slug';
import {
  buildBackupFile,
  serializeBackup,
  type BackupFile,
  type BackupParts,
} from '../../model/backup-file';

// Downloads without zod, so a failure message can offer the rescue download cheaply.

/** A download name such as `jarjestoystavallisyys-varmuuskopio-2026-12-01.json`. */
export function backupFileName(stem: string, now = new Date()): string {
  return `${[slug(stem), today(now)].filter((p) => p !== '').join('-')}.json`;
}

/** The name for a file of one assessment, in the UI language: `jarjestoystavallisyys-inarin-kunta-2026-12-01.json`. */
export function assessmentFileName(organisation: string, now = new Date()): string {
  return backupFileName(t('backup.fileAssessment', { organisation }), now);
}

/** Hands a file to the browser's download. */
export function saveBackupFile(file: BackupFile, fileName: string): void {
  downloadFile(fileName, serializeBackup(file), MEDIA_TYPES.json);
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
