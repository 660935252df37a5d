import { css } from 'lit';

/** The heatmap's table: its own scroll box with a sticky header row and organisation column. */
export const heatmapStyles = css`
  :host {
    display: block;
    --cell-bg: #ffffff;
  }
  .scroll {
    /* The containing block of the visually hidden cell texts, so they scroll with the table. */
    position: relative;
    overflow: auto;
    max-height: 75vh;
    max-width: 100%;
    border: 1px solid #d0d4da;
    background: #fff;
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
    border: 1px solid #d0d4da;
    vertical-align: middle;
  }
  thead {
    position: sticky;
    top: 0;
    z-index: 3;
  }
  thead th {
    background: #eef1f5;
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
    background: #f6f7f9;
    min-width: 9em;
    max-width: 14em;
    white-space: normal;
  }
  thead .org {
    z-index: 4;
    background: #eef1f5;
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
    background: #dde3ea;
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
    background: #fde2e1;
    color: #8c1d18;
  }
  .s-improve {
    background: #fff1c2;
    color: #5c4300;
  }
  .s-good {
    background: #dcf1e1;
    color: #1b5e20;
  }
  .s-unanswered {
    background: #ffffff;
    color: #3d424a;
  }
  .s-dontKnow {
    background: repeating-linear-gradient(135deg, #eceef1 0 6px, #ffffff 6px 12px);
    color: #3d424a;
  }
  .s-notAsked {
    background: #d9dce1;
    color: #2f343b;
    font-style: italic;
  }
  .up {
    color: #1b5e20;
    font-weight: 700;
  }
  .down {
    color: #8c1d18;
    font-weight: 700;
  }
  td[tabindex]:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px #1a1a1a;
  }
  tfoot th,
  tfoot td {
    border-top: 3px solid #8a9099;
    font-weight: 700;
  }
  :host([projector]) .scroll {
    max-height: none;
    border-color: #fff;
    background: #000;
  }
  :host([projector]) th,
  :host([projector]) .org,
  :host([projector]) button.sort {
    background: #000;
    color: #fff;
  }
  :host([projector]) a {
    color: #ffd400;
  }
  :host([projector]) .hint,
  :host([projector]) .arrow {
    color: #d9d9d9;
  }
  :host([projector]) .up {
    color: #7ee787;
  }
  :host([projector]) .down {
    color: #ff9b9b;
  }
  :host([projector]) td {
    border-color: #666;
  }
  :host([projector]) td:not(.cell) {
    background: #000;
    color: #fff;
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
