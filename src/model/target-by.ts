/** A target's "by when": a year (yyyy), a date (yyyy-mm-dd), or '' when not set. */
export type TargetBy =
  | { kind: 'none' }
  | { kind: 'year'; year: number }
  | { kind: 'date'; year: number; month: number; day: number };

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a target's "by"; null when the text is neither '' nor a real year or date in 1900–2199. */
export function parseTargetBy(text: string): TargetBy | null {
  const s = text.trim();
  if (s === '') return { kind: 'none' };
  const year = /^(\d{4})$/.exec(s);
  if (year) {
    const y = Number(year[1]);
    return y >= 1900 && y <= 2199 ? { kind: 'year', year: y } : null;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!date) return null;
  const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return { kind: 'date', year: y, month: m, day: d };
}

/** Whether the text is a valid "by" ('' counts as valid: not set). */
export function isValidTargetBy(text: string): boolean {
  return parseTargetBy(text) !== null;
}

/** The last day the target still counts as met in time (a year lasts to 31 December), as yyyy-mm-dd. */
export function targetByDeadline(by: TargetBy): string | null {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  if (by.kind === 'none') return null;
  if (by.kind === 'year') return `${pad(by.year, 4)}-12-31`;
  return `${pad(by.year, 4)}-${pad(by.month, 2)}-${pad(by.day, 2)}`;
}

/**
 * Compares a target's "by" with a date (yyyy-mm-dd): -1 when the deadline is before the date
 * (passed), 0 on the same day, 1 after it; null when no "by" is set or either is invalid.
 */
export function compareTargetBy(byText: string, date: string): -1 | 0 | 1 | null {
  const by = parseTargetBy(byText);
  if (by === null || parseTargetBy(date)?.kind !== 'date') return null;
  const deadline = targetByDeadline(by);
  if (deadline === null) return null;
  if (deadline === date) return 0;
  return deadline < date ? -1 : 1;
}
