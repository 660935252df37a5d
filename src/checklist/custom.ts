import type { CustomChecklist } from '../model/custom-checklist';
import type { Language } from '../model/checklist';
import { slug } from '../model/slug';
import { parseChecklist, type ParseResult } from './parse';

/**
 * The header's `key: value` pairs read leniently, so a list can name a draft that does not parse yet.
 * Only for display: the parser decides whether the file is valid.
 */
export function readHeaderLeniently(source: string): Record<string, string> {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const fields: Record<string, string> = {};
  if (lines[0]?.trim() !== '---') return fields;
  for (const line of lines.slice(1)) {
    if (line.trim() === '---') break;
    const match = /^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!match || match[1]! in fields) continue;
    fields[match[1]!] = match[2]!.replace(/^(["'])(.*)\1$/, '$2');
  }
  return fields;
}

/** What a custom checklist record is besides its Markdown: kept from the first save on. */
export interface CustomChecklistBase {
  key: string;
  basedOn?: string;
  createdAt: string;
}

/** A custom checklist record for this Markdown: title, id and version read from it, draft while it has errors. */
export function customChecklistFrom(
  source: string,
  base: CustomChecklistBase,
  now: string,
  parsed: ParseResult = parseChecklist(source),
): CustomChecklist {
  const header = readHeaderLeniently(source);
  const record: CustomChecklist = {
    key: base.key,
    source,
    title: parsed.ok ? parsed.checklist.title : (header.title ?? ''),
    checklistId: parsed.ok ? parsed.checklist.id : (header.id ?? ''),
    version: parsed.ok ? parsed.checklist.version : (header.version ?? ''),
    draft: !parsed.ok,
    createdAt: base.createdAt,
    updatedAt: now,
  };
  if (base.basedOn !== undefined) record.basedOn = base.basedOn;
  return record;
}

/** The texts of a blank checklist, in the language it is written in. */
export interface TemplateTexts {
  /** The checklist's id, a slug in the template's language (e.g. `oma-lista`). */
  id: string;
  title: string;
  heading: string;
  statement: string;
  explanation: string;
  evidence: string;
  question: string;
}

/** A short valid checklist to start from: one heading with one item. */
export function blankChecklist(language: Language, texts: TemplateTexts): string {
  const sections: Record<Language, [string, string]> = {
    fi: ['Näyttö', 'Keskustelkaa'],
    sv: ['Belägg', 'Diskutera'],
    en: ['Evidence', 'Discuss'],
  };
  const [evidence, discuss] = sections[language];
  return `---
id: ${texts.id}
version: 1
language: ${language}
title: ${texts.title}
organisation: any
scale: maturity-0-4
---

## ${texts.heading} {#A}

### ${texts.statement} {#A1}

${texts.explanation}

#### ${evidence}

- ${texts.evidence}

#### ${discuss}

- ${texts.question}
`;
}

/** A file name for downloading a checklist: `<id>-<version>.md`, with only safe characters. */
export function checklistFileName(checklistId: string, version: string): string {
  const safe = (s: string) => slug(s, { keep: '._', keepCase: true, maxLength: 120 });
  const id = safe(checklistId) || 'checklist';
  const v = safe(version);
  return v ? `${id}-${v}.md` : `${id}.md`;
}

/** Why a file could not be read as a checklist. */
export type FileProblem =
  'notMarkdown' | 'notText' | 'tooLarge' | 'empty' | 'utf16NoBom' | 'latin1';

/** Larger than any checklist written by hand; anything bigger is surely some other file. */
const MAX_CHECKLIST_BYTES = 1_000_000;

/**
 * Reads an imported file's bytes as checklist Markdown: a `.md`, `.markdown` or `.txt` file of valid UTF-8
 * text. Line endings become `\n` and a byte-order mark is dropped, so lines and columns match the editor.
 */
export function decodeChecklistFile(
  name: string,
  bytes: Uint8Array,
): { ok: true; source: string } | { ok: false; problem: FileProblem } {
  if (!/\.(md|markdown|txt)$/i.test(name)) return { ok: false, problem: 'notMarkdown' };
  if (bytes.length > MAX_CHECKLIST_BYTES) return { ok: false, problem: 'tooLarge' };
  const text = decodeText(bytes);
  if (typeof text !== 'string') return { ok: false, problem: text.problem };
  // Control characters other than tab and line breaks mean a binary file with a text-like name.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { ok: false, problem: 'notText' };
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.trim() === '') return { ok: false, problem: 'empty' };
  return { ok: true, source };
}

/**
 * The text of a file: UTF-8, or UTF-16 with a byte-order mark (as Windows Notepad may save it).
 * Otherwise says what the bytes look like: UTF-16 without a mark, a single-byte encoding such as
 * Latin-1 / Windows-1252, or not text at all.
 */
function decodeText(bytes: Uint8Array): string | { problem: FileProblem } {
  const [b0, b1] = bytes;
  const utf16 =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : undefined;
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not valid in that encoding: tell what it seems to be
  }
  if (utf16) return { problem: 'notText' };
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  let high = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) zeros++;
    else if (b >= 0x80) high++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  // ASCII text as UTF-16 has a zero in every other byte.
  if (zeros > sample.length / 4) return { problem: 'utf16NoBom' };
  if (zeros === 0 && control === 0 && high > 0) return { problem: 'latin1' };
  return { problem: 'notText' };
}
