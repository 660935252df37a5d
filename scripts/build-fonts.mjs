// Subsets DejaVu Sans (regular and bold) for the improvement-plan PDF, so the app ships
// ~90 KB fonts instead of ~700 KB while still covering what people in Finland type
// (Finnish, Swedish, Sámi, other Latin languages, Greek, Cyrillic, € ≥ ≤ × ✓ •).
// Hinting and OpenType layout tables are dropped: jsPDF uses neither.
// Run by npm's prestart/prebuild/pretest; does nothing when the outputs are up to date.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = new URL('../', import.meta.url);
const source = new URL('node_modules/dejavu-fonts-ttf/ttf/', root);
const target = new URL('src/report/fonts/', root);
const FONTS = [
  ['DejaVuSans.ttf', 'DejaVuSans-subset.ttf'],
  ['DejaVuSans-Bold.ttf', 'DejaVuSans-Bold-subset.ttf'],
];

// Unicode blocks and single characters (inclusive ranges). Whole blocks for the scripts people
// write in; only the everyday characters of the symbol blocks, which are large and rarely typed.
// The PDF renderer replaces anything the font lacks with U+FFFD.
const RANGES = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement (ä ö å é ü × ÷ « »)
  [0x0100, 0x017f], // Latin Extended-A (č đ ŋ š ŧ ž)
  [0x0180, 0x024f], // Latin Extended-B (ǧ ǥ ǩ ǯ of the Sámi languages)
  [0x0292, 0x0292], // ʒ (Skolt and Inari Sámi)
  [0x02b0, 0x02ff], // Spacing Modifier Letters (ʹ ʼ in Skolt Sámi, ˇ ˘)
  [0x0370, 0x03ff], // Greek and Coptic
  [0x0400, 0x04ff], // Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x206f], // General Punctuation (– — ‘ ’ “ ” … • ‰)
  [0x20a0, 0x20cf], // Currency Symbols (€)
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2190, 0x2195], // ← ↑ → ↓ ↔ ↕
  [0x21d0, 0x21d4], // ⇐ ⇑ ⇒ ⇓ ⇔
  [0x2212, 0x2212], // − (minus)
  [0x2219, 0x221a], // ∙ √
  [0x221e, 0x221e], // ∞
  [0x2248, 0x2248], // ≈
  [0x2260, 0x2260], // ≠
  [0x2264, 0x2265], // ≤ ≥
  [0x25a0, 0x25a1], // ■ □
  [0x25aa, 0x25ab], // ▪ ▫
  [0x25b2, 0x25b2], // ▲ (a rise since last round, beside the signed number)
  [0x25bc, 0x25bc], // ▼ (a fall)
  [0x25cb, 0x25cb], // ○
  [0x25cf, 0x25cf], // ●
  [0x25e6, 0x25e6], // ◦
  [0x2610, 0x2612], // ☐ ☑ ☒
  [0x2713, 0x2718], // ✓ ✔ ✕ ✖ ✗ ✘
  [0xfffd, 0xfffd], // Replacement character for anything else
];

function coveredText() {
  let text = '';
  for (const [from, to] of RANGES) {
    for (let code = from; code <= to; code++) text += String.fromCodePoint(code);
  }
  return text;
}

async function mtime(url) {
  try {
    return (await stat(url)).mtimeMs;
  } catch {
    return null;
  }
}

const self = new URL(import.meta.url);
const inputs = [self, ...FONTS.map(([from]) => new URL(from, source))];
const outputs = FONTS.map(([, to]) => new URL(to, target));

const inputTimes = await Promise.all(inputs.map(mtime));
const outputTimes = await Promise.all(outputs.map(mtime));
if (inputTimes.some((t) => t === null)) {
  console.error(`fonts: DejaVu Sans not found in ${fileURLToPath(source)} (run npm install).`);
  process.exit(1);
}
const newestInput = Math.max(...inputTimes);
if (outputTimes.every((t) => t !== null && t > newestInput)) {
  console.log('fonts: subsets up to date');
  process.exit(0);
}

await mkdir(target, { recursive: true });
const text = coveredText();
const sizes = [];
for (let i = 0; i < FONTS.length; i++) {
  const font = await readFile(inputs[i + 1]);
  // TrueType output: jsPDF reads only sfnt, not WOFF/WOFF2.
  const subset = await subsetFont(font, text, {
    targetFormat: 'truetype',
    noHinting: true,
    noLayoutClosure: true,
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern', 'gasp'],
  });
  await writeFile(outputs[i], subset);
  sizes.push(`${FONTS[i][1]} ${Math.round(subset.length / 1024)} KB`);
}
console.log(`fonts: wrote ${sizes.join(', ')} to src/report/fonts/`);
