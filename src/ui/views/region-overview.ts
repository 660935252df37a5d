import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { getLocale, t } from '../../i18n';
import { overviewTable } from '../../model/csv-tables';
import { today } from '../../model/local-date';
import type { OrganisationType } from '../../model/checklist';
import {
  buildRegionMatrices,
  sortRows,
  type MatrixEntry,
  type MatrixRow,
  type RegionMatrix,
  type SortColumn,
  type SortDirection,
} from '../../model/region-matrix';
import { getSnapshots, listAssessments } from '../../storage/assessments';
import { appDb } from '../../storage/connection';
import '../controls/region-heatmap';
import type { HeatmapMode, RegionSortEvent } from '../controls/region-heatmap';
import '../controls/region-summary';
import { downloadCsv, overviewLabels } from '../files/csv-download';
import { LocaleController } from '../shell/locale-controller';
import { storageMessage } from '../messages/storage-message';
import { sharedStyles } from '../styles/shared';

/** Landscape pages for printing the overview; in the document, since @page does not work in a shadow root. */
const PRINT_PAGE = '@media print { @page { size: A4 landscape; margin: 10mm; } }';

/**
 * Regional comparison: organisations × items per checklist with change since the previous round,
 * the region as a whole, filters, sorting, a projector mode and printing.
 */
