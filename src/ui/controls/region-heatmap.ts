import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatNumber, t } from '../../i18n';
import type {
  MatrixCell,
  MatrixRow,
  RegionMatrix,
  SortColumn,
  SortDirection,
} from '../../model/region-matrix';
import { band, roundScore } from '../../model/scoring';
import { LocaleController } from '../shell/locale-controller';
import { assessmentHref } from '../shell/route';
import { sharedStyles } from '../styles/shared';
import { heatmapStyles } from './region-heatmap-styles';

/** Asks for the rows to be sorted by a column (the view decides the direction). */
export class RegionSortEvent extends Event {
  static readonly type = 'region-sort';
  constructor(readonly column: SortColumn) {
    super(RegionSortEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'region-sort': RegionSortEvent;
  }
}

export type HeatmapMode = 'items' | 'headings';

interface Column {
  key: SortColumn;
  /** Short header text (an item id, "Muutos"); `name` is what the cell's accessible name says. */
  label: string;
  name: string;
  kind: 'date' | 'score' | 'change';
  title?: string;
}

/** A column key split once into its kind and id ("item:A2" → item, A2), not once per cell. */
function splitKey(key: SortColumn): [string, string] {
  const [kind, id = ''] = key.split(/:(.*)/s);
  return [kind!, id];
}

/** A signed, rounded change: ▲ +25, ▼ −10, ±0, or – when there is no earlier round. */
export function changeText(change: number | null): string {
  if (change === null) return '–';
  const n = Math.round(change);
  if (n === 0) return '±0';
  return n > 0 ? `▲ +${formatNumber(n)}` : `▼ −${formatNumber(-n)}`;
}

/**
 * The heatmap: organisations as rows, items (or headings) as columns grouped under their headings.
 * Each cell shows its score with its band as text and colour and is focusable with the arrow keys
 * (one tab stop: a roving tabindex); sortable column headers are buttons with `aria-sort`.
 *
 * @fires region-sort - a column header's button was pressed
 */
@customElement('region-heatmap')
export class RegionHeatmap extends LitElement {
  static override styles = [sharedStyles, heatmapStyles];

  @property({ attribute: false }) matrix?: RegionMatrix;
  @property({ attribute: false }) rows: readonly MatrixRow[] = [];
  @property() mode: HeatmapMode = 'items';
  @property() sortColumn: SortColumn = 'organisation';
  @property() sortDirection: SortDirection = 'ascending';

  /** The cell that holds the tab stop: row and column in the grid (column 0 is the organisation). */
  @state() private active = { row: 0, col: 0 };

  private readonly locale = new LocaleController(this);

  private columns(matrix: RegionMatrix): {
    groups: { title: string; span: number }[];
    columns: Column[];
  } {
    const fixed: Column[] = [
      { key: 'date', label: t('list.columnDate'), name: t('list.columnDate'), kind: 'date' },
      { key: 'overall', label: t('results.overall'), name: t('results.overall'), kind: 'score' },
      { key: 'change', label: t('region.change'), name: t('region.change'), kind: 'change' },
    ];
    const groups: { title: string; span: number }[] = [];
    const columns = [...fixed];
    const items = new Map(matrix.items.map((i) => [i.id, i]));
    for (const heading of matrix.headings) {
      if (this.mode === 'headings') {
        groups.push({ title: heading.title, span: 2 });
        columns.push(
          {
            key: `heading:${heading.id}`,
            label: t('list.columnScore'),
            name: heading.title,
            kind: 'score',
          },
          {
            key: `headingChange:${heading.id}`,
            label: t('region.change'),
            name: t('region.columnChange', { column: heading.title }),
            kind: 'change',
          },
        );
      } else {
        groups.push({ title: heading.title, span: heading.itemIds.length });
        for (const id of heading.itemIds) {
          const item = items.get(id)!;
          columns.push({
            key: `item:${id}`,
            label: id,
            name: id,
            kind: 'score',
            title: item.statement,
          });
        }
      }
    }
    return { groups, columns };
  }

