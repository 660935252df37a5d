import type { Answer, Assessment, ChecklistRef } from './assessment';

// Pure helpers kept apart from the zod schemas, so views that only edit records do not load zod.

/** An answer with nothing in it yet. */
export function emptyAnswer(): Answer {
  return { notes: '', actions: [] };
}

/** What the user fills in to start an assessment. */
export interface NewAssessmentInput {
  organisation: string;
  organisationType: Assessment['organisationType'];
  date: string;
  participants: string[];
}

/** A fresh assessment record; id and time are given so the function stays pure. */
export function newAssessment(
  input: NewAssessmentInput,
  checklist: ChecklistRef,
  id: string,
  now: string,
): Assessment {
  return {
    id,
    organisation: input.organisation.trim(),
    organisationType: input.organisationType,
    date: input.date,
    participants: input.participants.map((p) => p.trim()).filter((p) => p !== ''),
    checklist,
    answers: {},
    createdAt: now,
    updatedAt: now,
    revision: 0,
  };
}

/** The next revision of an assessment after a change made at `now`. */
export function revise(
  assessment: Assessment,
  change: Partial<Assessment>,
  now: string,
): Assessment {
  return { ...assessment, ...change, updatedAt: now, revision: assessment.revision + 1 };
}
