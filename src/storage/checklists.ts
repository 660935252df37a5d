import type { CustomChecklist } from '../model/custom-checklist';
import type { AppDB } from './db';
import { guarded } from './errors';

/** Every custom checklist, most recently changed first. */
export function listCustomChecklists(db: AppDB): Promise<CustomChecklist[]> {
  return guarded(async () => (await db.getAllFromIndex('checklists', 'by-updated')).reverse());
}

/** One custom checklist, or undefined. */
export function getCustomChecklist(db: AppDB, key: string): Promise<CustomChecklist | undefined> {
  return guarded(() => db.get('checklists', key));
}

/** Creates or replaces a custom checklist. */
export function putCustomChecklist(db: AppDB, checklist: CustomChecklist): Promise<void> {
  return guarded(async () => {
    await db.put('checklists', checklist);
  });
}

/** Removes a custom checklist. Assessments made with it keep their own snapshot. */
export function deleteCustomChecklist(db: AppDB, key: string): Promise<void> {
  return guarded(() => db.delete('checklists', key));
}
