import { Lexer, type Tokens } from 'marked';
import {
  ChecklistSchema,
  LANGUAGES,
  ORGANISATION_TYPES,
  type Checklist,
  type Heading,
  type Item,
  type Language,
  type Scale,
} from '../model/checklist';
import { parseScale, type FieldValue } from './scale';
import { Problems, type ChecklistProblem } from './problems';

export type { ChecklistProblem, ProblemCode } from './problems';

/** The outcome of parsing: a checklist (with any warnings), or every error found. */
export type ParseResult =
  | { ok: true; checklist: Checklist; warnings: ChecklistProblem[] }
  | { ok: false; errors: ChecklistProblem[]; warnings: ChecklistProblem[] };

const KNOWN_KEYS = [
  'id',
  'version',
  'language',
  'title',
  'organisation',
  'scale',
  'attribution',
] as const;
/** The one key that may repeat: each `level:` line is one level of a custom scale. */
const LEVEL_KEY = 'level';
type KnownKey = (typeof KNOWN_KEYS)[number];
const ORGANISATION_VALUES = [...ORGANISATION_TYPES, 'any'] as const;
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Names every object inherits (`constructor`, `toString`…): an answer looked up by such an id would find them. */
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype));

type SectionKind = 'evidence' | 'questions' | 'legalRefs';
/** Section names recognised in every language, lower case. */
const SECTION_NAMES: Record<string, SectionKind> = {
  näyttö: 'evidence',
  belägg: 'evidence',
  evidens: 'evidence',
  evidence: 'evidence',
  keskustelkaa: 'questions',
  kysymykset: 'questions',
  diskutera: 'questions',
  frågor: 'questions',
  discuss: 'questions',
  questions: 'questions',
  laki: 'legalRefs',
  lainsäädäntö: 'legalRefs',
  lag: 'legalRefs',
  lagstiftning: 'legalRefs',
  law: 'legalRefs',
  'legal references': 'legalRefs',
};
const SECTION_LIST = 'Näyttö, Keskustelkaa, Laki, Belägg, Diskutera, Lag, Evidence, Discuss, Law';

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) {
    return v.slice(1, -1);
  }
  return v;
}

interface FrontMatter {
  fields: Partial<Record<KnownKey, FieldValue>>;
  /** The `level:` lines in order, values as written (not unquoted). */
  levels: FieldValue[];
  /** Index of the first body line in the split source (0-based), or -1 when the body cannot be found. */
  bodyStart: number;
}

function parseFrontMatter(lines: string[], problems: Problems): FrontMatter {
  const fields: FrontMatter['fields'] = {};
  const levels: FieldValue[] = [];
  if (lines[0]?.trim() !== '---') {
    problems.error('frontMatterMissing', 1, 1);
    return { fields, levels, bodyStart: 0 };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    problems.error('frontMatterUnclosed', 1, 1);
    return { fields, levels, bodyStart: -1 };
  }
  const seen = new Set<string>();
  for (let i = 1; i < close; i++) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const match = /^(\s*)([A-Za-z][\w-]*)\s*:(\s*)(.*)$/.exec(raw);
    if (!match) {
      problems.error('frontMatterSyntax', line, 1);
      continue;
    }
    const [, indent = '', key = '', gap = '', rest = ''] = match;
    const column = indent.length + key.length + 2 + gap.length;
    if (key === LEVEL_KEY) {
      levels.push({ value: rest.trimEnd(), line, column });
      continue;
    }
    if (seen.has(key)) {
      problems.error('frontMatterDuplicateKey', line, indent.length + 1, { key });
      continue;
    }
    seen.add(key);
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      problems.warn('unknownKey', line, indent.length + 1, { key });
      continue;
    }
    fields[key as KnownKey] = { value: unquote(rest), line, column };
  }
  return { fields, levels, bodyStart: close + 1 };
}

interface HeadingAttributes {
  text: string;
  id: string | undefined;
  draft: boolean;
}

