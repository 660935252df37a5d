import type { jsPDF } from 'jspdf';

export type FontStyle = 'normal' | 'bold';

/**
 * The font names every text of the report is set in. Each weight is registered as a font of its
 * own (not as the bold style of one family) so the PDF names it by its PostScript name.
 */
export const FONT_NAMES: Record<FontStyle, string> = {
  normal: 'DejaVuSans',
  bold: 'DejaVuSans-Bold',
};

/** The subset fonts as base64, the form jsPDF's virtual file system takes. */
export type FontData = Record<FontStyle, string>;

const FILE_NAMES: Record<FontStyle, string> = {
  normal: 'DejaVuSans-subset.ttf',
  bold: 'DejaVuSans-Bold-subset.ttf',
};

// Made by scripts/build-fonts.mjs. Literal `new URL(..., import.meta.url)` so Vite emits them as
// separate assets (fetched only when someone exports) instead of inlining them into the JS chunk.
function fontUrl(style: FontStyle): URL {
  return style === 'bold'
    ? new URL('./fonts/DejaVuSans-Bold-subset.ttf', import.meta.url)
    : new URL('./fonts/DejaVuSans-subset.ttf', import.meta.url);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: spreading the whole file into one call would overflow the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

async function fetchFont(style: FontStyle): Promise<string> {
  const url = fontUrl(style);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${FILE_NAMES[style]}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A dev server may answer a missing file with its index page; jsPDF would fail obscurely on it.
  if (bytes[0] !== 0 || bytes[1] !== 1 || bytes[2] !== 0 || bytes[3] !== 0) {
    throw new Error(`${FILE_NAMES[style]} is not a TrueType font (run "npm run fonts")`);
  }
  return toBase64(bytes);
}

let loading: Promise<FontData> | undefined;

/** Fetches both fonts once per page load; later exports reuse them. A failed fetch is retried next time. */
export function loadFonts(): Promise<FontData> {
  loading ??= Promise.all([fetchFont('normal'), fetchFont('bold')]).then(
    ([normal, bold]) => ({ normal, bold }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Registers both fonts with a document (each jsPDF document has its own file system). */
export function embedFonts(doc: jsPDF, fonts: FontData): void {
  for (const style of ['normal', 'bold'] as const) {
    doc.addFileToVFS(FILE_NAMES[style], fonts[style]);
    doc.addFont(FILE_NAMES[style], FONT_NAMES[style], 'normal');
  }
}

/** What jsPDF's TrueType parser offers for an embedded font (its typings say `any`). */
interface GlyphLookup {
  characterToGlyph(code: number): number;
}

// Controls (except newline), soft hyphens and zero-width characters: invisible, yet jsPDF would draw
// them as glyphs or boxes, and they break text search in the PDF.
const INVISIBLE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Text the current font can draw: composed (NFC), tabs as spaces, invisible characters dropped,
 * and anything the font lacks as U+FFFD. jsPDF silently drops the rest of a line after a
 * character without a glyph, so this must run on every text before it is measured or drawn.
 */
export function drawableText(doc: jsPDF, text: string): string {
  const font: GlyphLookup | undefined = doc.getFont().metadata;
  const cleaned = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, '');
  if (!font || typeof font.characterToGlyph !== 'function') return cleaned;
  const fallback = font.characterToGlyph(0xfffd) !== 0 ? '\uFFFD' : '?';
  let out = '';
  for (const char of cleaned) {
    const code = char.codePointAt(0) ?? 0;
    // jsPDF encodes UTF-16 units, so characters beyond the BMP can never be drawn.
    out += char === '\n' || (code <= 0xffff && font.characterToGlyph(code) !== 0) ? char : fallback;
  }
  return out;
}
