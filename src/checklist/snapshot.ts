import type { ChecklistSnapshot } from '../model/checklist';
import { parseChecklist, type ChecklistProblem } from './parse';

/** SHA-256 of the text, as lower-case hex. */
export async function hashSource(source: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(source));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

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