/** Splits `Title {#id draft}` into its parts, reporting malformed attributes. */
function parseHeadingAttributes(
  text: string,
  line: number,
  rawLine: string,
  problems: Problems,
): HeadingAttributes {
  const match = /\s*\{([^{}]*)\}\s*$/.exec(text);
  if (!match) {
    problems.error('idMissing', line, rawLine.length + 1);
    return { text: text.trim(), id: undefined, draft: false };
  }
  const braceColumn = rawLine.lastIndexOf('{') + 1;
  let id: string | undefined;
  let draft = false;
  for (const part of (match[1] ?? '').trim().split(/\s+/).filter(Boolean)) {
    if (part.startsWith('#') && id === undefined) {
      id = part.slice(1);
      if (!ID_PATTERN.test(id)) problems.error('idInvalid', line, braceColumn, { id });
      else if (RESERVED_IDS.has(id)) problems.error('idReserved', line, braceColumn, { id });
    } else if (part === 'draft') {
      draft = true;
    } else {
      problems.error('attributeInvalid', line, braceColumn, { value: part });
    }
  }
  if (id === undefined) problems.error('idMissing', line, braceColumn);
  return { text: text.slice(0, match.index).trim(), id, draft };
}

interface ItemDraft {
  item: Item;
  line: number;
  sections: Set<SectionKind>;
}

interface HeadingDraft {
  heading: Omit<Heading, 'items'>;
  items: Item[];
  line: number;
}

/** Sizes no real checklist reaches (the built-in ones have 27 items in about 20 KB). */
export const CHECKLIST_LIMITS = {
  /** Characters of the whole Markdown. */
  chars: 500_000,
  /** Items (`###` headings). */
  items: 1000,
  /**
   * Containers one line opens: quote marks (`>`), list markers, and two columns of indentation each.
   * Real files reach 3 or 4; the Markdown library's recursion overflows the stack at about 2,000.
   */
  nesting: 16,
} as const;

