/** Codes of the problems a checklist file can have; each has a sentence in every UI catalogue. */
export const PROBLEM_CODES = [
  'frontMatterMissing',
  'frontMatterUnclosed',
  'frontMatterSyntax',
  'frontMatterDuplicateKey',
  'requiredKeyMissing',
  'invalidValue',
  'unknownScale',
  'unknownKey',
  'titleMismatch',
  'idMissing',
  'idInvalid',
  'idDuplicate',
  'attributeInvalid',
  'statementEmpty',
  'headingTitleEmpty',
  'itemOutsideHeading',
  'contentOutsideItem',
  'headingWithoutItems',
  'noHeadings',
  'unknownSection',
  'sectionNotList',
  'sectionDuplicate',
  'unexpectedHeadingLevel',
  'explanationMissing',
  'modelInvalid',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One error or warning in a checklist file, at a 1-based line and column. */
export interface ChecklistProblem {
  code: ProblemCode;
  severity: 'error' | 'warning';
  line: number;
  column: number;
  params: Record<string, string | number>;
}
