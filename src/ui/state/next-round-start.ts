import type { Assessment } from '../../model/assessment';
import type { Checklist, ChecklistSnapshot } from '../../model/checklist';
import { nextRound } from '../../model/next-round';
import { levelLabel } from '../../model/scales';
import { addNextRound } from '../../storage/assessments';
import { appDb } from '../../storage/connection';
import { announce } from './data-channel';

/**
 * Starts the next round of an assessment on the given checklist snapshot (the same one, or a newer
 * version of it) and stores it, unless a next round of it exists already. Returns the round to open
 * and whether it was made now.
 */
export async function startNextRound(
  previous: Assessment,
  previousChecklist: Checklist,
  snapshot: ChecklistSnapshot,
  date: string,
): Promise<{ id: string; created: boolean }> {
  const { checklist, hash } = snapshot;
  const next = nextRound(
    previous,
    previousChecklist,
    checklist,
    { id: checklist.id, version: checklist.version, title: checklist.title, hash },
    date,
    crypto.randomUUID(),
    new Date().toISOString(),
    (level) => levelLabel(previousChecklist.scale, level) ?? String(level),
  );
  const { assessment, created } = await addNextRound(
    await appDb(),
    { ...next, previousRound: next.previousRound! },
    snapshot,
  );
  if (created) announce({ type: 'added', assessmentIds: [assessment.id] });
  return { id: assessment.id, created };
}
