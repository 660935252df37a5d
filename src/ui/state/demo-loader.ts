import { builtinFor } from '../../checklist/builtin';
import { createSnapshot } from '../../checklist/snapshot';
import { getLocale, t } from '../../i18n';
import type { ChecklistSnapshot, Language, OrganisationType } from '../../model/checklist';
import { buildDemoAssessments, type DemoChecklists } from '../../model/demo';
import { appDb } from '../../storage/connection';
import { storeDemoData, type DemoLoadResult } from '../../storage/demo';
import { announce } from './data-channel';

// Loaded on demand: it needs the checklist parser, which the start page does not.

/**
 * Builds the demo assessments on the built-in checklists, texts and checklists in the UI language,
 * and stores those not there yet.
 */
export async function loadDemoData(language: Language = getLocale()): Promise<DemoLoadResult> {
  const snapshots = new Map<OrganisationType, ChecklistSnapshot>();
  for (const type of ['municipality', 'county'] as const) {
    const made = await createSnapshot(builtinFor(type, language).source);
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
  const assessments = buildDemoAssessments(checklists, new Date().toISOString(), language);
  const result = await storeDemoData(await appDb(), assessments, [...snapshots.values()]);
  if (result.added > 0) announce({ type: 'added', assessmentIds: assessments.map((a) => a.id) });
  return result;
}
