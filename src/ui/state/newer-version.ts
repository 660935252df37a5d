// Loaded on demand by the newer-version notice: it parses checklists, which the assessment view
// otherwise does not need.
import { BUILTIN_CHECKLISTS } from '../../checklist/builtin';
import { parseChecklist } from '../../checklist/parse';
import { createSnapshot, hashSource } from '../../checklist/snapshot';
import type { Assessment } from '../../model/assessment';
import type { Checklist } from '../../model/checklist';
import { findNewerVersion, type ChecklistCandidate } from '../../model/checklist-versions';
import { listCustomChecklists } from '../../storage/checklists';
import { appDb } from '../../storage/connection';
import { today } from '../../model/local-date';
import { startNextRound } from './next-round-start';

/** A newer version found for an assessment, with the Markdown to start the next one from. */
export interface NewerChecklist {
  candidate: ChecklistCandidate;
  source: string;
}

/** The newer version of an assessment's checklist among the ready custom and the built-in ones. */
export async function newerChecklistFor(
  assessment: Assessment,
  language: string,
): Promise<NewerChecklist | undefined> {
  const current = assessment.checklist;
  const sources = new Map<ChecklistCandidate, string>();
  const consider = async (kind: ChecklistCandidate['kind'], key: string, source: string) => {
    const parsed = parseChecklist(source);
    if (!parsed.ok || parsed.checklist.id !== current.id) return;
    const { id, version, title } = parsed.checklist;
    const candidate: ChecklistCandidate = {
      kind,
      key,
      checklistId: id,
      version,
      title,
      language: parsed.checklist.language,
      hash: await hashSource(source),
    };
    sources.set(candidate, source);
  };
  // Custom ones first (most recently changed first): on an equal version they win over a built-in.
  const customs = await listCustomChecklists(await appDb());
  for (const c of customs) {
    if (!c.draft && c.checklistId === current.id) await consider('custom', c.key, c.source);
  }
  for (const b of BUILTIN_CHECKLISTS) await consider('builtin', b.key, b.source);
  const found = findNewerVersion(current, language, [...sources.keys()]);
  return found && { candidate: found, source: sources.get(found)! };
}

/**
 * Starts the next round on the newer version (last round shown as "last time", its actions up for
 * review); returns its id. A next round that exists already is opened instead.
 */
export async function startNextAssessment(
  previous: Assessment,
  previousChecklist: Checklist,
  newer: NewerChecklist,
): Promise<string> {
  const made = await createSnapshot(newer.source);
  if (!made.ok) throw new Error('The newer checklist no longer parses');
  return (await startNextRound(previous, previousChecklist, made.snapshot, today())).id;
}
