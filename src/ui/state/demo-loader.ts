import { builtinFor } from '../../checklist/builtin';
import { createSnapshot } from '../../checklist/snapshot';
import { t } from '../../i18n';
import type { ChecklistSnapshot, OrganisationType } from '../../model/checklist';
import { buildDemoAssessments, type DemoChecklists } from '../../model/demo';
import { appDb } from '../../storage/connection';
import { storeDemoData } from '../../storage/demo';

// Loaded on demand: it needs the checklist parser, which the start page does not.

/** Builds the demo assessments on the built-in checklists and stores them; returns how many. */
export async function loadDemoData(): Promise<number> {
  const snapshots = new Map<OrganisationType, ChecklistSnapshot>();
  for (const type of ['municipality', 'county'] as const) {
    const made = await createSnapshot(builtinFor(type, 'fi').source);
    if (!made.ok) throw new Error(t('checklist.invalid'));
    snapshots.set(type, made.snapshot);
  }
  const entry = (s: ChecklistSnapshot) => ({
    checklist: s.checklist,
    ref: {
      id: s.checklist.id,
      version: s.checklist.version,
      title: s.checklist.title,
      hash: s.hash,
    },
  });
  const checklists: DemoChecklists = {
    municipality: entry(snapshots.get('municipality')!),
    county: entry(snapshots.get('county')!),
  };
  const assessments = buildDemoAssessments(checklists, new Date().toISOString());
  await storeDemoData(await appDb(), assessments, [...snapshots.values()]);
  return assessments.length;
}