@customElement('region-overview')
export class RegionOverview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      section {
        margin: 1.5rem 0;
      }
      fieldset {
        border: 1px solid var(--color-border);
        border-radius: 8px;
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: end;
        padding: 0.75rem 1rem;
      }
      /* A long checklist title in a choice wraps the page no wider than 320 px (WCAG 1.4.10). */
      .field {
        display: flex;
        flex-direction: column;
        gap: 0.2em;
        min-width: 0;
        max-width: 100%;
      }
      .field select {
        max-width: 100%;
      }
      .radios {
        display: flex;
        gap: 0.2em 1em;
        flex-wrap: wrap;
        align-items: center;
        min-height: 44px;
      }
      .radios label {
        font-weight: 400;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0.75rem 0;
      }
      :host([projector]) {
        position: fixed;
        inset: 0;
        z-index: 100;
        overflow: auto;
        background: var(--color-ink-strong);
        color: var(--color-surface);
        font-size: clamp(18px, 1.35vw, 44px);
        padding: 2vh 2vw;
        box-sizing: border-box;
        --text: var(--color-surface);
        --muted: var(--color-neutral-300);
      }
      :host([projector]) h1,
      :host([projector]) h2 {
        color: var(--color-focus);
      }
      :host([projector]) a {
        color: var(--color-focus);
      }
      :host([projector]) .no-projector {
        display: none;
      }
      :host([projector]) button.secondary {
        background: var(--color-ink-strong);
        color: var(--color-surface);
        border-color: var(--color-surface);
      }
      @media print {
        .no-print,
        fieldset,
        .actions {
          display: none;
        }
      }
    `,
  ];

  /** Large type and high contrast for a forum's projector. */
  @property({ type: Boolean, reflect: true }) projector = false;

  @state() private entries: MatrixEntry[] = [];
  @state() private loaded = false;
  @state() private error = '';
  @state() private organisationType: OrganisationType | 'all' = 'all';
  @state() private round: 'latest' | number = 'latest';
  @state() private checklistId = '';
  @state() private mode: HeatmapMode = 'items';
  @state() private sortColumn: SortColumn = 'organisation';
  @state() private sortDirection: SortDirection = 'ascending';
  @state() private message = '';

  @query('#projector-toggle') private projectorToggle?: HTMLButtonElement;
  @query('#projector-exit') private projectorExit?: HTMLButtonElement;

  private readonly locale = new LocaleController(this);
  private printStyle?: HTMLStyleElement;
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.projector) void this.setProjector(false);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.printStyle = document.createElement('style');
    this.printStyle.textContent = PRINT_PAGE;
    document.head.append(this.printStyle);
    window.addEventListener('keydown', this.onKey);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.printStyle?.remove();
    window.removeEventListener('keydown', this.onKey);
  }

  private async load(): Promise<void> {
    // Marks read by the benchmark (bench/BUDGETS.md): reading, then compute and render.
    performance.mark('app:overview-load');
    try {
      const db = await appDb();
      const assessments = await listAssessments(db);
      const snapshots = await getSnapshots(
        db,
        assessments.map((a) => a.checklist.hash),
      );
      performance.mark('app:overview-data');
      const entries: MatrixEntry[] = [];
      for (const assessment of assessments) {
        const snapshot = snapshots.get(assessment.checklist.hash);
        if (snapshot) entries.push({ assessment, checklist: snapshot.checklist });
      }
      this.entries = entries;
    } catch (error) {
      this.error = storageMessage(error);
    }
    this.loaded = true;
    await this.updateComplete;
    // The heatmap and summary render in the same frame; wait for them too.
    await Promise.all(
      [...this.renderRoot.querySelectorAll('region-heatmap, region-summary')].map(
        (el) => (el as LitElement).updateComplete,
      ),
    );
    performance.mark('app:overview-rendered');
  }

  /** The last matrices built and what they were built from: a render that changes none reuses them. */
  private matrixCache?: { key: readonly unknown[]; matrices: RegionMatrix[] };
  private sortCache?: { key: readonly unknown[]; rows: readonly MatrixRow[] };

  /** The matrix shown: the chosen checklist's, filtered. */
  private matrices(): RegionMatrix[] {
    const key = [this.entries, this.organisationType, this.round, getLocale()];
    if (!sameKey(this.matrixCache?.key, key)) {
      const matrices = buildRegionMatrices(this.entries, {
        organisationType: this.organisationType,
        round: this.round,
        language: getLocale(),
      });
      this.matrixCache = { key, matrices };
    }
    return this.matrixCache!.matrices;
  }

  /** The matrix's rows in the chosen order, sorted again only when the rows or the order change. */
  private sortedRows(matrix: RegionMatrix): readonly MatrixRow[] {
    const key = [matrix.rows, this.sortColumn, this.sortDirection, getLocale()];
    if (!sameKey(this.sortCache?.key, key)) {
      this.sortCache = { key, rows: sortRows(matrix.rows, this.sortColumn, this.sortDirection) };
    }
    return this.sortCache!.rows;
  }

  private async setProjector(on: boolean): Promise<void> {
    this.projector = on;
    await this.updateComplete;
    (on ? this.projectorExit : this.projectorToggle)?.focus();
  }

  private async exportCsv(matrix: RegionMatrix, rows: readonly MatrixRow[]): Promise<void> {
    const table = overviewTable(matrix, rows, overviewLabels());
    const file = await downloadCsv(
      `${t('region.csvFile')}-${matrix.checklistId}-${today()}`,
      table,
    );
    this.message = t('region.csvDone', { file });
  }

  private onSort(e: RegionSortEvent): void {
    if (this.sortColumn === e.column) {
      this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.sortColumn = e.column;
      // Names A–Ö; scores and change best first.
      this.sortDirection = e.column === 'organisation' ? 'ascending' : 'descending';
    }
  }

  override render() {
    const matrices = this.loaded ? this.matrices() : [];
    // Until one is chosen, the checklist most organisations used.
    const matrix =
      matrices.find((m) => m.checklistId === this.checklistId) ??
      [...matrices].sort((a, b) => b.rows.length - a.rows.length)[0];
    return html`
      <p class="no-projector no-print"><a href="#/">${t('app.backToList')}</a></p>
      <h1 tabindex="-1">${t('region.heading')}</h1>
      ${
        this.projector
          ? html`<button
              id="projector-exit"
              class="secondary no-print"
              @click=${() => void this.setProjector(false)}
            >
              ${t('region.projectorExit')}
            </button>`
          : html`<p class="no-print">${t('region.intro')}</p>`
      }
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        !this.loaded
          ? html`<p>${t('app.loading')}</p>`
          : this.entries.length === 0
            ? html`<p class="card">${t('region.empty')}</p>`
            : this.renderBody(matrices, matrix)
      }
    `;
  }

  private renderBody(matrices: RegionMatrix[], matrix: RegionMatrix | undefined) {
    const years = [...new Set(matrices.flatMap((m) => m.years))].sort((a, b) => b - a);
    const rows = matrix ? this.sortedRows(matrix) : [];
    return html`
      <fieldset class="no-projector">
        <legend>${t('region.filters')}</legend>
        ${
          matrices.length > 1
            ? html`<div class="field">
                <label for="checklist">${t('region.filterChecklist')}</label>
                <select
                  id="checklist"
                  @change=${(e: Event) => (this.checklistId = (e.target as HTMLSelectElement).value)}
                >
                  ${matrices.map(
                    (m) =>
                      html`<option value=${m.checklistId} ?selected=${m === matrix}>
                        ${m.title}
                      </option>`,
                  )}
                </select>
              </div>`
            : nothing
        }
        <div class="field">
          <label for="type">${t('region.filterType')}</label>
          <select
            id="type"
            @change=${(e: Event) =>
              (this.organisationType = (e.target as HTMLSelectElement).value as
                OrganisationType | 'all')}
          >
            ${(['all', 'municipality', 'county'] as const).map(
              (v) =>
                html`<option value=${v} ?selected=${v === this.organisationType}>
                  ${v === 'all' ? t('region.typeAll') : t(`orgType.${v}`)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="round">${t('region.filterRound')}</label>
          <select
            id="round"
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              this.round = v === 'latest' ? 'latest' : Number(v);
            }}
          >
            <option value="latest" ?selected=${this.round === 'latest'}>
              ${t('region.roundLatest')}
            </option>
            ${years.map(
              (y) =>
                html`<option value=${y} ?selected=${this.round === y}>
                  ${t('region.roundYear', { year: y })}
                </option>`,
            )}
          </select>
        </div>
        <div class="field" role="radiogroup" aria-labelledby="show-label">
          <span id="show-label"><b>${t('region.show')}</b></span>
          <div class="radios">
            ${(['items', 'headings'] as const).map(
              (mode) =>
                html`<label
                  ><input
                    type="radio"
                    name="mode"
                    value=${mode}
                    .checked=${this.mode === mode}
                    @change=${() => (this.mode = mode)}
                  />
                  ${mode === 'items' ? t('region.showItems') : t('region.showHeadings')}</label
                >`,
            )}
          </div>
        </div>
      </fieldset>
      <div class="actions no-projector">
        <button
          id="projector-toggle"
          class="secondary"
          @click=${() => void this.setProjector(true)}
        >
          ${t('region.projector')}
        </button>
        <button class="secondary" @click=${() => window.print()}>${t('region.print')}</button>
        ${
          matrix && rows.length > 0
            ? html`<button class="secondary" @click=${() => void this.exportCsv(matrix, rows)}>
                ${t('region.exportCsv')}
              </button>`
            : nothing
        }
        <p role="status">${this.message}</p>
      </div>
      ${
        !matrix || rows.length === 0
          ? html`<p class="card">${t('region.noRows')}</p>`
          : html`<section aria-labelledby="matrix-title">
                <h2 id="matrix-title">${matrix.title}</h2>
                <region-heatmap
                  ?projector=${this.projector}
                  .matrix=${matrix}
                  .rows=${rows}
                  .mode=${this.mode}
                  .sortColumn=${this.sortColumn}
                  .sortDirection=${this.sortDirection}
                  @region-sort=${this.onSort}
                ></region-heatmap>
              </section>
              <section aria-labelledby="whole-title">
                <h2 id="whole-title">${t('region.whole')}</h2>
                <region-summary ?projector=${this.projector} .matrix=${matrix}></region-summary>
              </section>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'region-overview': RegionOverview;
  }
}

/** Whether two cache keys hold the same values, compared by identity. */
function sameKey(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);
}