  private sortButton(key: SortColumn, label: string, name: string, title?: string) {
    const sorted = this.sortColumn === key;
    return html`<button
      class="sort"
      title=${title ?? nothing}
      aria-label=${label === name ? label : `${label} – ${name}`}
      @click=${() => this.dispatchEvent(new RegionSortEvent(key))}
    >
      ${label}<span aria-hidden="true" class="arrow"
        >${sorted ? (this.sortDirection === 'ascending' ? '↑' : '↓') : '↕'}</span
      >
    </button>`;
  }

  private sortState(key: SortColumn) {
    return this.sortColumn === key ? this.sortDirection : nothing;
  }

  override render() {
    const matrix = this.matrix;
    if (!matrix) return nothing;
    const { groups, columns } = this.columns(matrix);
    const fixed = columns.slice(0, 3);
    const rest = columns.slice(3);
    const rows = this.rows;
    const active = {
      row: Math.min(this.active.row, Math.max(0, rows.length - 1)),
      col: Math.min(this.active.col, columns.length),
    };
    const tab = (r: number, c: number) => (r === active.row && c === active.col ? 0 : -1);
    const keys = columns.map((c) => splitKey(c.key));
    const helpId = 'heatmap-help';
    return html`<p class="hint" id=${helpId}>${t('region.gridHelp')}</p>
      <div class="scroll">
        <table
          role="grid"
          aria-describedby=${helpId}
          @keydown=${this.onKeyDown}
          @focusin=${this.onFocusIn}
        >
          <caption>
            ${t('region.gridCaption', { title: matrix.title, count: rows.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col" rowspan="2" class="org" aria-sort=${this.sortState('organisation')}>
                ${this.sortButton('organisation', t('list.columnOrganisation'), t('list.columnOrganisation'))}
              </th>
              ${fixed.map(
                (c) =>
                  html`<th scope="col" rowspan="2" aria-sort=${this.sortState(c.key)}>
                    ${this.sortButton(c.key, c.label, c.name)}
                  </th>`,
              )}
              ${groups.map(
                (g) => html`<th scope="colgroup" colspan=${g.span} class="group">${g.title}</th>`,
              )}
            </tr>
            <tr>
              ${rest.map(
                (c) =>
                  html`<th scope="col" class="sub" aria-sort=${this.sortState(c.key)}>
                    ${this.sortButton(c.key, c.label, c.name, c.title)}
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row, r) =>
                html`<tr>
                  <th scope="row" class="org">
                    <a
                      href=${assessmentHref(row.round.assessmentId, 'results')}
                      data-r=${r}
                      data-c="0"
                      tabindex=${tab(r, 0)}
                      >${row.organisation}</a
                    >
                  </th>
                  ${columns.map((c, i) => this.renderCell(row, c, keys[i]!, r, i + 1, tab(r, i + 1)))}
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" class="org">${t('region.mean', { count: rows.length })}</th>
              ${columns.map((c) => this.renderMean(matrix, c))}
            </tr>
          </tfoot>
        </table>
      </div>`;
  }

  private renderCell(
    row: MatrixRow,
    column: Column,
    [kind, id]: [string, string],
    r: number,
    c: number,
    tabindex: number,
  ) {
    // The cell's name comes from its text: the organisation and column (hidden, the grid shows
    // them in its headers), then what the cell shows: "Harjukylä, A2: 25 / 100, kehitettävää".
    // Each cell is one flat template (no nested ones): the grid has thousands of cells.
    const name = t('region.cellName', { organisation: row.organisation, column: column.name });
    if (column.kind === 'date') {
      return html`<td class="cell" data-r=${r} data-c=${c} tabindex=${tabindex}>
        <span class="visually-hidden">${name} </span>${formatDate(row.round.date)}
      </td>`;
    }
    if (column.kind === 'change') {
      const change = kind === 'change' ? row.change.overall : (row.change.headings[id] ?? null);
      if (change === null) {
        return html`<td class="chg" data-r=${r} data-c=${c} tabindex=${tabindex}>
          <span class="visually-hidden">${name} </span><span aria-hidden="true">–</span
          ><span class="visually-hidden">${t('region.noChange')}</span>
        </td>`;
      }
      const cls = change > 0.5 ? 'chg up' : change < -0.5 ? 'chg down' : 'chg';
      return html`<td class=${cls} data-r=${r} data-c=${c} tabindex=${tabindex}>
        <span class="visually-hidden">${name} </span>${changeText(change)}
      </td>`;
    }
    const cell: MatrixCell =
      kind === 'item'
        ? row.round.cells[id]!
        : {
            status: 'rated',
            level: null,
            score: kind === 'overall' ? row.round.overall : (row.round.headings[id] ?? null),
          };
    return this.scoreCell(cell, name, r, c, tabindex);
  }

