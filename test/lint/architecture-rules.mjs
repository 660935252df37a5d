// Lints deliberate violations of the layer rules (eslint.config.js) through ESLint's Node API and
// fails when one is not rejected: removing or weakening a rule makes `npm run lint` fail.
import { ESLint } from 'eslint';

/** [file the code pretends to be in, code, rule that must reject it, words of its message] */
const VIOLATIONS = [
  [
    'src/model/x.ts',
    "import { jsPDF } from 'jspdf';\nexport const a = jsPDF;",
    'no-restricted-imports',
    'src/report/',
  ],
  [
    'src/ui/views/x.ts',
    "import { jsPDF } from 'jspdf';\nexport const a = jsPDF;",
    'no-restricted-imports',
    'src/report/',
  ],
  [
    'src/ui/state/x.ts',
    "import { openDB } from 'idb';\nexport const a = openDB;",
    'no-restricted-imports',
    'src/storage/',
  ],
  [
    'src/report/x.ts',
    "import { marked } from 'marked';\nexport const a = marked;",
    'no-restricted-imports',
    'src/checklist/',
  ],
  [
    'src/storage/x.ts',
    "import DOMPurify from 'dompurify';\nexport const a = DOMPurify;",
    'no-restricted-imports',
    'src/checklist/',
  ],
  [
    'src/storage/x.ts',
    "import { t } from '../ui/shell/route';\nexport const a = t;",
    'no-restricted-imports',
    'src/ui',
  ],
  [
    'src/checklist/x.ts',
    "import { storageMessage } from '../ui/messages/storage-message';\nexport const a = storageMessage;",
    'no-restricted-imports',
    'src/ui',
  ],
  [
    'src/model/x.ts',
    "import { t } from '../i18n';\nexport const a = t;",
    'no-restricted-imports',
    'nothing of ours',
  ],
  [
    'src/checklist/x.ts',
    "import { appDb } from '../storage/connection';\nexport const a = appDb;",
    'no-restricted-imports',
    'may import only',
  ],
  ['src/model/x.ts', 'export const w = window.innerWidth;', 'no-restricted-globals', 'DOM'],
  [
    'src/storage/x.ts',
    "export const d = document.createElement('a');",
    'no-restricted-globals',
    'DOM',
  ],
  ['src/i18n/x.ts', 'export const l = navigator.language;', 'no-restricted-globals', 'DOM'],
  [
    'src/report/x.ts',
    "export const s = localStorage.getItem('k');",
    'no-restricted-globals',
    'DOM',
  ],
  ['src/checklist/x.ts', 'export class X extends HTMLElement {}', 'no-restricted-globals', 'DOM'],
  ['src/model/x.ts', 'export const d = globalThis.document;', 'no-restricted-properties', 'DOM'],
  [
    'src/ui/controls/x.ts',
    "import { css } from 'lit';\nexport const s = css`p { color: #c00; }`;",
    'no-restricted-syntax',
    'raw colour',
  ],
  [
    'src/ui/views/x.ts',
    "export const fill = 'rgb(0 0 0 / 50%)';",
    'no-restricted-syntax',
    'raw colour',
  ],
];

/** Code that keeps the rules: it must lint clean, so the rules do not reject everything. */
const ALLOWED = [
  [
    'src/storage/x.ts',
    "import { openDB } from 'idb';\nimport type { Assessment } from '../model/assessment';\nexport const a = openDB;\nexport type A = Assessment;",
  ],
  [
    'src/checklist/x.ts',
    "import { marked } from 'marked';\nimport raw from '../../checklists/kunta.fi.md?raw';\nexport const a = [marked, raw];",
  ],
  [
    'src/report/x.ts',
    "import { jsPDF } from 'jspdf';\nimport { t } from '../i18n';\nexport const a = [jsPDF, t];",
  ],
  ['src/ui/views/x.ts', "import { t } from '../../i18n';\nexport const w = [window, document, t];"],
  [
    'src/ui/controls/x.ts',
    "import { css } from 'lit';\nexport const s = css`p { color: var(--color-ink); }`;",
  ],
  ['src/ui/styles/tokens.ts', "export const t = ':root { --color-ink: #1a1a1a; }';"],
];

const eslint = new ESLint();
const failures = [];
for (const [filePath, code, ruleId, words] of VIOLATIONS) {
  const [result] = await eslint.lintText(code, { filePath });
  const hit = result.messages.find((m) => m.ruleId === ruleId && m.message.includes(words));
  if (!hit) {
    failures.push(
      `not rejected by ${ruleId} ("${words}"): ${filePath}: ${code.split('\n')[0]}\n  got: ${JSON.stringify(result.messages.map((m) => [m.ruleId, m.message]))}`,
    );
  }
}
for (const [filePath, code] of ALLOWED) {
  const [result] = await eslint.lintText(code, { filePath });
  const layer = result.messages.filter((m) => /^no-restricted-/.test(m.ruleId ?? ''));
  if (layer.length > 0)
    failures.push(`wrongly rejected: ${filePath}: ${layer.map((m) => m.message).join('; ')}`);
}
if (failures.length > 0) {
  console.error(`Architecture lint rules:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  `Architecture lint rules: ${VIOLATIONS.length} violations rejected, ${ALLOWED.length} allowed imports accepted.`,
);
