import type { Language, Scale, ScaleLevel } from '../model/checklist';
import { CUSTOM_SCALE_ID, presetScale, SCALE_PRESET_IDS } from '../model/scales';
import type { Problems } from './problems';

/** A header value with the 1-based line and column where it starts. */
export interface FieldValue {
  value: string;
  line: number;
  column: number;
}

const DEFAULT_SCALE = 'maturity-0-4';
const INTEGER = /^-?\d+$/;
const SCORE = /^\d+(?:[.,]\d+)?$/;

interface Part {
  text: string;
  column: number;
}

/** Splits `value | score | label | description` into trimmed parts; the last part keeps any further `|`. */
function splitLevel(field: FieldValue): Part[] {
  const raw = field.value;
  const parts: Part[] = [];
  let start = 0;
  for (let n = 0; n < 3; n++) {
    const bar = raw.indexOf('|', start);
    if (bar < 0) break;
    parts.push(part(raw, start, bar, field.column));
    start = bar + 1;
  }
  parts.push(part(raw, start, raw.length, field.column));
  return parts;
}

function part(raw: string, start: number, end: number, column: number): Part {
  const slice = raw.slice(start, end);
  const text = slice.trim();
  // An empty part points just after its `|`; otherwise at its first character.
  const lead = text === '' ? 0 : slice.length - slice.trimStart().length;
  return { text, column: column + start + lead };
}

/** One `level:` line as a scale level, reporting each bad part at its column. */
function parseLevel(
  field: FieldValue,
  seen: Map<number, number>,
  problems: Problems,
): ScaleLevel | undefined {
  const parts = splitLevel(field);
  if (parts.length < 3) {
    problems.error('scaleLevelSyntax', field.line, field.column);
    return undefined;
  }
  const [value, score, label, description] = parts as [Part, Part, Part, Part | undefined];
  let ok = true;
  const number = Number(value.text);
  if (!INTEGER.test(value.text) || !Number.isSafeInteger(number)) {
    problems.error('scaleLevelValueInvalid', field.line, value.column, { value: value.text });
    ok = false;
  } else if (seen.has(number)) {
    problems.error('scaleLevelValueDuplicate', field.line, value.column, {
      value: number,
      firstLine: seen.get(number)!,
    });
    ok = false;
  } else {
    seen.set(number, field.line);
  }
  const points = Number(score.text.replace(',', '.'));
  if (!SCORE.test(score.text) || points > 100) {
    problems.error('scaleLevelScoreInvalid', field.line, score.column, { value: score.text });
    ok = false;
  }
  if (label.text === '') {
    problems.error('scaleLevelLabelEmpty', field.line, label.column);
    ok = false;
  }
  if (!description || description.text === '') {
    problems.warn('scaleLevelDescriptionMissing', field.line, description?.column ?? field.column);
  }
  if (!ok) return undefined;
  return { value: number, score: points, label: label.text, description: description?.text ?? '' };
}

/**
 * Reads the header's scale: a preset by name, or `custom` with its `level:` lines. Returns a function
 * giving the scale in the checklist's language, or undefined after reporting what is wrong.
 */
export function parseScale(
  scaleField: FieldValue | undefined,
  levelFields: FieldValue[],
  problems: Problems,
): ((language: Language) => Scale | undefined) | undefined {
  const scaleId = scaleField?.value || DEFAULT_SCALE;
  if (scaleId !== CUSTOM_SCALE_ID) {
    const stray = levelFields[0];
    if (stray) {
      problems.error('scaleLevelWithoutCustom', stray.line, 1, { scale: scaleId });
    }
    if (!SCALE_PRESET_IDS.includes(scaleId)) {
      problems.error('unknownScale', scaleField?.line ?? 1, scaleField?.column ?? 1, {
        value: scaleId,
        allowed: [...SCALE_PRESET_IDS, CUSTOM_SCALE_ID].join(', '),
      });
      return undefined;
    }
    return stray ? undefined : (language) => presetScale(scaleId, language);
  }

  const seen = new Map<number, number>();
  const levels = levelFields.map((f) => parseLevel(f, seen, problems));
  if (levelFields.length < 2) {
    problems.error('scaleLevelsTooFew', scaleField!.line, scaleField!.column, {
      count: levelFields.length,
    });
    return undefined;
  }
  if (levels.some((l) => l === undefined)) return undefined;
  const valid = levels as ScaleLevel[];
  valid.forEach((level, i) => {
    const before = valid[i - 1];
    if (before && level.score <= before.score) {
      const field = levelFields[i]!;
      problems.warn('scaleScoreOrder', field.line, splitLevel(field)[1]!.column, {
        score: level.score,
        previous: before.score,
      });
    }
  });
  return () => ({ id: CUSTOM_SCALE_ID, levels: valid.map((l) => ({ ...l })) });
}
