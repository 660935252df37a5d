import { css } from 'lit';
import './tokens';
import { printStyles } from './print';

/** Base styles every view adopts: type, form controls, buttons, focus, badges. */
export const sharedStyles = css`
  :host {
    display: block;
    /* Long Finnish compounds wrap instead of widening the page at 320 px (WCAG 1.4.10). */
    overflow-wrap: break-word;
    --accent: var(--color-accent);
    --accent-dark: var(--color-accent-700);
    --text: var(--color-ink);
    --muted: var(--color-ink-soft);
    --border: var(--color-border-strong);
    --surface: var(--color-surface);
    --danger: var(--color-danger-strong);
    --focus: var(--color-warning-400);
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
  }
  /* A heading or item whose wording is not confirmed yet ({#id draft} in the checklist). */
  .draft {
    background: var(--color-warning-bg);
    color: var(--color-warning-ink);
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 0 0.4em;
    font-size: 0.85rem;
    font-weight: 600;
    margin-left: 0.5em;
    vertical-align: middle;
  }
  a {
    color: var(--accent);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex]:not([tabindex='-1']):focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--color-ink);
  }
  /* A view's h1 takes focus on every route change: show where the user landed. */
  h1[tabindex='-1']:focus {
    outline: 3px solid var(--focus);
    outline-offset: 4px;
  }
  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.5em 1em;
    border-radius: 6px;
    border: 2px solid var(--accent);
    background: var(--accent);
    color: var(--color-surface);
    cursor: pointer;
    text-decoration: none;
    min-height: 44px;
    box-sizing: border-box;
  }
  button:hover,
  .button:hover {
    background: var(--accent-dark);
  }
  button.secondary,
  .button.secondary {
    background: var(--surface);
    color: var(--accent);
  }
  button.secondary:hover,
  .button.secondary:hover {
    background: var(--color-accent-bg);
  }
  button.danger {
    background: var(--danger);
    border-color: var(--danger);
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  label {
    font-weight: 600;
  }
  /* A fieldset is as wide as its content by default; let it shrink to the column (WCAG 1.4.10). */
  fieldset {
    min-width: 0;
  }
  input[type='text'],
  input[type='date'],
  input:not([type]),
  select,
  textarea {
    font: inherit;
    padding: 0.45em 0.6em;
    border: 2px solid var(--border);
    border-radius: 6px;
    background: var(--surface);
    color: var(--text);
    box-sizing: border-box;
    max-width: 100%;
    min-height: 44px;
  }
  textarea {
    width: 100%;
    min-height: 6em;
    resize: vertical;
  }
  .hint {
    color: var(--muted);
    font-size: 0.92em;
    margin: 0.2em 0;
  }
  .error {
    color: var(--danger);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .card {
    background: var(--surface);
    border: 1px solid var(--color-border);
    border-radius: 10px;
    padding: 1.25rem 1.5rem;
  }
  .band {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 2px solid currentColor;
    font-weight: 600;
    font-size: 0.92em;
    white-space: nowrap;
  }
  .band-poor {
    background: var(--color-danger-bg);
    color: var(--color-danger);
  }
  .band-improve {
    background: var(--color-warning-bg);
    color: var(--color-warning-ink);
  }
  .band-good {
    background: var(--color-success-bg);
    color: var(--color-success);
  }
  .band-none {
    background: var(--color-surface-sunken);
    color: var(--color-ink-muted);
  }
  /* A wide table scrolls inside its own box at narrow widths, never the page (WCAG 1.4.10). */
  table {
    border-collapse: collapse;
    width: 100%;
    display: block;
    overflow-x: auto;
  }
  @media (min-width: 48rem) {
    table {
      display: table;
    }
  }
  /* Positioned, so that what is positioned inside it (a visually hidden header text) is clipped by
     the scroll box too and cannot widen the page. */
  .table-scroll {
    position: relative;
    max-width: 100%;
    overflow-x: auto;
  }
  .table-scroll table {
    display: table;
  }
  th,
  td {
    text-align: left;
    padding: 0.5em 0.6em;
    border-bottom: 1px solid var(--color-border);
    vertical-align: top;
  }
  th {
    background: var(--color-surface-muted);
  }
  ${printStyles}
`;

/** A group of choices in a bordered box with a bold legend (levels, votes, ratings, actions). */
export const fieldsetStyles = css`
  /* min-width: a fieldset is by default as wide as its widest content, wider than its column. */
  fieldset {
    min-width: 0;
    border: 2px solid var(--color-border);
    border-radius: 8px;
    margin: 1rem 0;
    padding: 0.75rem 1rem;
  }
  legend {
    font-weight: 700;
    padding: 0 0.3em;
  }
`;

/** Disclosures of an item's details (explanation, questions, examples). */
export const detailsStyles = css`
  details {
    margin: 0.4rem 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--accent);
  }
`;
