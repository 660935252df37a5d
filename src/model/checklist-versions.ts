import type { ChecklistRef } from './assessment';

/** A checklist an assessment could move to: a built-in or a ready custom checklist. */
export interface ChecklistCandidate {
  kind: 'builtin' | 'custom';
  /** The built-in's key or the custom checklist's record key. */
  key: string;
  /** The header's `id`. */
  checklistId: string;
  version: string;
  language: string;
  title: string;
  /** SHA-256 of its Markdown. */
  hash: string;
}

const NUMERIC = /^\d+(\.\d+)*$/;

/**
 * Compares two versions written as dotted numbers (`1.2.0` vs `1.10`), or returns undefined
 * when either is free text (`2025-kevät`), which only tells whether they differ.
 */
export function compareVersions(a: string, b: string): number | undefined {
  if (!NUMERIC.test(a) || !NUMERIC.test(b)) return undefined;
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * The newer version of the checklist an assessment was made with, if one is available:
 * same header id and language, different content and a different version (a higher one when both are
 * dotted numbers). Of several, the highest version wins; on a tie the earlier candidate in the list.
 */
export function findNewerVersion(
  current: ChecklistRef,
  language: string,
  candidates: readonly ChecklistCandidate[],
): ChecklistCandidate | undefined {
  const newer = candidates.filter(
    (c) =>
      c.checklistId === current.id &&
      c.language === language &&
      c.hash !== current.hash &&
      c.version !== current.version &&
      (compareVersions(c.version, current.version) ?? 1) > 0,
  );
  let best: ChecklistCandidate | undefined;
  for (const c of newer) {
    if (!best || (compareVersions(c.version, best.version) ?? 0) > 0) best = c;
  }
  return best;
}