/** Parses a checklist Markdown file into the checklist model, or reports every problem with its line and column. */
export function parseChecklist(input: string): ParseResult {
  const source = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problems = new Problems();
  if (source.length > CHECKLIST_LIMITS.chars) {
    problems.error('checklistTooLarge', 1, 1, {
      size: source.length,
      limit: CHECKLIST_LIMITS.chars,
    });
    return { ok: false, errors: problems.errors, warnings: problems.warnings };
  }
  const lines = source.split('\n');
  const { fields, levels, bodyStart } = parseFrontMatter(lines, problems);
  if (bodyStart < 0) return { ok: false, errors: problems.errors, warnings: problems.warnings };
  // Checked before the Markdown library sees the text: it would overflow its stack or take minutes.
  if (!checkSize(lines, bodyStart, problems)) {
    return { ok: false, errors: problems.errors, warnings: problems.warnings };
  }

  const body = lines.slice(bodyStart).join('\n');
  const tokens = new Lexer().lex(body);

  let docTitle: { text: string; line: number } | undefined;
  const intro: string[] = [];
  const headings: HeadingDraft[] = [];
  const ids = new Map<string, number>();
  let heading: HeadingDraft | undefined;
  let item: ItemDraft | undefined;
  /** The open `####` section, or 'ignored' after an unknown one so its content is not blamed twice. */
  let section: { kind: SectionKind | 'ignored'; name: string } | undefined;
  let sectionReported = false;

  const claimId = (id: string | undefined, line: number, column: number) => {
    if (id === undefined || !ID_PATTERN.test(id)) return;
    const first = ids.get(id);
    if (first !== undefined) problems.error('idDuplicate', line, column, { id, firstLine: first });
    else ids.set(id, line);
  };

  const closeItem = () => {
    if (item && heading) {
      item.item.explanation = item.item.explanation.trim();
      if (item.item.explanation === '') problems.warn('explanationMissing', item.line, 1);
      heading.items.push(item.item);
    }
    item = undefined;
    section = undefined;
  };

  // Where the token starts, and how many line breaks lie before it: counted onwards from the last
  // token, so that finding every token's line costs one pass over the body in all.
  let offset = 0;
  let counted = 0;
  let newlines = 0;
  for (const token of tokens) {
    if (!body.startsWith(token.raw, offset)) {
      const found = body.indexOf(token.raw, offset);
      if (found >= 0) offset = found;
    }
    const leading = /^\n*/.exec(token.raw)?.[0].length ?? 0;
    newlines += countNewlines(body, counted, offset);
    counted = offset;
    const line = bodyStart + 1 + newlines + leading;
    offset += token.raw.length;
    const firstLine = token.raw.slice(leading).split('\n')[0] ?? '';

    if (token.type === 'heading') {
      const h = token as Tokens.Heading;
      const depth = h.depth;
      if (depth === 1 && !docTitle && headings.length === 0 && !item) {
        docTitle = { text: h.text.trim(), line };
        continue;
      }
      if (depth === 1 || depth >= 5) {
        problems.error('unexpectedHeadingLevel', line, 1, { depth });
        continue;
      }
      if (depth === 4) {
        section = undefined;
        sectionReported = false;
        if (!item) {
          problems.error('contentOutsideItem', line, 1);
          section = { kind: 'ignored', name: h.text };
          continue;
        }
        const name = h.text.trim();
        const kind = SECTION_NAMES[name.toLowerCase()];
        if (!kind) {
          problems.error('unknownSection', line, textColumn(firstLine, 4), {
            name,
            allowed: SECTION_LIST,
          });
          section = { kind: 'ignored', name };
        } else if (item.sections.has(kind)) {
          problems.error('sectionDuplicate', line, textColumn(firstLine, 4), { name });
          section = { kind: 'ignored', name };
        } else {
          item.sections.add(kind);
          section = { kind, name };
        }
        continue;
      }
      const attrs = parseHeadingAttributes(h.text, line, firstLine, problems);
      claimId(attrs.id, line, firstLine.lastIndexOf('{') + 1);
      if (depth === 2) {
        closeItem();
        if (attrs.text === '')
          problems.error('headingTitleEmpty', line, textColumn(firstLine, depth));
        heading = {
          heading: { id: attrs.id ?? '', title: attrs.text, intro: '', draft: attrs.draft },
          items: [],
          line,
        };
        headings.push(heading);
        continue;
      }
      // depth 3: an item
      closeItem();
      if (!heading) problems.error('itemOutsideHeading', line, 1);
      if (attrs.text === '') problems.error('statementEmpty', line, textColumn(firstLine, depth));
      item = {
        item: {
          id: attrs.id ?? '',
          statement: attrs.text,
          explanation: '',
          evidence: [],
          questions: [],
          legalRefs: [],
          draft: attrs.draft,
        },
        line,
        sections: new Set(),
      };
      continue;
    }

    // Content: goes to the open section, item, heading or the introduction. Blank lines between
    // blocks are kept, so paragraphs, lists and quotes stay apart as the Markdown has them.
    if (section) {
      if (section.kind === 'ignored' || token.type === 'space') continue;
      if (token.type !== 'list') {
        if (!sectionReported) problems.error('sectionNotList', line, 1, { name: section.name });
        sectionReported = true;
        continue;
      }
      if (item) item.item[section.kind].push(...listEntries(token as Tokens.List));
    } else if (item) {
      item.item.explanation += token.raw;
    } else if (heading) {
      heading.heading.intro += token.raw;
    } else {
      intro.push(token.raw);
    }
  }
  closeItem();

  for (const h of headings) {
    if (h.items.length === 0) {
      problems.error('headingWithoutItems', h.line, 1, { title: h.heading.title });
    }
  }
  if (headings.length === 0) problems.error('noHeadings', Math.max(1, bodyStart + 1), 1);

  const scale = parseScale(fields.scale, levels, problems);
  const checklist = buildChecklist(fields, scale, docTitle, intro, headings, problems);
  if (problems.errors.length > 0 || !checklist) {
    problems.errors.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, errors: problems.errors, warnings: problems.warnings };
  }
  return { ok: true, checklist, warnings: problems.warnings };
}

function countNewlines(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const ITEM_LINE = /^ {0,3}###(?:\s|$)/;

/**
 * Refuses bodies beyond the limits: too many items, or a line nested deeper than any real file
 * (reported at the column where it passes the limit). One pass, before the Markdown library runs.
 */
function checkSize(lines: readonly string[], bodyStart: number, problems: Problems): boolean {
  let items = 0;
  let ok = true;
  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i]!;
    if (ITEM_LINE.test(text)) items++;
    const column = nestingOverflow(text);
    if (column !== undefined) {
      problems.error('nestingTooDeep', i + 1, column, { limit: CHECKLIST_LIMITS.nesting });
      ok = false;
      if (problems.errors.length >= 20) break;
    }
  }
  if (items > CHECKLIST_LIMITS.items) {
    problems.error('tooManyItems', 1, 1, { count: items, limit: CHECKLIST_LIMITS.items });
    ok = false;
  }
  return ok;
}

