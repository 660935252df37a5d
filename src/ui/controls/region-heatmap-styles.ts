import { css } from 'lit';
import '../styles/tokens';

/** The heatmap's table: its own scroll box with a sticky header row and organisation column. */
export const heatmapStyles = css`
  :host {
    display: block;
    --cell-bg: var(--color-surface);
  }
  .scroll {
    /* The containing block of the visually hidden cell texts, so they scroll with the table. */
    position: relative;
    overflow: auto;
    max-height: 75vh;
    max-width: 100%;
    border: 1px solid var(--color-border);
    background: var(--color-surface);
  }
  table {
    width: auto;
    min-width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding: 0.4em 0.6em;
  }
  th,
  td {
    padding: 0.3em 0.45em;
    border: 1px solid var(--color-border);
    vertical-align: middle;
  }
  thead {
    position: sticky;
    top: 0;
    z-index: 3;
  }
  thead th {
    background: var(--color-surface-muted);
    white-space: nowrap;
  }
  th.group {
    text-align: center;
    white-space: normal;
    min-width: 6em;
  }
  .org {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--color-surface-subtle);
    min-width: 9em;
    max-width: 14em;
    white-space: normal;
  }
  thead .org {
    z-index: 4;
    background: var(--color-surface-muted);
  }
  button.sort {
    min-height: 32px;
    padding: 0.15em 0.4em;
    background: transparent;
    color: var(--text);
    border: 2px solid transparent;
    font-weight: 700;
    gap: 0.25em;
  }
  button.sort:hover {
    background: var(--color-border-soft);
  }
  .arrow {
    color: var(--muted);
  }
  td.cell {
    text-align: center;
    min-width: 4.2em;
  }
  td.chg {
    text-align: center;
    white-space: nowrap;
  }
  .n {
    display: block;
    font-weight: 700;
    font-size: 1.1em;
  }
  .b {
    display: block;
    font-size: 0.78em;
    line-height: 1.15;
  }
  .b::first-letter {
    text-transform: uppercase;
  }
  .s-poor {
    background: var(--color-danger-bg);
    color: var(--color-danger);
  }
  .s-improve {
    background: var(--color-warning-bg);
    color: var(--color-warning-ink);
  }
  .s-good {
    background: var(--color-success-bg);
    color: var(--color-success);
  }
  .s-unanswered {
    background: var(--color-surface);
    color: var(--color-ink-muted);
  }
  .s-dontKnow {
    background: repeating-linear-gradient(
      135deg,
      var(--color-surface-sunken) 0 6px,
      var(--color-surface) 6px 12px
    );
    color: var(--color-ink-muted);
  }
  .s-notAsked {
    background: var(--color-border-muted);
    color: var(--color-ink-800);
    font-style: italic;
  }
  .up {
    color: var(--color-success);
    font-weight: 700;
  }
  .down {
    color: var(--color-danger);
    font-weight: 700;
  }
  td[tabindex]:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px var(--color-ink);
  }
  tfoot th,
  tfoot td {
    border-top: 3px solid var(--color-border-strong);
    font-weight: 700;
  }
  :host([projector]) .scroll {
    max-height: none;
    border-color: var(--color-surface);
    background: var(--color-ink-strong);
  }
  :host([projector]) th,
  :host([projector]) .org,
  :host([projector]) button.sort {
    background: var(--color-ink-strong);
    color: var(--color-surface);
  }
  :host([projector]) a {
    color: var(--color-focus);
  }
  :host([projector]) .hint,
  :host([projector]) .arrow {
    color: var(--color-neutral-300);
  }
  :host([projector]) .up {
    color: var(--color-projector-success);
  }
  :host([projector]) .down {
    color: var(--color-projector-danger);
  }
  :host([projector]) td {
    border-color: var(--color-neutral-600);
  }
  :host([projector]) td:not(.cell) {
    background: var(--color-ink-strong);
    color: var(--color-surface);
  }
  @media print {
    .scroll {
      overflow: visible;
      max-height: none;
      border: none;
    }
    thead,
    .org {
      position: static;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
    .hint,
    .arrow {
      display: none;
    }
    table {
      font-size: 8pt;
      min-width: 0;
      width: 100%;
    }
    td.cell {
      min-width: 0;
    }
    .org {
      min-width: 0;
    }
    button.sort {
      min-height: 0;
      padding: 0;
    }
  }
`;
