import { css } from 'lit';

/**
 * Print rules every view adopts through sharedStyles. Lit components render in shadow DOM, so a
 * global print stylesheet cannot reach their buttons and tables: each component carries these.
 * A printed view is its content alone: no buttons, tabs or form chrome; table rows and headings
 * are not split from what follows them. The page box (@page margins and numbers) is in index.html.
 */
export const printStyles = css`
  @media print {
    :host {
      color: var(--color-ink-strong);
      background: var(--color-surface);
    }
    button,
    .button,
    nav,
    [role='tablist'],
    [role='tab'],
    .no-print,
    .skip {
      display: none !important;
    }
    h1,
    h2,
    h3,
    h4,
    caption {
      break-after: avoid;
      page-break-after: avoid;
    }
    tr,
    li,
    figure,
    .card {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    /* The page is narrower than the screen's wide-table breakpoint: tables print whole, not in a
       clipped scrolling box. */
    table {
      display: table !important;
    }
    .table-scroll {
      overflow: visible !important;
    }
    thead {
      display: table-header-group;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
