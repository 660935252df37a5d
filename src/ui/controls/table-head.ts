import { html, nothing } from 'lit';

/**
 * A table's caption (visually hidden: the heading above names the table on screen) and its row of
 * column headers. Without a caption the table is named otherwise (e.g. aria-labelledby).
 */
export function tableHead(caption: string | undefined, columns: readonly unknown[]) {
  return html`${
      caption === undefined
        ? nothing
        : html`<caption class="visually-hidden">
            ${caption}
          </caption>`
    }
    <thead>
      <tr>
        ${columns.map((c) => html`<th scope="col">${c}</th>`)}
      </tr>
    </thead>`;
}
