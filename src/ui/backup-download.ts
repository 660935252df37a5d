import { t } from '../i18n';
import {
  buildBackupFile,
  fileNamePart,
  serializeBackup,
  type BackupFile,
  type BackupParts,
} from '../model/backup-file';

// Downloads without zod, so a failure message can offer the rescue download cheaply.

/** Today's date in the user's time zone, as yyyy-mm-dd. */
export function localIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A download name such as `jarjestoystavallisyys-varmuuskopio-2026-12-01.json`. */
export function backupFileName(stem: string, now = new Date()): string {
  return `${[fileNamePart(stem), localIsoDate(now)].filter((p) => p !== '').join('-')}.json`;
}

/** The name for a file of one assessment: `jarjestoystavallisyys-inarin-kunta-2026-12-01.json`. */
export function assessmentFileName(organisation: string, now = new Date()): string {
  return backupFileName(`jarjestoystavallisyys ${organisation}`, now);
}

/** Hands a file to the browser's download (Blob + <a download>). */
export function saveBackupFile(file: BackupFile, fileName: string): void {
  const blob = new Blob([serializeBackup(file)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
