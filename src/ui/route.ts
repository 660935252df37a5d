/** The parts of an assessment a user can open. */
export const ASSESSMENT_TABS = ['answer', 'results', 'plan'] as const;
export type AssessmentTab = (typeof ASSESSMENT_TABS)[number];

export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'assessment'; id: string; tab: AssessmentTab }
  | { name: 'notFound' };

/**
 * Hash routes work on any static host and sub-path without server rules:
 * `#/`, `#/new`, `#/a/<id>`, `#/a/<id>/results`, `#/a/<id>/plan`.
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'list' };
  if (parts[0] === 'new' && parts.length === 1) return { name: 'new' };
  if (parts[0] === 'a' && parts[1]) {
    const tab = parts[2] ?? 'answer';
    if (parts.length <= 3 && (ASSESSMENT_TABS as readonly string[]).includes(tab)) {
      return { name: 'assessment', id: parts[1], tab: tab as AssessmentTab };
    }
  }
  return { name: 'notFound' };
}

/** The hash that opens an assessment (on a tab). */
export function assessmentHref(id: string, tab: AssessmentTab = 'answer'): string {
  const base = `#/a/${encodeURIComponent(id)}`;
  return tab === 'answer' ? base : `${base}/${tab}`;
}
