import type { Checklist, ChecklistSnapshot } from '../model/checklist';
import { hashSource } from './hash';
import { parseChecklist, type ChecklistProblem } from './parse';

// Kept here too: callers that make snapshots also hash their sources.
export { hashSource };

/** Parses a checklist and freezes it as a snapshot addressed by the hash of its Markdown. */
export async function createSnapshot(
  source: string,
): Promise<{ ok: true; snapshot: ChecklistSnapshot } | { ok: false; errors: ChecklistProblem[] }> {
  const result = parseChecklist(source);
  if (!result.ok) return { ok: false, errors: result.errors };
  return {
    ok: true,
    snapshot: { hash: await hashSource(source), source, checklist: result.checklist },
  };
}

/** The app's own model of a checklist's Markdown, or undefined when it has errors. */
export function checklistModelOf(source: string): Checklist | undefined {
  const result = parseChecklist(source);
  return result.ok ? result.checklist : undefined;
}
