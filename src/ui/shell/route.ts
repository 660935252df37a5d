/** The parts of an assessment a user can open. */
export const ASSESSMENT_TABS = ['answer', 'results', 'plan'] as const;
export type AssessmentTab = (typeof ASSESSMENT_TABS)[number];

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