/**
 * The 1-based column where a line opens its (limit + 1)th container, or undefined if it does not.
 * Its indentation counts one level per two columns (nested lists are indented), each `>` or list
 * marker one more.
 */
function nestingOverflow(text: string): number | undefined {
  let i = 0;
  let indent = 0;
  for (; i < text.length && (text[i] === ' ' || text[i] === '\t'); i++) {
    indent += text[i] === '\t' ? 4 : 1;
  }
  let depth = Math.floor(indent / 2);
  while (i < text.length) {
    const c = text[i]!;
    let next: number;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '>') next = i + 1;
    else if ((c === '-' || c === '*' || c === '+') && /[ \t]/.test(text[i + 1] ?? '')) next = i + 2;
    else {
      const ordered = /^\d{1,9}[.)](?:[ \t]|$)/.exec(text.slice(i, i + 11));
      if (!ordered) return undefined;
      next = i + ordered[0].length;
    }
    depth++;
    if (depth > CHECKLIST_LIMITS.nesting) return i + 1;
    i = next;
  }
  return undefined;
}

function listEntries(list: Tokens.List): string[] {
  return list.items.map((li) => li.text.trim()).filter((text) => text !== '');
}

function buildChecklist(
  fields: FrontMatter['fields'],
  scale: ((language: Language) => Scale | undefined) | undefined,
  docTitle: { text: string; line: number } | undefined,
  intro: string[],
  headings: HeadingDraft[],
  problems: Problems,
): Checklist | undefined {
  const required = (key: KnownKey): FieldValue | undefined => {
    const field = fields[key];
    if (!field || field.value === '') {
      problems.error('requiredKeyMissing', field?.line ?? 1, field?.column ?? 1, { key });
      return undefined;
    }
    return field;
  };
  const id = required('id');
  if (id && !ID_PATTERN.test(id.value)) {
    problems.error('idInvalid', id.line, id.column, { id: id.value });
  }
  const version = required('version');
  const language = required('language');
  if (language && !(LANGUAGES as readonly string[]).includes(language.value)) {
    problems.error('invalidValue', language.line, language.column, {
      key: 'language',
      value: language.value,
      allowed: LANGUAGES.join(', '),
    });
  }
  const organisation = fields.organisation;
  if (organisation && !(ORGANISATION_VALUES as readonly string[]).includes(organisation.value)) {
    problems.error('invalidValue', organisation.line, organisation.column, {
      key: 'organisation',
      value: organisation.value,
      allowed: ORGANISATION_VALUES.join(', '),
    });
  }
  const titleField = fields.title;
  let title = titleField?.value ?? '';
  if (title === '' && docTitle) title = docTitle.text;
  if (title === '')
    problems.error('requiredKeyMissing', titleField?.line ?? 1, 1, { key: 'title' });
  if (titleField?.value && docTitle && docTitle.text !== titleField.value) {
    problems.warn('titleMismatch', docTitle.line, 1, {
      title: titleField.value,
      heading: docTitle.text,
    });
  }

  if (problems.errors.length > 0 || !id || !version || !language) return undefined;
  const lang = language.value as Language;
  const checklistScale = scale?.(lang);
  if (!checklistScale) return undefined;
  const candidate: Checklist = {
    id: id.value,
    version: version.value,
    language: lang,
    title,
    organisationType: (organisation?.value ?? 'any') as Checklist['organisationType'],
    attribution: fields.attribution?.value ?? '',
    intro: intro.join('').trim(),
    scale: checklistScale,
    headings: headings.map((h) => ({
      ...h.heading,
      intro: h.heading.intro.trim(),
      items: h.items,
    })),
  };
  // Every rule of the schema is reported above with a position; this guards the model's invariants.
  const checked = ChecklistSchema.safeParse(candidate);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  problems.error('modelInvalid', 1, 1, { path: issue?.path.join('.') ?? '' });
  return undefined;
}

/** Where a heading's text starts (after `## `), or just after the hashes of a bare `##`. */
function textColumn(line: string, depth: number): number {
  return Math.min(depth + 2, line.length + 1);
}
