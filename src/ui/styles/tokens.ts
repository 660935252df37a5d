// The colour tokens, declared once on the document root. Components use var(--color-…) only;
// a raw colour anywhere else in src/ui fails `npm run lint` (test/lint/architecture-rules.mjs).
// Custom properties inherit into every shadow root, so one declaration reaches all components.
// Under forced colours the browser replaces these with system colours as before.

const TOKENS = `:root {
  --color-accent: #0b5cad;
  --color-accent-500: #2f6fb0;
  --color-accent-600: #0b4f8a;
  --color-accent-700: #084a8c;
  --color-accent-bg: #e8f0fa;
  --color-accent-bg-faint: #f0f6fc;
  --color-accent-bg-soft: #eef4fb;
  --color-accent-strong: #0b3d6e;
  --color-backdrop: rgb(0 0 0 / 45%);
  --color-backdrop-strong: rgb(0 0 0 / 55%);
  --color-border: #d0d4da;
  --color-border-muted: #d9dce1;
  --color-border-soft: #dde3ea;
  --color-border-strong: #8a9099;
  --color-danger: #8c1d18;
  --color-danger-200: #f9c9c7;
  --color-danger-700: #a1262a;
  --color-danger-bg: #fde2e1;
  --color-danger-bg-soft: #fff4f4;
  --color-danger-strong: #a4161a;
  --color-focus: #ffd400;
  --color-heat-2: #c6dbef;
  --color-heat-3: #6baed6;
  --color-ink: #1a1a1a;
  --color-ink-800: #2f343b;
  --color-ink-muted: #3d424a;
  --color-ink-soft: #4a4f57;
  --color-ink-strong: #000;
  --color-neutral-300: #d9d9d9;
  --color-neutral-500: #8a94a3;
  --color-neutral-600: #666;
  --color-neutral-700: #555;
  --color-projector-accent: #9cd2ff;
  --color-projector-danger: #ff9b9b;
  --color-projector-danger-strong: #ff8a80;
  --color-projector-link: #4da3ff;
  --color-projector-success: #7ee787;
  --color-projector-success-strong: #69f0ae;
  --color-shadow: rgb(0 0 0 / 35%);
  --color-success: #1b5e20;
  --color-success-700: #1d6b2f;
  --color-success-bg: #dcf1e1;
  --color-surface: #fff;
  --color-surface-muted: #eef1f5;
  --color-surface-subtle: #f6f7f9;
  --color-surface-sunken: #eceef1;
  --color-warning-300: #ffe58a;
  --color-warning-400: #ffbf47;
  --color-warning-700: #8a5a00;
  --color-warning-bg: #fff1c2;
  --color-warning-bg-soft: #fff4dc;
  --color-warning-border: #d0c3a4;
  --color-warning-ink: #5c4300;
  --color-warning-ink-strong: #3d2c00;
}`;

/** The stylesheet text, for pages and tests that build their own document. */
export const tokenCss = TOKENS;

if (typeof document !== 'undefined' && !document.getElementById('color-tokens')) {
  const style = document.createElement('style');
  style.id = 'color-tokens';
  style.textContent = TOKENS;
  document.head.prepend(style);
}
