/** The parts of an assessment a user can open. */
export const ASSESSMENT_TABS = ['answer', 'results', 'plan'] as const;
export type AssessmentTab = (typeof ASSESSMENT_TABS)[number];

export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'region' }
  | { name: 'trash' }
  | { name: 'assessment'; id: string; tab: AssessmentTab }
  /** Workshop mode at item n (1-based), or at the closing summary when n is 0. */
  | { name: 'workshop'; id: string; item: number }
  | { name: 'projector'; id: string }
  /** The custom checklists, and the editor of one of them (by record key). */
  | { name: 'checklists' }
  | { name: 'checklistEditor'; key: string }
  | { name: 'notFound' };

/**
 * Hash routes work on any static host and sub-path without server rules:
 * `#/`, `#/new`, `#/region`, `#/trash`, `#/a/<id>`, `#/a/<id>/results`, `#/a/<id>/plan`,
 * `#/a/<id>/workshop/<n>` (or `/workshop/summary`), `#/a/<id>/projector`,
 * `#/checklists`, `#/checklists/<key>`.
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'list' };
  if (parts[0] === 'new' && parts.length === 1) return { name: 'new' };
  if (parts[0] === 'region' && parts.length === 1) return { name: 'region' };
  if (parts[0] === 'checklists' && parts.length === 1) return { name: 'checklists' };
  if (parts[0] === 'checklists' && parts[1] && parts.length === 2) {
    return { name: 'checklistEditor', key: parts[1] };
  }
  if (parts[0] === 'trash' && parts.length === 1) return { name: 'trash' };
  if (parts[0] === 'a' && parts[1]) {
    if (parts[2] === 'workshop' && parts.length <= 4) {
      const n = parts[3] === 'summary' ? 0 : Number(parts[3] ?? '1');
      if (Number.isInteger(n) && n >= 0) return { name: 'workshop', id: parts[1], item: n };
    }
    if (parts[2] === 'projector' && parts.length === 3) return { name: 'projector', id: parts[1] };
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

/** The hash of workshop mode at item n (1-based); 0 is the closing summary. */
export function workshopHref(id: string, n: number): string {
  return `#/a/${encodeURIComponent(id)}/workshop/${n === 0 ? 'summary' : n}`;
}

/** The hash of the projector view that follows an assessment's workshop. */
export function projectorHref(id: string): string {
  return `#/a/${encodeURIComponent(id)}/projector`;
}

/** The hash of the custom checklists page. */
export const CHECKLISTS_HREF = '#/checklists';

/** The hash of the editor of one custom checklist. */
export function checklistEditorHref(key: string): string {
  return `#/checklists/${encodeURIComponent(key)}`;
}
