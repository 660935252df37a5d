import type { Assessment } from './assessment';
import type { ChecklistSnapshot } from './checklist';
import type { CustomChecklist } from './custom-checklist';
import { BACKUP_FORMAT_VERSION } from './backup-migrations';

// The exported file, without zod: building a file must work even when only the rescue download
// is loaded. Reading one back is in ./backup.ts.

/** The marker every file of ours carries in `format`. */
export const BACKUP_FORMAT = 'jarjestoystavallisyys';
export { BACKUP_FORMAT_VERSION };

/** `assessments`: some assessments picked by the user; `backup`: everything, custom checklists included. */
export type BackupKind = 'assessments' | 'backup';

/** An assessment in the trash, as a full backup keeps it: the record and when it was deleted. */
export interface TrashEntry {
  id: string;
  /** ISO timestamp of the deletion; the trash purges entries 30 days after it. */
  deletedAt: string;
  assessment: Assessment;
}

/** One exported file: assessments with the checklist snapshots they point at, and custom checklists. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** ISO timestamp of the export. */
  exportedAt: string;
  kind: BackupKind;
  assessments: Assessment[];
  snapshots: ChecklistSnapshot[];
  checklists: CustomChecklist[];
  /** The trash (full backups only; absent in older files and in exports of chosen assessments). */
  trash?: TrashEntry[];
}

/** What goes into a file. */
export interface BackupParts {
  assessments: readonly Assessment[];
  snapshots: readonly ChecklistSnapshot[];
  checklists?: readonly CustomChecklist[];
  trash?: readonly TrashEntry[];
}

/** Builds a file of the current format version; each snapshot appears once. */
export function buildBackupFile(
  kind: BackupKind,
  parts: BackupParts,
  exportedAt: string,
): BackupFile {
  const snapshots = new Map<string, ChecklistSnapshot>();
  for (const snapshot of parts.snapshots) snapshots.set(snapshot.hash, snapshot);
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt,
    kind,
    assessments: [...parts.assessments],
    snapshots: [...snapshots.values()],
    checklists: [...(parts.checklists ?? [])],
    ...(parts.trash ? { trash: [...parts.trash] } : {}),
  };
}

/** The file's text: indented JSON, readable in an editor. */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