  /**
   * A score cell, one flat template: score and band as text (the band in lower case, capitalised
   * by CSS), or what is missing. The mean row passes no name, position or tab stop.
   */
  private scoreCell(
    cell: MatrixCell,
    name: string | null,
    r?: number,
    c?: number,
    tabindex?: number,
  ): TemplateResult {
    const hidden = name === null ? nothing : `${name} `;
    if (cell.status !== 'rated' || cell.score === null) {
      const status = cell.status === 'rated' ? 'unanswered' : cell.status;
      const text =
        cell.status === 'dontKnow'
          ? t('region.cellDontKnow')
          : cell.status === 'notAsked'
            ? t('region.cellNotAsked')
            : t('region.cellUnanswered');
      return html`<td
        class="cell s-${status}"
        data-r=${r ?? nothing}
        data-c=${c ?? nothing}
        tabindex=${tabindex ?? nothing}
      >
        <span class="visually-hidden">${hidden}</span><span class="b">${text}</span>
      </td>`;
    }
    const b = band(cell.score);
    return html`<td
      class="cell s-${b}"
      data-r=${r ?? nothing}
      data-c=${c ?? nothing}
      tabindex=${tabindex ?? nothing}
    >
      <span class="visually-hidden">${hidden}</span
      ><span class="n"
        >${formatNumber(roundScore(cell.score))}<span class="visually-hidden"> / 100,</span></span
      >
      <span class="b">${t(`band.${b}`).toLocaleLowerCase()}</span>
    </td>`;
  }

  private renderMean(matrix: RegionMatrix, column: Column) {
    const [kind, id] = splitKey(column.key);
    if (column.kind === 'date') return html`<td></td>`;
    const summary =
      kind === 'item'
        ? matrix.region.items[id]
        : kind === 'overall' || kind === 'change'
          ? matrix.region.overall
          : matrix.region.headings[id];
    if (column.kind === 'change') return html`<td>${changeText(summary?.meanChange ?? null)}</td>`;
    return this.scoreCell({ status: 'rated', level: null, score: summary?.mean ?? null }, null);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (target.dataset.r === undefined) return;
    const row = Number(target.dataset.r);
    const col = Number(target.dataset.c);
    const last = { row: this.rows.length - 1, col: this.lastColumn() };
    const moves: Record<string, () => { row: number; col: number }> = {
      ArrowRight: () => ({ row, col: Math.min(col + 1, last.col) }),
      ArrowLeft: () => ({ row, col: Math.max(col - 1, 0) }),
      ArrowDown: () => ({ row: Math.min(row + 1, last.row), col }),
      ArrowUp: () => ({ row: Math.max(row - 1, 0), col }),
      Home: () => (e.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 }),
      End: () => (e.ctrlKey ? last : { row, col: last.col }),
      PageDown: () => ({ row: Math.min(row + 10, last.row), col }),
      PageUp: () => ({ row: Math.max(row - 10, 0), col }),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    this.active = move();
    void this.updateComplete.then(() => this.activeCell()?.focus());
  }

  /** A cell focused by mouse or touch takes the tab stop. */
  private onFocusIn(e: FocusEvent): void {
    const target = e.target as HTMLElement;
    if (target.dataset.r === undefined) return;
    const next = { row: Number(target.dataset.r), col: Number(target.dataset.c) };
    if (next.row !== this.active.row || next.col !== this.active.col) this.active = next;
  }

  /** The last column index of the grid. */
  private lastColumn(): number {
    return this.matrix ? this.columns(this.matrix).columns.length : 0;
  }

  private activeCell(): HTMLElement | null | undefined {
    return this.renderRoot.querySelector<HTMLElement>(
      `[data-r="${this.active.row}"][data-c="${this.active.col}"]`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'region-heatmap': RegionHeatmap;
  }
}
