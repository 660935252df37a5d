import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

// The layers of ../shared/ARCHITECTURE.md, enforced: which of our folders and which libraries each
// folder under src/ may import. test/lint/architecture-rules.mjs (run by `npm run lint`) checks
// that a deliberate violation of each rule is rejected.

/** Libraries only one folder may import. */
const LIBRARY_HOME = {
  jspdf: 'report',
  idb: 'storage',
  marked: 'checklist',
  dompurify: 'checklist',
};

/** The folders of src/ a folder may import from (besides itself); ui/ and main.ts may import all. */
const LAYERS = {
  model: [],
  i18n: [],
  checklist: ['model'],
  storage: ['model', 'checklist'],
  report: ['model', 'i18n'],
};

/** Globals of the page that nothing below ui/ may touch, so it runs without a page. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'customElements',
  'HTMLElement',
  'Element',
  'Node',
  'CustomEvent',
  'MutationObserver',
  'requestAnimationFrame',
  'getComputedStyle',
  'alert',
  'confirm',
].map((name) => ({
  name,
  message: 'Nothing below src/ui touches the DOM or the page (ARCHITECTURE.md).',
}));

function importRules(folder) {
  const libraries = Object.entries(LIBRARY_HOME)
    .filter(([, home]) => home !== folder)
    .map(([name, home]) => ({
      group: [name, `${name}/*`],
      message: `Only src/${home}/ imports ${name} (ARCHITECTURE.md).`,
    }));
  const patterns = [...libraries];
  const allowed = LAYERS[folder];
  if (allowed) {
    patterns.push({
      regex: '^(\\.\\./)+ui(/|$)',
      message: 'Nothing of src/ui is imported below ui (ARCHITECTURE.md).',
    });
    // Any other folder of src/ than the allowed ones (paths outside src/, e.g. ../../checklists/, are data).
    const others = ['model', 'i18n', 'checklist', 'storage', 'report'].filter(
      (f) => f !== folder && !allowed.includes(f),
    );
    if (others.length > 0) {
      patterns.push({
        regex: `^\\.\\./(${others.join('|')})(/|$)`,
        message:
          allowed.length === 0
            ? `src/${folder} imports nothing of ours (ARCHITECTURE.md).`
            : `src/${folder} may import only ${allowed.map((f) => `src/${f}`).join(', ')} (ARCHITECTURE.md).`,
      });
    }
  }
  return { 'no-restricted-imports': ['error', { patterns }] };
}

/** A hex colour or an rgb()/rgba()/hsl() function, as an esquery regular expression. */
const RAW_COLOUR = String.raw`/#[0-9a-fA-F]{3,8}\b|\b(rgba?|hsla?)\(/`;

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/out/', 'test-output/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  ...Object.keys(LAYERS).map((folder) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: {
      ...importRules(folder),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      'no-restricted-properties': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage'].map((property) => ({
          object: 'globalThis',
          property,
          message: 'Nothing below src/ui touches the DOM or the page (ARCHITECTURE.md).',
        })),
      ],
    },
  })),
  { files: ['src/ui/**/*.ts', 'src/main.ts'], rules: importRules('ui') },
  {
    // Colours are design tokens declared once in src/ui/styles/tokens.ts; components use var(--color-…).
    files: ['src/ui/**/*.ts'],
    ignores: ['src/ui/styles/tokens.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['TemplateElement[value.raw', 'Literal[value'].map((node) => ({
          selector: `${node}=${RAW_COLOUR}]`,
          message: 'A raw colour: use a token var(--color-…) from src/ui/styles/tokens.ts.',
        })),
      ],
    },
  },
);
