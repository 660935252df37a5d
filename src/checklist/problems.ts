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
  'scaleLevelsTooFew',
  'scaleLevelSyntax',
  'scaleLevelValueInvalid',
  'scaleLevelValueDuplicate',
  'scaleLevelScoreInvalid',
  'scaleLevelLabelEmpty',
  'scaleLevelWithoutCustom',
  'scaleLevelDescriptionMissing',
  'scaleScoreOrder',
  'modelInvalid',
  'checklistTooLarge',
  'tooManyItems',
  'nestingTooDeep',
  'idReserved',
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

/** Collects errors and warnings as a file is read. */
export class Problems {
  readonly errors: ChecklistProblem[] = [];
  readonly warnings: ChecklistProblem[] = [];

  /** Records an error at a 1-based line and column. */
  error(code: ProblemCode, line: number, column: number, params: ChecklistProblem['params'] = {}) {
    this.errors.push({ code, severity: 'error', line, column, params });
  }

  /** Records a warning at a 1-based line and column. */
  warn(code: ProblemCode, line: number, column: number, params: ChecklistProblem['params'] = {}) {
    this.warnings.push({ code, severity: 'warning', line, column, params });
  }
}
